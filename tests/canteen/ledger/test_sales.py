"""Typed sales per day and service, read back through the cost report."""

from __future__ import annotations

from datetime import date

import pytest

from canteen.errors import ValidationError
from canteen.services.costs import Selection, cost_report
from canteen.services.ledger.entries import close_month
from canteen.services.ledger.listing import ledger_lines
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


def _lines(db, months):
    return [
        (line.kind, line.period, line.covers, line.amount_ore, line.note)
        for line in ledger_lines(db, "A-01", months)
    ]


def test_a_correction_is_a_reversal_and_a_new_entry_never_an_edit(db, site):
    record_sale(db, site, date(2026, 2, 2), "lunch", 120, 600_000)
    record_sale(db, site, date(2026, 2, 2), "lunch", 118, 590_000, correct=True)
    assert _month(db, site, "2026-02") == (118, 590_000)
    assert _lines(db, ["2026-02"]) == [
        ("sale", "2026-02", 120, 600_000, ""),
        ("sale_reversal", "2026-02", -120, -600_000, ""),
        ("sale_correction", "2026-02", 118, 590_000, ""),
    ]
    # A second correction reverses what the day counts now (118), not the first figures.
    again = record_sale(db, site, date(2026, 2, 2), "lunch", 117, 585_000, correct=True)
    assert again.was == (118, 590_000)
    assert _month(db, site, "2026-02") == (117, 585_000)
    assert [line[2] for line in _lines(db, ["2026-02"])] == [120, -120, 118, -118, 117]
    assert record_sale(db, site, date(2026, 2, 2), "lunch", 117, 585_000).outcome == UNCHANGED


def test_a_closed_month_books_a_correction_in_the_next_open_month(db, site):
    record_sale(db, site, date(2026, 1, 20), "lunch", 120, 600_000)
    close_month(db, site, "2026-01", TODAY)
    fixed = record_sale(db, site, date(2026, 1, 20), "lunch", 118, 590_000, correct=True)
    assert (fixed.period, fixed.moved_from) == ("2026-02", "2026-01")
    assert _month(db, site, "2026-01") == (120, 600_000)  # the closed month stays as handed over
    assert _month(db, site, "2026-02") == (-2, -10_000)
    note = "Dateret i lukket måned 2026-01, bogført i 2026-02"
    assert _lines(db, ["2026-02"]) == [
        ("sale_reversal", "2026-02", -120, -600_000, note),
        ("sale_correction", "2026-02", 118, 590_000, note),
    ]
    with pytest.raises(ValidationError) as new:
        record_sale(db, site, date(2026, 1, 21), "lunch", 60, 240_000)
    assert new.value.data["reason"] == "closed_month"


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
