"""The printed weekly menu: one A4 page per week for the canteen wall, in one or two languages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from canteen.domain.allergens import ALLERGEN_NUMBERS
from canteen.domain.portion import ALLERGENS
from canteen.reports.document import (
    ACCENT,
    MUTED,
    POSTER,
    RULE,
    TINT,
    build_pdf,
    page_size,
)
from canteen.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts
from canteen.reports.labels import ReportLabels, date_range, day_text
from canteen.reports.menu_cells import (
    CellStyles,
    closed_note,
    day_head,
    dish_cell,
    dish_name,
    inline_dishes,
    line_cell,
    paragraph_style,
)
from canteen.reports.menu_rows import WeeklyMenu

MARGIN = 12 * mm
# Dish names start this large and shrink until the week fits the page.
LARGEST = 16.0
SMALLEST = 6.5


def _baseparagraph_style(rows: int, cols: int) -> list:
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
    ]
    for row in range(1, rows, 2):
        commands.append(("BACKGROUND", (0, row), (-1, row), TINT))
    return commands


def _landscape_widths(width: float, days: int) -> tuple[float, float]:
    """(line name column, each day's column) of the landscape grid."""
    line_w = min(32 * mm, width * 0.14)
    return line_w, (width - line_w) / max(1, days)


def _portrait_widths(width: float) -> tuple[float, float, float]:
    """(day, line name, dish) columns of the portrait list."""
    day_w, line_w = width * 0.13, width * 0.17
    return day_w, line_w, width - day_w - line_w


def _landscape_table(menu: WeeklyMenu, styles: CellStyles, labels, flags, width: float) -> Table:
    """Lines down the side, days across: the classic wall menu."""
    line_w, day_w = _landscape_widths(width, len(menu.days))
    data = [[""] + [day_head(d, styles, labels, day_w) for d in menu.days]]
    for heading in menu.lines:
        row = [line_cell(heading, styles, labels)]
        for menu_day in menu.days:
            row.append(dish_cell(menu_day.on_line(heading.code), styles, labels, flags))
        data.append(row)
    commands = _baseparagraph_style(len(data), len(menu.days) + 1)
    commands += [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("LINEAFTER", (0, 0), (-2, -1), 0.6, RULE),
    ]
    for col, menu_day in enumerate(menu.days, start=1):
        if menu_day.closed:
            data[1][col] = closed_note(menu_day, styles, labels)
            commands += [
                ("SPAN", (col, 1), (col, len(data) - 1)),
                ("VALIGN", (col, 1), (col, -1), "MIDDLE"),
                ("BACKGROUND", (col, 1), (col, -1), colors.white),
            ]
    table = Table(data, colWidths=[line_w] + [day_w] * len(menu.days), repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _portrait_table(menu: WeeklyMenu, styles: CellStyles, labels, flags, width: float) -> Table:
    """Days down the page, one row per line with its dishes: reads top to bottom."""
    day_w, line_w, dish_w = _portrait_widths(width)
    data, commands = [], []
    for index, menu_day in enumerate(menu.days):
        first = len(data)
        head = day_head(menu_day, styles, labels, day_w)
        if menu_day.closed:
            data.append([head, closed_note(menu_day, styles, labels), ""])
            commands.append(("SPAN", (1, first), (2, first)))
        for heading in menu.lines if not menu_day.closed else ():
            dishes = menu_day.on_line(heading.code)
            if dishes:
                data.append(
                    [
                        head if len(data) == first else "",
                        line_cell(heading, styles, labels),
                        inline_dishes(dishes, styles, labels, flags),
                    ]
                )
        if len(data) == first:
            data.append([head, "", ""])
        last = len(data) - 1
        commands += [
            ("SPAN", (0, first), (0, last)),
            ("BACKGROUND", (0, first), (0, last), ACCENT),
            ("LINEABOVE", (0, first), (-1, first), 1.4, ACCENT),
        ]
        if index % 2:
            commands.append(("BACKGROUND", (1, first), (-1, last), TINT))
    table = Table(data, colWidths=[day_w, line_w, dish_w])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (1, 0), (-1, -1), 0.5, RULE),
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                *commands,
            ]
        )
    )
    return table


def _header(menu: WeeklyMenu, labels: Sequence[ReportLabels], width: float) -> list[Flowable]:
    first, last = menu.days[0].day, menu.days[-1].day
    site = paragraph_style("site", 12, fontName=BOLD, textColor=ACCENT, leading=15)
    title = paragraph_style("title", 30, fontName=BOLD, leading=35)
    dates = paragraph_style("dates", 15, textColor=MUTED, leading=19)
    second = paragraph_style("second", 12, fontName=ITALIC, textColor=MUTED, leading=15)
    lab = labels[0]
    out: list[Flowable] = [
        Paragraph(escape(menu.site_name.upper()), site),
        Paragraph(escape(lab.menu_title.format(week=menu.week.week)), title),
        Paragraph(escape(date_range(first, last, lab)), dates),
    ]
    for extra in labels[1:]:
        text = f"{extra.menu_title.format(week=menu.week.week)} · {date_range(first, last, extra)}"
        out.append(Paragraph(escape(text), second))
    rule = Table([[""]], colWidths=[width], rowHeights=[3])
    rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 2.2, ACCENT)]))
    out += [Spacer(1, 2), rule, Spacer(1, 10)]
    return out


