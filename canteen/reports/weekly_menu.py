"""The printed weekly menu: one A4 page per week for the canteen wall, in one or two languages.

The page is always one page: the dish-name size is searched from large (a small site's week
fills the page) down to small, and a week too big even at the smallest size is scaled down
as a whole rather than spilling the legend onto a second page.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageBreak,
    Spacer,
    Table,
)

from canteen.reports import menu_columns, menu_frame, menu_grid
from canteen.reports.document import POSTER, build_pdf, page_size
from canteen.reports.fonts import register_fonts
from canteen.reports.labels import ReportLabels
from canteen.reports.menu_cells import CellStyles
from canteen.reports.menu_rows import WeeklyMenu

# Narrower than a sheet's: a wall poster has no running header, and office printers reach 5 mm.
MARGIN = 8 * mm
# Dish names start this large and shrink in half-point steps until the week fits the page.
LARGEST = 22.0
SMALLEST = 6.0
# Between the menu and the legend below it.
GAP = 6


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
    header = menu_frame.header(menu, labels, width)
    legend = menu_frame.legend(menu, labels, flags, width)
    room = height - _height(header, width, height) - _height(legend, width, height) - GAP
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
    return [*header, body, Spacer(1, max(0.0, room - used) + GAP), *legend]


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
    return build_pdf(
        story,
        out,
        pagesize=page_size(orientation),
        title=title,
        first_page=POSTER,
        margin=MARGIN,
    )
