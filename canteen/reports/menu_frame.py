"""The frame around the weekly menu: the title block above it and the allergen legend below."""

from __future__ import annotations

import math
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from canteen.domain.allergens import ALLERGEN_NUMBERS, ALLERGENS
from canteen.reports.document import ACCENT, MUTED
from canteen.reports.fonts import BOLD, ITALIC, REGULAR
from canteen.reports.labels import ReportLabels, date_range, day_text
from canteen.reports.menu_cells import paragraph_style
from canteen.reports.menu_rows import WeeklyMenu

LEGEND_SIZE = 8.5
# Room between one legend entry and the next on its row.
ENTRY_GAP = 8


def bare(commands: list | None = None) -> TableStyle:
    """A table style without padding, for laying out blocks side by side."""
    base = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    return TableStyle(base + (commands or []))


def header(menu: WeeklyMenu, labels: Sequence[ReportLabels], width: float) -> list[Flowable]:
    """'Menu uge 49' on the left; the site and the dates on the right, a rule below."""
    first, last = menu.days[0].day, menu.days[-1].day
    site = paragraph_style(
        "site", 10, fontName=BOLD, textColor=ACCENT, leading=12, alignment=TA_RIGHT
    )
    title = paragraph_style("title", 22, fontName=BOLD, leading=25)
    dates = paragraph_style("dates", 12, textColor=MUTED, leading=14, alignment=TA_RIGHT)
    lab = labels[0]
    left = [Paragraph(escape(lab.menu_title.format(week=menu.week.week)), title)]
    right = [
        Paragraph(escape(menu.site_name.upper()), site),
        Paragraph(escape(date_range(first, last, lab)), dates),
    ]
    for extra in labels[1:]:
        text = f"{extra.menu_title.format(week=menu.week.week)} · {date_range(first, last, extra)}"
        left.append(
            Paragraph(
                escape(text),
                paragraph_style("second", 10, fontName=ITALIC, textColor=MUTED, leading=12),
            )
        )
    table = Table([[left, right]], colWidths=[width * 0.5, width * 0.5])
    table.setStyle(
        bare([("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LINEBELOW", (0, 0), (-1, -1), 2.2, ACCENT)])
    )
    return [table, Spacer(1, 4)]


def legend_columns(entries: Sequence[float], room: float) -> list[float]:
    """Column widths for legend entries of these widths, in as few rows as fit `room`.

    The entries run row by row, so each column is as wide as its own widest entry; the
    width left over is shared out evenly.
    """
    for rows in range(1, len(entries) + 1):
        columns = math.ceil(len(entries) / rows)
        widths = [
            max(entries[c::columns]) + ENTRY_GAP for c in range(columns) if entries[c::columns]
        ]
        if sum(widths) <= room or columns == 1:
            spare = max(0.0, room - sum(widths)) / len(widths)
            return [w + spare for w in widths]
    return [room]


def legend(menu: WeeklyMenu, labels: Sequence[ReportLabels], flags, width: float) -> list[Flowable]:
    """The allergen numbers with their names, the notes on the marks and the printing date."""
    size = LEGEND_SIZE
    entry = paragraph_style("legend", size, leading=size * 1.25)
    head = paragraph_style("legend_head", size + 0.5, fontName=BOLD, textColor=ACCENT)
    texts = []
    for allergen in ALLERGENS:
        names = dict.fromkeys(lab.allergen_names[allergen] for lab in labels)
        texts.append((ALLERGEN_NUMBERS[allergen], " / ".join(names)))
    # In two languages the title stands in two lines, leaving the entries more of the row.
    titles = list(dict.fromkeys(lab.allergens_title for lab in labels))
    title_w = max(stringWidth(t, BOLD, size + 0.5) for t in titles) + 10
    entries = [
        stringWidth(f"{n}", BOLD, size) + stringWidth(f" {t}", REGULAR, size) for n, t in texts
    ]
    widths = legend_columns(entries, width - title_w)
    columns = len(widths)
    cells = [
        Paragraph(f'<font name="{BOLD}" color="#000000">{n}</font>&nbsp;{escape(t)}', entry)
        for n, t in texts
    ]
    rows = [[""] + cells[i : i + columns] for i in range(0, len(cells), columns)]
    rows[0][0] = Paragraph("<br/>".join(escape(t) for t in titles), head)
    rows[-1] += [""] * (columns + 1 - len(rows[-1]))
    grid = Table(rows, colWidths=[title_w, *widths])
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    if len(rows) > 1:
        commands.append(("SPAN", (0, 0), (0, -1)))
    grid.setStyle(bare(commands))
    notes = []
    for lab in labels:
        parts = [lab.may_contain_note, lab.unknown_note, lab.many_unknown_note]
        if flags[0]:
            parts.append(lab.organic_note)
        if flags[1]:
            parts.append(lab.co2e_note)
        notes.append(escape("   ·   ".join(parts)))
    printed = labels[0].printed_on.format(date=day_text(menu.printed_on, labels[0]))
    note_style = paragraph_style("legend_note", size, textColor=MUTED, leading=size * 1.3)
    printed_style = paragraph_style("printed", 7, textColor=MUTED, alignment=TA_RIGHT)
    foot = Table(
        [[Paragraph("<br/>".join(notes), note_style), Paragraph(escape(printed), printed_style)]],
        colWidths=[width * 0.82, width * 0.18],
    )
    foot.setStyle(bare())
    return [grid, Spacer(1, 2), foot]