def _legend(
    menu: WeeklyMenu, labels: Sequence[ReportLabels], flags, width: float
) -> list[Flowable]:
    size = 8.2
    entry = paragraph_style("legend", size, leading=size * 1.25)
    head = paragraph_style("legend_head", size + 0.5, fontName=BOLD, textColor=ACCENT)
    texts = []
    for allergen in ALLERGENS:
        names = dict.fromkeys(lab.allergen_names[allergen] for lab in labels)
        texts.append((ALLERGEN_NUMBERS[allergen], " / ".join(names)))
    widest = max(stringWidth(f"{n} {t}", REGULAR, size) for n, t in texts) + 10
    columns = next(c for c in (7, 5, 4, 3, 2, 1) if c == 1 or widest * c <= width)
    cells = [Paragraph(f"<b>{n}</b>&nbsp;{escape(t)}", entry) for n, t in texts]
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    rows[-1] += [""] * (columns - len(rows[-1]))
    grid = Table(rows, colWidths=[width / columns] * columns)
    grid.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    notes = []
    for lab in labels:
        parts = [lab.may_contain_note, lab.unknown_note, lab.many_unknown_note]
        if flags[0]:
            parts.append(lab.organic_note)
        if flags[1]:
            parts.append(lab.co2e_note)
        notes.append(escape("   ·   ".join(parts)))
    printed = " · ".join(
        lab.printed_on.format(date=day_text(menu.printed_on, lab)) for lab in labels[:1]
    )
    note_style = paragraph_style("legend_note", size, textColor=MUTED, leading=size * 1.3)
    title = " / ".join(dict.fromkeys(lab.allergens_title for lab in labels))
    return [
        Spacer(1, 8),
        Paragraph(escape(title), head),
        Spacer(1, 2),
        grid,
        Spacer(1, 3),
        Paragraph("<br/>".join(notes), note_style),
        Paragraph(
            escape(printed), paragraph_style("printed", 7, textColor=MUTED, alignment=TA_RIGHT)
        ),
    ]


def _height(flowables: Sequence[Flowable], width: float, height: float) -> float:
    total = 0.0
    for flowable in flowables:
        total += (
            flowable.wrap(width, height)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        )
    return total


def _words(menu: WeeklyMenu, labels: Sequence[ReportLabels]) -> set[str]:
    found = set()
    for menu_day in menu.days:
        for _, dishes in menu_day.dishes:
            for dish in dishes:
                for lab in labels:
                    for word in dish_name(dish, lab).split():
                        # Words break after their own hyphens (embeddedHyphenation).
                        found.update(re.split(r"(?<=-)", word))
    return found


def _dish_column_width(menu: WeeklyMenu, orientation: str, width: float) -> float:
    """The text width of a dish cell (padding taken off)."""
    if orientation == "landscape":
        return _landscape_widths(width, len(menu.days))[1] - 12
    return _portrait_widths(width)[2] - 10


def menu_story(
    menu: WeeklyMenu,
    labels: Sequence[ReportLabels],
    *,
    orientation: str = "landscape",
    show_organic: bool = False,
    show_co2e: bool = False,
) -> list[Flowable]:
    """The flowables of one week's page: header, the largest table that fits, legend at the foot."""
    register_fonts()
    page_w, page_h = page_size(orientation)
    width, height = page_w - 2 * MARGIN, page_h - 2 * MARGIN - 1
    flags = (show_organic, show_co2e)
    header = _header(menu, labels, width)
    legend = _legend(menu, labels, flags, width)
    room = height - _height(header, width, height) - _height(legend, width, height) - 12
    make = _landscape_table if orientation == "landscape" else _portrait_table
    largest = LARGEST if orientation == "landscape" else LARGEST - 1
    column = _dish_column_width(menu, orientation, width)
    words = _words(menu, labels)

    def attempt(size: float) -> tuple[Table, float, bool]:
        table = make(menu, CellStyles(size), labels, flags, width)
        used = table.wrap(width, room)[1]
        # A word wider than its column would be cut mid-word: that size does not fit either.
        widest = max((stringWidth(w, REGULAR, size) for w in words), default=0)
        return table, used, used <= room and widest <= column

    # Fitting only gets easier as the size shrinks: search the half-point steps by halving.
    sizes = [largest - 0.5 * i for i in range(int((largest - SMALLEST) / 0.5) + 1)]
    low, high = 0, len(sizes) - 1
    best = None
    while low <= high:
        middle = (low + high) // 2
        table, used, fits = attempt(sizes[middle])
        if fits:
            best, high = (table, used), middle - 1
        else:
            low = middle + 1
    table, used = best if best is not None else attempt(sizes[-1])[:2]
    return [*header, table, Spacer(1, max(0.0, room - used)), *legend]


def build_weekly_menu(
    menus: WeeklyMenu | Sequence[WeeklyMenu],
    labels: Sequence[ReportLabels],
    out: str | Path | None = None,
    *,
    orientation: str = "landscape",
    show_organic: bool = False,
    show_co2e: bool = False,
) -> bytes:
    """The weekly menu PDF, one page per week; returns the bytes (and writes `out` if given)."""
    menus = [menus] if isinstance(menus, WeeklyMenu) else list(menus)
    story: list[Flowable] = []
    for index, menu in enumerate(menus):
        if index:
            story.append(PageBreak())
        story += menu_story(
            menu, labels, orientation=orientation, show_organic=show_organic, show_co2e=show_co2e
        )
    title = labels[0].menu_title.format(week=menus[0].week.week) if menus else ""
    return build_pdf(story, out, pagesize=page_size(orientation), title=title, first_page=POSTER)
