"""Typed sales per day and service, read back through the cost report."""

from __future__ import annotations

from datetime import date

import pytest

from canteen.errors import ValidationError
from canteen.services.costs import Selection, cost_report
from canteen.services.ledger.entries import close_month
from canteen.services.ledger.sales import CORRECTED, INSERTED, UNCHANGED, record_sale
from tests.factories import make_district, make_site

TODAY = date(2026, 3, 10)


@pytest.fixture
def site(db):
    return make_site(db, make_district(db, code="K1"), code="A-01")


def _month(db, site, month: str) -> tuple[int, int]:
    figures = cost_report(db, Selection("site", site), month, month).level("site")[0].figures
    return figures.covers, figures.revenue_ore


def test_typed_sales_count_per_day_and_service(db, site):
    assert record_sale(db, site, date(2026, 2, 2), "lunch", 80, 320_000).outcome == INSERTED
    record_sale(db, site, date(2026, 2, 3), "lunch", 70, 280_000)
    assert _month(db, site, "2026-02") == (150, 600_000)


def test_the_same_figures_again_change_nothing(db, site):
    record_sale(db, site, date(2026, 2, 2), "lunch", 80, 320_000)
    again = record_sale(db, site, date(2026, 2, 2), "lunch", 80, 320_000)
    assert again.outcome == UNCHANGED
    assert _month(db, site, "2026-02") == (80, 320_000)


def test_other_figures_for_a_booked_day_are_refused_unless_corrected(db, site):
    record_sale(db, site, date(2026, 2, 2), "lunch", 80, 320_000)
    with pytest.raises(ValidationError) as refused:
        record_sale(db, site, date(2026, 2, 2), "lunch", 90, 360_000)
    assert refused.value.data["reason"] == "already_booked"
    assert _month(db, site, "2026-02") == (80, 320_000)
    fixed = record_sale(db, site, date(2026, 2, 2), "lunch", 90, 360_000, correct=True)
    assert (fixed.outcome, fixed.was) == (CORRECTED, (80, 320_000))
    assert _month(db, site, "2026-02") == (90, 360_000)


def test_a_closed_month_keeps_its_sales(db, site):
    record_sale(db, site, date(2026, 1, 20), "lunch", 50, 200_000)
    close_month(db, site, "2026-01", TODAY)
    with pytest.raises(ValidationError) as closed:
        record_sale(db, site, date(2026, 1, 20), "lunch", 60, 240_000, correct=True)
    assert closed.value.data["reason"] == "closed_month"
    with pytest.raises(ValidationError) as new:
        record_sale(db, site, date(2026, 1, 21), "lunch", 60, 240_000)
    assert new.value.data["reason"] == "closed_month"
    assert _month(db, site, "2026-01") == (50, 200_000)


@pytest.mark.parametrize(
    ("service", "covers", "ore", "reason"),
    [
        ("brunch", 1, 1, "service"),
        ("lunch", -1, 1, "negative_sale"),
        ("lunch", 1, 10**10, "too_large"),
    ],
)
def test_bad_sales_are_refused(db, site, service, covers, ore, reason):
    with pytest.raises(ValidationError) as bad:
        record_sale(db, site, date(2026, 2, 2), service, covers, ore)
    assert bad.value.data["reason"] == reason
