"""Importing covers from till exports: delimiters, decimal comma, dates, mapping, rejections."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from canteen.db.models import Headcount
from canteen.errors import ValidationError
from canteen.services.covers import CoverEntry, save_covers
from canteen.services.covers_import import (
    BAD_DATE,
    DATE_OUT_OF_RANGE,
    DUPLICATE_DAY,
    IN_FUTURE,
    MISSING_COUNT,
    NEGATIVE,
    NOT_A_NUMBER,
    NOT_WHOLE,
    OTHER_SITE,
    SERVICE_NOT_OFFERED,
    UNKNOWN_SERVICE,
    ColumnMapping,
    guess_mapping,
    import_covers,
    parse_day,
    parse_rows,
    preview,
    read_csv_text,
    read_table,
)
from tests.factories import make_site

TODAY = date(2026, 11, 30)

DANISH_EXPORT = (
    "Dato;Måltid;Antal kuverter\n"
    "23-11-2026;Frokost;1.250\n"
    "24.11.2026;frokost;212,00\n"
    "25/11/2026;;198\n"
    "26-11-2026;Frokost;-4\n"
    "27-11-2026;Frokost;mange\n"
    "28-13-2026;Frokost;100\n"
    "24.11.2026;Frokost;99\n"
    "01-12-2026;Frokost;100\n"
    "02-01-1999;Frokost;100\n"
    "20-11-2026;Brunch;100\n"
    "19-11-2026;Frokost;12,5\n"
    "18-11-2026;Frokost;\n"
)


def _danish_table():
    table = read_csv_text(DANISH_EXPORT)
    mapping = ColumnMapping(date="Dato", covers="Antal kuverter", service="Måltid")
    return table, mapping


def test_semicolon_file_with_decimal_comma_and_danish_dates():
    table, mapping = _danish_table()
    result = parse_rows(table, mapping, today=TODAY)
    kept = {(r.day, r.covers) for r in result.rows}
    assert kept == {(date(2026, 11, 23), 1250), (date(2026, 11, 25), 198)}


def test_every_bad_row_is_listed_with_line_value_and_reason():
    table, mapping = _danish_table()
    result = parse_rows(table, mapping, today=TODAY)
    reasons = {(r.line, r.reason) for r in result.rejected}
    assert reasons == {
        (3, DUPLICATE_DAY),  # 24.11 appears twice with different numbers: both rejected
        (8, DUPLICATE_DAY),
        (5, NEGATIVE),
        (6, NOT_A_NUMBER),
        (7, BAD_DATE),  # month 13
        (9, IN_FUTURE),
        (10, DATE_OUT_OF_RANGE),
        (11, UNKNOWN_SERVICE),
        (12, NOT_WHOLE),
        (13, MISSING_COUNT),
    }
    negative = next(r for r in result.rejected if r.reason == NEGATIVE)
    assert (negative.value, negative.column) == ("-4", "Antal kuverter")


def test_identical_duplicate_rows_keep_one():
    table = read_csv_text("date,covers\n2026-11-23,100\n2026-11-23,100\n")
    result = parse_rows(table, ColumnMapping("date", "covers"), today=TODAY)
    assert [r.line for r in result.rows] == [2]
    assert [(r.line, r.reason) for r in result.rejected] == [(3, DUPLICATE_DAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-25", date(2026, 11, 25)),
        ("2026-11-25 00:00:00", date(2026, 11, 25)),
        ("25-11-2026", date(2026, 11, 25)),
        ("25.11.2026", date(2026, 11, 25)),
        ("25/11/2026", date(2026, 11, 25)),
        ("5.1.26", date(2026, 1, 5)),
        (datetime(2026, 11, 25, 12, 0), date(2026, 11, 25)),
    ],
)
def test_dates_iso_and_danish_day_first(text, expected):
    assert parse_day(text) == expected


@pytest.mark.parametrize("text", ["11/25/2026", "2026-02-30", "25-11", "i går", "25.11-2026"])
def test_impossible_or_ambiguous_dates_are_errors(text):
    with pytest.raises(ValidationError, match="not a date") as caught:
        parse_day(text)
    assert caught.value.data["reason"] == BAD_DATE


def test_an_ambiguous_number_is_refused_unless_the_file_shows_its_convention():
    plain = read_csv_text("date,covers\n2026-11-23,1.234\n2026-11-24,80\n")
    result = parse_rows(plain, ColumnMapping("date", "covers"), today=TODAY)
    assert [(r.line, r.reason, r.value) for r in result.rejected] == [
        (2, "ambiguous_number", "1.234")
    ]
    assert dict(result.rejected[0].readings) == {"da": "1234", "en": "1.234"}
    danish = read_csv_text("date;covers\n2026-11-23;1.234\n2026-11-24;80,0\n")
    result = parse_rows(danish, ColumnMapping("date", "covers"), today=TODAY)
    assert [r.covers for r in result.rows] == [1234, 80]
    english = read_csv_text("date;covers\n2026-11-23;1.234\n2026-11-24;1,080\n2026-11-25;2.5\n")
    result = parse_rows(english, ColumnMapping("date", "covers"), today=TODAY, whole=False)
    assert [r.covers for r in result.rows] == [1.234, 1080, 2.5]


def test_mapping_is_guessed_from_danish_headers_and_survives_json():
    mapping = guess_mapping(["Dato", "Kantine", "Måltid", "Kuverter"])
    assert mapping == ColumnMapping(
        date="Dato", covers="Kuverter", service="Måltid", site="Kantine"
    )
    again = ColumnMapping.from_dict(json.loads(json.dumps(mapping.to_dict())))
    assert again == mapping
    assert guess_mapping(["foo", "bar"]) is None


def test_unknown_column_in_mapping_is_an_error():
    table = read_csv_text("date,covers\n2026-11-23,100\n")
    with pytest.raises(ValidationError, match="no column 'dato'") as caught:
        parse_rows(table, ColumnMapping("dato", "covers"), today=TODAY)
    assert caught.value.data["reason"] == "unknown_column"


def test_preview_stops_after_the_asked_rows():
    table, mapping = _danish_table()
    shown = preview(table, mapping, rows=3, today=TODAY)
    assert len(shown.rows) + len(shown.rejected) == 3


def test_xlsx_with_real_dates_and_numbers(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Dato", "Kuverter"])
    sheet.append([datetime(2026, 11, 23), 180])
    sheet.append(["24-11-2026", "175"])
    sheet.append([None, None])
    sheet.append([datetime(2026, 11, 25), -1])
    path = tmp_path / "kasse.xlsx"
    book.save(path)
    table = read_table(path)
    result = parse_rows(table, guess_mapping(table.headers), today=TODAY)
    assert [(r.day, r.covers) for r in result.rows] == [
        (date(2026, 11, 23), 180),
        (date(2026, 11, 24), 175),
    ]
    assert [(r.line, r.reason) for r in result.rejected] == [(5, NEGATIVE)]


def test_cp1252_file_and_tab_delimiter(tmp_path):
    path = tmp_path / "kasse.csv"
    path.write_bytes("Dato\tMåltid\tKuverter\n23-11-2026\tFrokost\t88\n".encode("cp1252"))
    table = read_table(path)
    assert table.headers == ("Dato", "Måltid", "Kuverter")
    assert parse_rows(table, guess_mapping(table.headers), today=TODAY).rows[0].covers == 88


def test_import_writes_valid_rows_and_reports_the_rest(db):
    site_id = make_site(db, code="AAR", services="lunch")
    table = read_csv_text(
        "Dato;Kantine;Måltid;Kuverter\n"
        "23-11-2026;AAR;Frokost;120\n"
        "24-11-2026;aar;Frokost;130\n"
        "24-11-2026;ODE;Frokost;90\n"
        "25-11-2026;AAR;Aftensmad;40\n"
        "26-11-2026;AAR;Frokost;x\n"
    )
    mapping = guess_mapping(table.headers)
    report = import_covers(db, site_id, table, mapping, today=TODAY)
    assert (report.inserted, report.updated, report.unchanged) == (2, 0, 0)
    assert [(r.line, r.reason) for r in report.rejected] == [
        (4, OTHER_SITE),
        (5, SERVICE_NOT_OFFERED),
        (6, NOT_A_NUMBER),
    ]
    with db.reading() as session:
        rows = {h.day: (h.covers, h.source) for h in session.scalars(select(Headcount))}
    assert rows == {date(2026, 11, 23): (120, "import"), date(2026, 11, 24): (130, "import")}


def test_reimport_updates_changed_days_and_revives_cleared_ones(db):
    site_id = make_site(db, services="lunch")
    save_covers(db, site_id, [CoverEntry(date(2026, 11, 23), "lunch", 50)], today=TODAY)
    save_covers(db, site_id, [CoverEntry(date(2026, 11, 23), "lunch", None)], today=TODAY)
    save_covers(db, site_id, [CoverEntry(date(2026, 11, 24), "lunch", 60)], today=TODAY)
    table = read_csv_text("date,covers\n2026-11-23,51\n2026-11-24,60\n2026-11-25,70\n")
    report = import_covers(db, site_id, table, ColumnMapping("date", "covers"), today=TODAY)
    # The cleared day holds nothing, so filling it again counts as new.
    assert (report.inserted, report.updated, report.unchanged) == (2, 0, 1)
    with db.reading() as session:
        covers = sorted((h.day.day, h.covers) for h in session.scalars(select(Headcount)))
    assert covers == [(23, 51), (24, 60), (25, 70)]


def test_cancelled_import_writes_nothing(db):
    site_id = make_site(db, services="lunch")
    table = read_csv_text("date,covers\n2026-11-23,51\n2026-11-24,60\n")
    from canteen.errors import Cancelled

    with pytest.raises(Cancelled, match="cancelled"):
        import_covers(
            db,
            site_id,
            table,
            ColumnMapping("date", "covers"),
            today=TODAY,
            should_cancel=lambda: True,
        )
    with db.reading() as session:
        assert session.scalars(select(Headcount)).first() is None
