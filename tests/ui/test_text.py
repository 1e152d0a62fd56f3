"""Placeholders and dates are written one way app-wide, in the app's language."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from ui.text import day_text, fill, moment_text


@pytest.fixture
def danish():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def english():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def test_fill_replaces_numbered_placeholders():
    assert fill("%1 af %2", 3, 10) == "3 af 10"
    assert fill("%1 og %10", *range(1, 11)) == "1 og 10"


def test_danish_dates(danish):
    day = date(2026, 12, 2)
    assert day_text(day) == "2.12."
    assert day_text(day, "long") == "onsdag den 2. december"
    assert day_text(day, "weekday") == "Ons 2.12."
    assert moment_text(datetime(2026, 12, 2, 14, 5)) == "2.12. 14.05"


def test_english_dates(english):
    day = date(2026, 12, 2)
    assert day_text(day) == "2/12"
    assert day_text(day, "long") == "Wednesday 2 December"
    assert day_text(day, "weekday") == "Wed 2/12"
