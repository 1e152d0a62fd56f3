"""Odd files given to the covers import: the content decides, and every refusal is typed."""

from __future__ import annotations

import contextlib
import io
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from canteen.errors import CanteenError, FileProblem
from canteen.services.covers_import import (
    ColumnMapping,
    guess_mapping,
    parse_rows,
    read_bytes,
    read_table,
)

TODAY = date(2026, 11, 30)
CSV = "Dato;Måltid;Kuverter\n23-11-2026;Frokost;120\n24-11-2026;Frokost;130\n"
EXPECTED = [(date(2026, 11, 23), 120), (date(2026, 11, 24), 130)]


def _xlsx_bytes() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["Dato", "Kuverter"])
    for day in range(2, 20):
        sheet.append([datetime(2026, 11, day), 100 + day])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


XLSX = _xlsx_bytes()


def _kept(table) -> list[tuple[date, int]]:
    result = parse_rows(table, guess_mapping(table.headers), today=TODAY)
    return [(r.day, r.covers) for r in result.rows]


def test_cr_only_line_endings_from_excel_for_mac(tmp_path):
    path = tmp_path / "kasse.csv"
    path.write_bytes(CSV.replace("\n", "\r").encode("cp1252"))
    assert _kept(read_table(path)) == EXPECTED


def test_utf16_with_and_without_byte_order_mark_is_read(tmp_path):
    for name, data in [
        ("bom.csv", CSV.encode("utf-16")),
        ("le.csv", CSV.encode("utf-16-le")),
        ("be.txt", CSV.encode("utf-16-be")),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        assert _kept(read_table(path)) == EXPECTED, name


def test_an_xlsx_that_is_really_a_csv_is_read_as_csv(tmp_path):
    path = tmp_path / "kasse.xlsx"
    path.write_text(CSV, encoding="utf-8")
    assert _kept(read_table(path)) == EXPECTED


def test_a_real_workbook_named_csv_is_read_as_a_workbook(tmp_path):
    path = tmp_path / "kasse.csv"
    path.write_bytes(XLSX)
    assert _kept(read_table(path))[0] == (date(2026, 11, 2), 102)


@pytest.mark.parametrize(
    ("data", "reason", "kind"),
    [
        (b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", "not_a_table", "pdf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not_a_table", "png"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "not_a_table", "xls"),
        (b"", "empty_file", "empty"),
        (b"  \r\n\r\n", "empty_file", "empty"),
        (b"Dato;Kuverter\n23-11-2026;1\x0020\n", "not_a_table", "binary"),
        (XLSX[: len(XLSX) // 2], "damaged", "xlsx"),
        (b"kun en kolonne\n1\n2\n", "too_few_columns", "text"),
    ],
)
def test_odd_files_are_refused_saying_what_they_are(tmp_path, data, reason, kind):
    path = tmp_path / "kasse.xlsx"
    path.write_bytes(data)
    with pytest.raises(FileProblem, match=".") as caught:
        read_table(path)
    assert (caught.value.reason, caught.value.kind) == (reason, kind)
    assert caught.value.data["path"] == str(path)


def test_a_missing_sheet_names_the_sheets_there(tmp_path):
    path = tmp_path / "kasse.xlsx"
    path.write_bytes(XLSX)
    with pytest.raises(FileProblem, match="no sheet") as caught:
        read_table(path, sheet="Marts")
    assert caught.value.data["sheets"] == ["Sheet"]


def test_a_gzipped_csv_is_read_and_a_cut_one_refused(tmp_path):
    import gzip

    packed = gzip.compress(CSV.encode())
    assert _kept(read_bytes(packed)) == EXPECTED
    with pytest.raises(FileProblem, match="cut short"):
        read_bytes(packed[:-12])


def test_a_workbook_needing_a_newer_zip_version_is_refused_as_damaged():
    # Found by the fuzzer: zipfile raises NotImplementedError for "zip file version 6.4".
    central = XLSX.index(b"PK\x01\x02")
    data = bytearray(XLSX)
    data[central + 6 : central + 8] = (64).to_bytes(2, "little")
    with pytest.raises(FileProblem, match="damaged") as caught:
        read_bytes(bytes(data))
    assert caught.value.data["kind"] == "xlsx"


def _only_typed_errors(data: bytes) -> None:
    try:
        table = read_bytes(data)
    except FileProblem:
        return
    mapping = guess_mapping(table.headers) or ColumnMapping(table.headers[0], table.headers[1])
    with contextlib.suppress(CanteenError):
        parse_rows(table, mapping, today=TODAY)


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_give_a_table_or_a_typed_error(data):
    _only_typed_errors(data)


@FUZZ
@given(st.integers(min_value=0, max_value=len(XLSX)))
def test_truncated_workbooks_give_a_table_or_a_typed_error(cut):
    _only_typed_errors(XLSX[:cut])


@FUZZ
@given(st.integers(min_value=0, max_value=len(CSV)), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_truncated_csv_gives_a_table_or_a_typed_error(cut, encoding):
    _only_typed_errors(CSV.encode(encoding)[:cut])


@FUZZ
@given(st.binary(max_size=200), st.integers(min_value=0, max_value=len(XLSX) - 1))
def test_workbooks_with_bytes_overwritten_give_a_table_or_a_typed_error(noise, at):
    _only_typed_errors(XLSX[:at] + noise + XLSX[at + len(noise) :])


@FUZZ
@given(st.text(alphabet=st.sampled_from(list(';,\t|\r\n"0123456789-./ aæ,NaN')), max_size=300))
def test_csv_like_text_gives_a_table_or_a_typed_error(text):
    _only_typed_errors(text.encode("utf-8"))
