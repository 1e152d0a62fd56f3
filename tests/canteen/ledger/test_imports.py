"""The three ledger imports: plans on hand-built files, refusals with reasons, all or nothing."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import Workbook

from canteen.errors import ValidationError
from canteen.services.costs import Selection, cost_report
from canteen.services.costs_import import (
    BUDGETS,
    COSTS,
    ROWS_REJECTED,
    SALES,
    guess_columns,
    import_ledger,
    plan_ledger_import,
)
from canteen.services.covers_import import read_bytes, read_csv_text
from canteen.services.ledger.entries import close_month
from canteen.services.ledger.listing import ledger_lines
from tests.factories import make_district, make_site

TODAY = date(2026, 3, 10)


@pytest.fixture
def site(db):
    make_site(db, make_district(db, code="K1"), code="B-02")
    return make_site(db, make_district(db, code="K2"), code="A-01", name="Nørrebro")


def _table(kind, text):
    table = read_csv_text(text)
    return table, guess_columns(kind, table.headers)


def _reasons(plan):
    return [(r.line, r.reason) for r in plan.rejected]


def _figures(db, site, month):
    return cost_report(db, Selection("site", site), month, month).level("site")[0].figures


def test_a_till_export_plans_sales_and_lists_bad_rows(db, site):
    table, columns = _table(
        SALES,
        "Dato;Måltid;Kuverter;Omsætning\n"
        "02-02-2026;frokost;120;4.560,50\n"
        "03-02-2026;frokost;118;4.484,00\n"
        "04-02-2026;frokost;12,5;400,00\n"
        "05-02-2026;brunch;100;3.800,00\n"
        "06-02-2026;frokost;100;-5,00\n"
        "03-02-2026;frokost;119;4.500,00\n",
    )
    plan = plan_ledger_import(db, table, columns, site_code="A-01")
    assert [(r.line, r.covers, r.amount_ore) for r in plan.rows] == [(2, 120, 456_050)]
    assert _reasons(plan) == [
        (3, "duplicate_row"),
        (4, "not_whole"),
        (5, "unknown_service"),
        (6, "negative"),
        (7, "duplicate_row"),
    ]
    done = import_ledger(db, table, columns, site_code="A-01")
    assert done.written == 1
    assert _figures(db, site, "2026-02").revenue_ore == 456_050


def test_a_corrected_till_day_is_refused_never_overwritten(db, site):
    text = "Dato;Kuverter;Omsætning\n02-02-2026;120;4.560,50\n"
    import_ledger(db, *_table(SALES, text), site_code="A-01")
    again = plan_ledger_import(db, *_table(SALES, text), site_code="A-01")
    assert (again.rows, again.unchanged, again.rejected) == ((), 1, ())
    corrected = plan_ledger_import(
        db, *_table(SALES, "Dato;Kuverter;Omsætning\n02-02-2026;121;4.600,00\n"), site_code="A-01"
    )
    assert _reasons(corrected) == [(2, "already_booked")]
    assert _figures(db, site, "2026-02").covers == 120


def test_a_till_import_corrects_booked_days_by_reversing_entries_when_asked(db, site):
    import_ledger(
        db,
        *_table(SALES, "date,covers,revenue\n2026-01-30,120,6000.00\n2026-02-02,120,6000.00\n"),
        site_code="A-01",
    )
    close_month(db, site, "2026-01", TODAY)
    fixed = "date,covers,revenue\n2026-01-30,118,5900.00\n2026-02-02,118,5900.00\n"
    fixed += "2026-01-31,10,500.00\n"  # a new day in the closed month: still refused
    plan = plan_ledger_import(db, *_table(SALES, fixed), site_code="A-01", correct_booked=True)
    assert [(r.line, r.was, r.period, r.moved_from) for r in plan.rows] == [
        (2, (120, 600_000), "2026-02", "2026-01"),
        (3, (120, 600_000), "2026-02", None),
    ]
    assert _reasons(plan) == [(4, "closed_month")]
    done = import_ledger(db, *_table(SALES, fixed), site_code="A-01", correct_booked=True)
    assert (done.written, done.corrected, done.moved) == (2, 2, 1)
    assert (_figures(db, site, "2026-01").covers, _figures(db, site, "2026-01").revenue_ore) == (
        120,
        600_000,
    )
    # February: its own day 118, plus January's correction (−120 + 118) booked there.
    assert _figures(db, site, "2026-02").covers == 116
    assert _figures(db, site, "2026-02").revenue_ore == 580_000
    kinds = [(line.kind, line.covers) for line in ledger_lines(db, "A-01", ["2026-02"])]
    assert sorted(kinds) == sorted(
        [
            ("sale_reversal", -120),
            ("sale_correction", 118),
            ("sale", 120),
            ("sale_reversal", -120),
            ("sale_correction", 118),
        ]
    )
    again = plan_ledger_import(db, *_table(SALES, fixed), site_code="A-01", correct_booked=True)
    assert (again.rows, again.unchanged) == ((), 2)


def test_sales_in_a_closed_month_are_refused(db, site):
    close_month(db, site, "2026-01", TODAY)
    plan = plan_ledger_import(
        db,
        *_table(SALES, "date,covers,revenue\n2026-01-30,100,3800.00\n2026-02-02,90,3420.00\n"),
        site_code="A-01",
    )
    assert _reasons(plan) == [(2, "closed_month")]
    assert [r.day for r in plan.rows] == [date(2026, 2, 2)]


def test_costs_in_a_closed_month_go_to_the_next_open_month_with_a_note(db, site):
    close_month(db, site, "2026-01", TODAY)
    table, columns = _table(
        COSTS,
        "Site,Date,Category,Amount,Text\n"
        'A-01,2026-01-15,labour,"12,500.00",Vikar\n'
        "A-01,2026-02-03,other,250.50,Vask\n"
        "Z-99,2026-02-03,other,100.00,?\n"
        "A-01,2026-02-04,rent,100.00,?\n"
        "A-01,2026-02-05,Løn,1.25.0,?\n",
    )
    plan = plan_ledger_import(db, table, columns)
    assert [(r.period, r.moved_from) for r in plan.rows] == [
        ("2026-02", "2026-01"),
        ("2026-02", None),
    ]
    assert _reasons(plan) == [(4, "unknown_site"), (5, "unknown_category"), (6, "not_a_number")]
    with pytest.raises(ValidationError) as refused:
        import_ledger(db, table, columns, all_or_nothing=True)
    assert refused.value.data["reason"] == ROWS_REJECTED
    assert ledger_lines(db, "A-01", ["2026-01", "2026-02"]) == []
    done = import_ledger(db, table, columns)
    assert (done.written, done.moved, len(done.rejected)) == (2, 1, 3)
    assert _figures(db, site, "2026-02").labour_ore == 1_250_000
    notes = [line.note for line in ledger_lines(db, "A-01", ["2026-02"])]
    assert "Vikar · Dateret i lukket måned 2026-01, bogført i 2026-02" in notes
    twice = plan_ledger_import(db, table, columns)
    assert [r.reason for r in twice.rejected].count("already_booked") == 2


def test_a_budget_workbook_with_duplicates_and_a_replaced_figure(db, site):
    book = Workbook()
    sheet = book.active
    sheet.append(["Kantine", "Måned", "Kategori", "Beløb"])
    sheet.append(["A-01", "2026-04", "råvarer", 40000])
    sheet.append(["a-01", "04-2026", "Løn", "55.000,00"])
    sheet.append(["Nørrebro", "2026-04", "Løn", "56.000,00"])
    sheet.append(["A-01", "2026-05", "andet", "1.000,00"])
    sheet.append(["A-01", "2026-05", "andet", "1.000,00"])
    sheet.append(["A-01", "2026-01", "andet", "1.000,00"])
    out = io.BytesIO()
    book.save(out)
    close_month(db, site, "2026-01", TODAY)
    table = read_bytes(out.getvalue())
    columns = guess_columns(BUDGETS, table.headers)
    import_ledger(
        db, *_table(BUDGETS, "site;month;category;amount\nA-01;2026-04;raw_materials;1\n")
    )
    plan = plan_ledger_import(db, table, columns)
    assert [(r.period, r.category, r.amount_ore, r.old_ore) for r in plan.rows] == [
        ("2026-04", "raw_materials", 4_000_000, 100),
        ("2026-05", "other", 100_000, None),
    ]
    assert _reasons(plan) == [
        (3, "duplicate_row"),
        (4, "duplicate_row"),
        (6, "duplicate_row"),
        (7, "closed_month"),
    ]
    done = import_ledger(db, table, columns)
    assert (done.written, done.replaced) == (2, 1)
    assert _figures(db, site, "2026-04").budget_ore == 4_000_000


def test_a_file_without_the_needed_columns_says_which(db, site):
    with pytest.raises(ValidationError) as missing:
        guess_columns(BUDGETS, ("Dato", "Beløb"))
    assert missing.value.data["missing"] == ["site", "category"]
