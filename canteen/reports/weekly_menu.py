"""The printed weekly menu: one A4 page per week for the canteen wall, in one or two languages.

The page is always one page: the dish-name size is searched from large (a small site's week
fills the page) down to small, and a week too big even at the smallest size is scaled down
as a whole rather than spilling the legend onto a second page.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from canteen.domain.allergens import ALLERGEN_NUMBERS, ALLERGENS
from canteen.reports import menu_columns, menu_grid
from canteen.reports.document import ACCENT, MUTED, POSTER, build_pdf, page_size
from canteen.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts
from canteen.reports.labels import ReportLabels, date_range, day_text
from canteen.reports.menu_cells import CellStyles, paragraph_style
from canteen.reports.menu_rows import WeeklyMenu

MARGIN = 12 * mm
# Dish names start this large and shrink in half-point steps until the week fits the page.
LARGEST = 22.0
SMALLEST = 6.0
LEGEND_SIZE = 8.5


def _bare(commands: list | None = None) -> TableStyle:
    """A table style without padding, for laying out blocks side by side."""
    base = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    return TableStyle(base + (commands or []))


def _header(menu: WeeklyMenu, labels: Sequence[ReportLabels], width: float) -> list[Flowable]:
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
        _bare(
            [("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LINEBELOW", (0, 0), (-1, -1), 2.2, ACCENT)]
        )
    )
    return [table, Spacer(1, 6)]


def _legend(
    menu: WeeklyMenu, labels: Sequence[ReportLabels], flags, width: float
) -> list[Flowable]:
    """The allergen numbers with their names, the notes on the marks and the printing date."""
    size = LEGEND_SIZE
    entry = paragraph_style("legend", size, leading=size * 1.25)
    head = paragraph_style("legend_head", size + 0.5, fontName=BOLD, textColor=ACCENT)
    texts = []
    for allergen in ALLERGENS:
        names = dict.fromkeys(lab.allergen_names[allergen] for lab in labels)
        texts.append((ALLERGEN_NUMBERS[allergen], " / ".join(names)))
    title = " / ".join(dict.fromkeys(lab.allergens_title for lab in labels))
    title_w = stringWidth(title, BOLD, size + 0.5) + 10
    widest = max(stringWidth(f"{n} {t}", REGULAR, size) for n, t in texts) + 8
    room = width - title_w
    columns = next(c for c in (7, 5, 4, 3, 2, 1) if c == 1 or widest * c <= room)
    cells = [
        Paragraph(f'<font name="{BOLD}" color="#000000">{n}</font>&nbsp;{escape(t)}', entry)
        for n, t in texts
    ]
    rows = [[""] + cells[i : i + columns] for i in range(0, len(cells), columns)]
    rows[0][0] = Paragraph(escape(title), head)
    rows[-1] += [""] * (columns + 1 - len(rows[-1]))
    grid = Table(rows, colWidths=[title_w] + [room / columns] * columns)
    grid.setStyle(
        _bare([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)])
    )
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
    foot.setStyle(_bare())
    return [grid, Spacer(1, 2), foot]


def _height(flowables: Sequence[Flowable], width: float, height: float) -> float:
    total = 0.0
    for flowable in flowables:
        total += (
            flowable.wrap(width, height)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        )
    return total


def _sizes() -> list[float]:
    steps = int((LARGEST - SMALLEST) / 0.5)
    return [LARGEST - 0.5 * i for i in range(steps + 1)]


def menu_story(
    menu: WeeklyMenu,
    labels: Sequence[ReportLabels],
    *,
    orientation: str = "landscape",
    show_organic: bool = False,
    show_co2e: bool = False,
) -> list[Flowable]:
    """The flowables of one week's page: header, the largest menu that fits, legend at the foot."""
    register_fonts()
    page_w, page_h = page_size(orientation)
    width, height = page_w - 2 * MARGIN, page_h - 2 * MARGIN - 1
    flags = (show_organic, show_co2e)
    header = _header(menu, labels, width)
    legend = _legend(menu, labels, flags, width)
    room = height - _height(header, width, height) - _height(legend, width, height) - 8
    module = menu_grid if orientation == "landscape" else menu_columns
    make = module.landscape_table if module is menu_grid else module.portrait_columns

    def attempt(size: float, extra: float = 0.0) -> tuple[Table, float, bool]:
        table = make(menu, CellStyles(size), labels, flags, width, extra)
        used = table.wrap(width, room)[1]
        # A word wider than its column would be cut mid-word: that size does not fit either.
        fits = used <= room and module.words_fit(menu, labels, size, width)
        return table, used, fits

    # Fitting only gets easier as the size shrinks: search the half-point steps by halving.
    sizes = _sizes()
    low, high, best = 0, len(sizes) - 1, None
    while low <= high:
        middle = (low + high) // 2
        table, used, fits = attempt(sizes[middle])
        if fits:
            best, high = (sizes[middle], table, used), middle - 1
        else:
            low = middle + 1
    if best is not None:
        # The widths are chosen per size, so a size above the one found may fit as well.
        for larger in sizes[max(0, sizes.index(best[0]) - 3) : sizes.index(best[0])]:
            table, used, fits = attempt(larger)
            if fits:
                best = (larger, table, used)
                break
    if best is None:
        # Too much for the page even at the smallest size: scale the whole menu down to fit.
        table = attempt(SMALLEST)[0]
        body: Flowable = KeepInFrame(width, room, [table], mode="shrink")
        used = room
    else:
        size, body, used = best
        body, used = _stretch(attempt, size, body, used, room)
    return [*header, body, Spacer(1, max(0.0, room - used) + 8), *legend]


def _stretch(attempt, size: float, table: Table, used: float, room: float):
    """Spread the room left over between the rows, so a short week does not leave a blank third."""
    extra = min(size * 0.9, (room - used) / 8)
    while extra >= 0.5:
        stretched, stretched_used, fits = attempt(size, extra)
        if fits:
            return stretched, stretched_used
        extra *= 0.6
    return table, used


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
