"""The holiday calendar is built once per country and year, and callers cannot spoil it."""

from __future__ import annotations

from datetime import date

from canteen.domain import calendar


def test_a_year_is_built_once_and_a_callers_copy_does_not_change_it(monkeypatch):
    calls = []
    real = calendar.holidays.country_holidays

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(calendar.holidays, "country_holidays", counting)
    year = 2031  # a year no other test asks for
    for _ in range(50):
        assert calendar.is_public_holiday(date(year, 12, 25))
    built = len(calls)
    assert 0 < built <= 4  # public and optional once (and the language lookup)
    calendar.days_off(year).clear()
    assert calendar.day_off(date(year, 12, 25)) is not None
    assert len(calls) == built
