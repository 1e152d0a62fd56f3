"""The cost report as an XLSX workbook: one sheet per level, real numbers, totals as formulas."""

from __future__ import annotations

import io
from copy import copy
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.utils import get_column_letter

from canteen.reports.costs_columns import (
    COUNT,
    CSV_COLUMNS,
    EXTRA_COLUMNS,
    KILO,
    KRONER,
    LEVEL_NAMES,
    PERCENT,
    TEXT,
    TIER_NAMES,
    Column,
)
from canteen.reports.xlsx_rows import rewrite, row_xml, splice, styles_of
from canteen.services.costs import ALL, DISTRICT, SITE, CostReport

SHEETS = ((SITE, "Kantiner"), (DISTRICT, "Kredse"), (ALL, "I alt"))
FORMATS = {COUNT: "#,##0", KRONER: "#,##0.00", PERCENT: "0.0%", KILO: "#,##0.00"}
CO2E_FORMAT = "0.000"
DATE_FORMAT = "yyyy-mm-dd"
HEAD_STYLE, TOTAL_STYLE = "Kantine overskrift", "Kantine i alt "
HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
TOTAL_FILL = PatternFill("solid", fgColor="EEF3F8")
# Per-cover and share columns: in a total row each is worked out again from the summed columns.
RATIOS = {
    "raw_materials_per_cover": ("raw_materials", "covers", 1),
    "raw_material_coverage": ("revenue", "raw_materials", 1),
    "total_cost_per_cover": ("total_cost", "covers", 1),
    "organic_share_kr": ("organic", "purchased", 1),
    "organic_share_kg": ("organic_kg", "purchased_kg", 1),
    "co2e_per_cover": ("co2e", "covers", 1),
    "waste_g_per_cover": ("waste_kg", "covers", 1000),
}
TIERS = {"organic_tier_kr": "organic_share_kr", "organic_tier_kg": "organic_share_kg"}
COLUMNS = (*CSV_COLUMNS[1:], *EXTRA_COLUMNS)  # the sheet is the level: no level column


def _cell_value(column: Column, row) -> object:
    value = column.value(row)
    if column.key.startswith("organic_tier"):
        return TIER_NAMES["da"][value]
    if column.key == "organic_deadline":
        return row.organic_deadline
    if value is not None and column.kind == PERCENT:
        return value / 100  # Excel's own percentages: a fraction shown with a % format
    return value


def _total_formula(column: Column, letters: dict[str, str], first: int, last: int, at: int):
    if column.additive:
        return f"=SUM({letters[column.key]}{first}:{letters[column.key]}{last})"
    if column.key in RATIOS:
        top, bottom, scale = RATIOS[column.key]
        over = f"{letters[top]}{at}{'*' + str(scale) if scale != 1 else ''}"
        return f'=IF({letters[bottom]}{at}=0,"",{over}/{letters[bottom]}{at})'
    if column.key in TIERS:
        share = f"{letters[TIERS[column.key]]}{at}"
        names = TIER_NAMES["da"]
        return (
            f'=IF({share}="","",IF({share}>=0.9,"{names["gold"]}",IF({share}>=0.6,'
            f'"{names["silver"]}",IF({share}>=0.3,"{names["bronze"]}","{names[None]}"))))'
        )
    return None


def _styles(book: Workbook) -> None:
    """Named styles, registered once: a write-only sheet's cells refer to them by name."""
    book.add_named_style(
        NamedStyle(
            HEAD_STYLE,
            font=Font(bold=True, color="FFFFFF"),
            fill=HEAD_FILL,
            alignment=Alignment(wrap_text=True, vertical="top"),
        )
    )
    for number_format in {*FORMATS.values(), CO2E_FORMAT, DATE_FORMAT}:
        book.add_named_style(NamedStyle(number_format, number_format=number_format))
        book.add_named_style(
            NamedStyle(
                TOTAL_STYLE + number_format,
                font=Font(bold=True),
                fill=TOTAL_FILL,
                number_format=number_format,
            )
        )
    book.add_named_style(NamedStyle(TOTAL_STYLE, font=Font(bold=True), fill=TOTAL_FILL))


def _format(column: Column) -> str | None:
    if column.key == "organic_deadline":
        return DATE_FORMAT
    return CO2E_FORMAT if column.key == "co2e_per_cover" else FORMATS.get(column.kind)


