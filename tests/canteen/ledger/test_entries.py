"""Typed entries, reversals and closed months, read back through the cost report."""

from __future__ import annotations

from datetime import date

import pytest

from canteen.errors import NotFoundError, ValidationError
from canteen.services.costs import Selection, cost_report
from canteen.services.ledger.entries import (
    book_cost,
    close_month,
    closed_months,
    open_month,
    reverse_cost,
)
from canteen.services.ledger.listing import ledger_lines
from tests.factories import make_district, make_site

TODAY = date(2026, 3, 10)


@pytest.fixture
def site(db):
    return make_site(db, make_district(db, code="K1"), code="A-01")


def _labour(db, site, month: str) -> int:
    report = cost_report(db, Selection("site", site), month, month)
    return report.level("site")[0].figures.labour_ore


def test_a_typed_entry_counts_in_its_month(db, site):
    booked = book_cost(db, site, date(2026, 2, 27), "labour", 123_400, "Vikar")
    assert (booked.period, booked.moved_from) == ("2026-02", None)
    assert _labour(db, site, "2026-02") == 123_400


def test_a_reversal_cancels_the_entry_once_and_stays_visible(db, site):
    booked = book_cost(db, site, date(2026, 2, 3), "labour", 50_000, "Vikar")
    reversal = reverse_cost(db, booked.id, TODAY)
    assert reversal.period == "2026-02"
    assert _labour(db, site, "2026-02") == 0
    lines = ledger_lines(db, "A-01", ["2026-02"])
    assert [line.amount_ore for line in lines] == [50_000, -50_000]
    assert lines[1].reverses == booked.id
    assert "Vikar" in lines[1].note
    with pytest.raises(ValidationError) as twice:
        reverse_cost(db, booked.id, TODAY)
    assert twice.value.data["reason"] == "already_reversed"
    with pytest.raises(ValidationError) as of_reversal:
        reverse_cost(db, reversal.id, TODAY)
    assert of_reversal.value.data["reason"] == "not_reversible"


def test_a_closed_month_sends_entries_and_reversals_to_the_next_open_month(db, site):
    january = book_cost(db, site, date(2026, 1, 20), "other", 10_000)
    close_month(db, site, "2026-01", TODAY, "Controller")
    assert closed_months(db, site) == ["2026-01"]
    assert open_month(db, site, date(2026, 1, 31)) == "2026-02"
    late = book_cost(db, site, date(2026, 1, 31), "other", 2_500, "Faktura")
    assert (late.period, late.moved_from) == ("2026-02", "2026-01")
    reversal = reverse_cost(db, january.id, TODAY)
    assert (reversal.period, reversal.moved_from) == ("2026-02", "2026-01")
    report = cost_report(db, Selection("site", site), "2026-01", "2026-02")
    january_row, february_row = report.level("site")
    assert january_row.figures.other_ore == 10_000  # the closed month is as it was closed
    assert february_row.figures.other_ore == 2_500 - 10_000
    notes = [line.note for line in ledger_lines(db, "A-01", ["2026-02"])]
    assert all("lukket måned 2026-01" in note for note in notes)
    assert notes[0].startswith("Faktura")


def test_two_closed_months_in_a_row_are_both_skipped(db, site):
    close_month(db, site, "2026-01", TODAY)
    close_month(db, site, "2026-02", TODAY)
    assert book_cost(db, site, date(2026, 1, 5), "labour", 100).period == "2026-03"


@pytest.mark.parametrize(
    ("category", "amount", "reason"),
    [("rent", 100, "category"), ("labour", 0, "zero_amount"), ("labour", 10**12, "too_large")],
)
def test_bad_entries_are_refused_with_a_reason(db, site, category, amount, reason):
    with pytest.raises(ValidationError) as refused:
        book_cost(db, site, TODAY, category, amount)
    assert refused.value.data["reason"] == reason
    assert ledger_lines(db, "A-01", ["2026-03"]) == []


def test_closing_twice_the_current_month_or_an_unknown_site_is_refused(db, site):
    close_month(db, site, "2026-02", TODAY)
    for month, reason in (("2026-02", "already_closed"), ("2026-03", "month_not_over")):
        with pytest.raises(ValidationError) as refused:
            close_month(db, site, month, TODAY)
        assert refused.value.data["reason"] == reason
    with pytest.raises(NotFoundError):
        close_month(db, "no-such-site", "2026-01", TODAY)


def test_waste_is_weighed_per_line_withdrawn_while_open_and_refused_in_a_closed_month(db, site):
    from canteen.services.ledger.waste import weigh_waste, withdraw_waste

    first = weigh_waste(db, site, date(2026, 2, 3), "production", 2_500, 12_000)
    weigh_waste(db, site, date(2026, 2, 4), "plate", 1_000, 5_000, note="Buffet")
    assert _waste(db, site, "2026-02") == (3_500, 17_000)
    withdraw_waste(db, first)
    assert _waste(db, site, "2026-02") == (1_000, 5_000)
    assert [line.weight_g for line in ledger_lines(db, "A-01", ["2026-02"])] == [1_000]
    with pytest.raises(NotFoundError):
        withdraw_waste(db, first)
    for bad, reason in ((0, "zero_weight"), (2_000_000, "too_heavy")):
        with pytest.raises(ValidationError) as refused:
            weigh_waste(db, site, date(2026, 2, 5), "plate", bad, 0)
        assert refused.value.data["reason"] == reason
    close_month(db, site, "2026-02", TODAY)
    with pytest.raises(ValidationError) as closed:
        weigh_waste(db, site, date(2026, 2, 27), "plate", 100, 0)
    assert closed.value.data["reason"] == "month_closed"


def _waste(db, site, month):
    figures = cost_report(db, Selection("site", site), month, month).level("site")[0].figures
    return figures.waste_g, figures.waste_value_ore
