"""The cost PDF's fast table: columns fit their widest figure, headings and groups repeat per page."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from canteen.reports.costs_pdf import TABLE_SIZE, table_look
from canteen.reports.costs_table import PAD, CostTable, TableRow, column_widths
from canteen.reports.document import body_width, build_pdf, page_size
from canteen.reports.fonts import register_fonts
from tests.canteen.reports.conftest import read_pdf

HEADINGS = ["", "Periode", "Kuverter", "Omsætning", "Dækning %"]


def _rows(count: int) -> list[TableRow]:
    rows = []
    for n in range(count):
        group = "K1 Ærø (Nord)" if n < count // 2 else "K2 Syd\\Øst"
        rows.append(TableRow(group, (f"2026-{n % 12 + 1:02d}", str(n), f"{n}.000", "99,5")))
    # One enormous total: its column must grow to hold it, not let it run into its neighbour.
    rows.append(TableRow("K2 Syd\\Øst", ("2026-12", "7", "12.345.678.901", "100,0")))
    return rows


def test_every_figure_column_is_as_wide_as_its_widest_figure():
    look = table_look(register_fonts())
    rows = _rows(40)
    width = body_width(page_size("landscape"))
    widths = column_widths(look, HEADINGS, rows, width)
    assert sum(widths) == pytest.approx(width)  # the group column takes what the figures leave
    for index in range(1, len(HEADINGS)):
        widest = max(stringWidth(row.texts[index - 1], look.font, TABLE_SIZE) for row in rows)
        heading = max(stringWidth(w, look.bold, look.head_size) for w in HEADINGS[index].split())
        assert max(widest, heading) + 2 * PAD <= widths[index], HEADINGS[index]
    assert widths[3] > stringWidth("12.345.678.901", look.font, TABLE_SIZE) + 2 * PAD


def test_a_long_table_repeats_heading_and_group_on_every_page():
    look = table_look(register_fonts())
    rows = _rows(300)
    width = body_width(page_size("landscape"))
    table = CostTable(HEADINGS, rows, column_widths(look, HEADINGS, rows, width), look)
    pages, texts = read_pdf(build_pdf([table], pagesize=page_size("landscape"), ascii85=False))
    assert pages >= 5
    for text in texts:
        assert "Periode Kuverter Omsætning Dækning %" in text
        # The group's name heads each page, even mid-group (escaped parentheses and backslash).
        assert "K1 Ærø (Nord)" in text or "K2 Syd\\Øst" in text
    whole = " ".join(texts)
    assert "2026-12 7 12.345.678.901 100,0" in whole
    assert whole.count("K1 Ærø (Nord)") < 10  # once per page, not on every row
    assert "2026-05 148 148.000 99,5" in whole