def _styled(sheet, value, style: str | None, made: dict[str, WriteOnlyCell]):
    if style is None:
        return value
    cell = WriteOnlyCell(sheet, value)
    if style not in made:
        made[style] = WriteOnlyCell(sheet)
        made[style].style = style
    # Copying a styled cell's style array is what openpyxl's own sheet copy does; naming the
    # style on each of a quarter million cells looks it up each time.
    cell._style = copy(made[style]._style)
    return cell


def _sheet(book: Workbook, report: CostReport, level: str, title: str):
    """Write the heading, the first row and the totals; returns what adds the other rows."""
    sheet = book.create_sheet(title)
    letters = {c.key: get_column_letter(i) for i, c in enumerate(COLUMNS, start=1)}
    formats = [_format(c) for c in COLUMNS]
    made: dict[str, WriteOnlyCell] = {}
    # A write-only sheet takes its layout before the first row.
    for column in COLUMNS:
        sheet.column_dimensions[letters[column.key]].width = 14 if column.kind != TEXT else 11
    sheet.row_dimensions[1].height = 32
    sheet.freeze_panes = "D2"  # the heading row and the district, site and period columns
    rows = report.level(level)
    first, last = 2, len(rows) + 1
    at = last + 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(last, 1)}"
    sheet.append([_styled(sheet, c.heading("da"), HEAD_STYLE, made) for c in COLUMNS])
    # Only the first row goes through openpyxl: it is the style template of all the others.
    for row in rows[:1]:
        sheet.append(
            [
                _styled(sheet, _cell_value(c, row), f, made)
                for c, f in zip(COLUMNS, formats, strict=True)
            ]
        )
    totals = []
    for index, (column, number_format) in enumerate(zip(COLUMNS, formats, strict=True), start=1):
        value = None
        if index == 1:
            value = f"{LEVEL_NAMES['da'][ALL]} ({report.first} – {report.last})"
        elif rows:
            value = _total_formula(column, letters, first, last, at)
        totals.append(_styled(sheet, value, TOTAL_STYLE + (number_format or ""), made))
    sheet.append(totals)

    def fill(sheet_xml: str) -> str:
        styles = styles_of(sheet_xml, first)
        cells = [(letters[c.key], styles.get(letters[c.key], ""), c) for c in COLUMNS]
        written = [
            row_xml(number, ((letter, style, _cell_value(c, row)) for letter, style, c in cells))
            for number, row in enumerate(rows[1:], start=first + 1)
        ]
        return splice(sheet_xml, first, written)

    return fill


def costs_xlsx(report: CostReport, out: str | Path | None = None) -> bytes:
    """The workbook's bytes (also written to `out`): sheets Kantiner, Kredse and I alt."""
    # Write-only, and most rows written as text afterwards (`xlsx_rows`): a quarter million
    # cells on the 250-site report cost ~10 µs each as openpyxl cells.
    book = Workbook(write_only=True)
    _styles(book)
    fills = {
        # A write-only workbook names its sheets' parts in the order they were made.
        f"xl/worksheets/sheet{number}.xml": _sheet(book, report, level, title)
        for number, (level, title) in enumerate(SHEETS, start=1)
    }
    info = book.create_sheet("Om rapporten")
    info.column_dimensions["A"].width = 16
    info.column_dimensions["B"].width = 70
    info.append(["Udvalg", report.selection_name or "Alle kredse"])
    info.append(["Periode", f"{report.first} – {report.last}"])
    info.append(
        ["Grupperet pr.", {"month": "måned", "quarter": "kvartal", "year": "år"}[report.grouping]]
    )
    info.append(["Afvigelse", "Omkostninger i alt minus budget: positiv er over budget"])
    info.append(
        ["Råvaredækning", "Omsætning ÷ råvarer; under 100 % dækker gæsterne ikke råvarerne"]
    )
    book.properties.creator = "Kantine"
    book.properties.created = book.properties.modified = _fixed(report)
    buffer = io.BytesIO()
    book.save(buffer)
    data = rewrite(buffer.getvalue(), fills)
    if out is not None:
        Path(out).write_bytes(data)
    return data


def _fixed(report: CostReport):
    """A stamp from the report's own period, so the same report gives the same workbook."""
    from datetime import datetime

    start = date(int(report.first[:4]), int(report.first[5:]), 1)
    return datetime(start.year, start.month, start.day)
