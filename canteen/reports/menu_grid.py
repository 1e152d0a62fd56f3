"""The landscape weekly menu: menu lines down the side, days across, shared dishes spanned."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from canteen.reports import menu_widths
from canteen.reports.document import ACCENT, RULE, TINT
from canteen.reports.fonts import REGULAR
from canteen.reports.labels import ReportLabels
from canteen.reports.menu_cells import (
    CellStyles,
    closed_note,
    day_head,
    dish_cell,
    dishes_fit,
    line_cell,
)
from canteen.reports.menu_rows import MenuDish, WeeklyMenu

PAD_X = 5
PAD_Y = 1.5


@dataclass(frozen=True)
class SharedRun:
    """Dishes a line serves on every day of an unbroken run of columns (the breakfast buffet)."""

    first: int
    last: int
    dishes: tuple[MenuDish, ...]


def shared_run(menu: WeeklyMenu, code: str) -> SharedRun | None:
    """The dishes to print once across the days that all serve them, or None."""
    columns = [i for i, day in enumerate(menu.days) if day.on_line(code)]
    if len(columns) < 2 or columns[-1] - columns[0] != len(columns) - 1:
        return None
    first = menu.days[columns[0]].on_line(code)
    common = tuple(
        dish for dish in first if all(dish in menu.days[i].on_line(code) for i in columns[1:])
    )
    return SharedRun(columns[0], columns[-1], common) if common else None


def _rest(menu: WeeklyMenu, code: str, run: SharedRun | None) -> list[tuple[MenuDish, ...]]:
    shared = run.dishes if run else ()
    return [tuple(d for d in day.on_line(code) if d not in shared) for day in menu.days]


# Recent column widths: each size is tried by building the table and checking its words.
_WIDTHS: dict[tuple, tuple] = {}


def column_widths(
    menu: WeeklyMenu, labels: Sequence[ReportLabels], size: float, width: float
) -> tuple[float, list[float]]:
    """(line column, each day's column) for dish names at `size`."""
    key = (id(menu), tuple(id(lab) for lab in labels), size, width)
    kept = _WIDTHS.get(key)
    if kept is not None and kept[0] is menu and kept[1] == tuple(labels):
        return kept[2]
    if len(_WIDTHS) > 64:
        _WIDTHS.clear()
    found = _column_widths(menu, labels, size, width)
    _WIDTHS[key] = (menu, tuple(labels), found)
    return found


def _column_widths(
    menu: WeeklyMenu, labels: Sequence[ReportLabels], size: float, width: float
) -> tuple[float, list[float]]:
    line_w = menu_widths.line_column(menu, labels, size, PAD_X)
    rows = []
    for heading in menu.lines:
        rest = _rest(menu, heading.code, shared_run(menu, heading.code))
        if any(rest):
            rows.append(menu_widths.cell_texts(rest, labels, size))
    floor = []
    for index, day in enumerate(menu.days):
        words = [t[2] for row in rows for t in row[index]]
        if day.closed:
            words.append(stringWidth(day.note or "Lukket", REGULAR, size * 0.9) / 2)
        floor.append(max([size * 3.5, *words]) + 2 * PAD_X + 4)
    return line_w, menu_widths.day_widths(rows, width - line_w, PAD_X, floor)


def words_fit(menu: WeeklyMenu, labels: Sequence[ReportLabels], size: float, width: float) -> bool:
    """Whether every word of every dish fits its cell at `size` (none cut mid-word)."""
    _, widths = column_widths(menu, labels, size, width)
    for heading in menu.lines:
        run = shared_run(menu, heading.code)
        cells = [(dishes, widths[i]) for i, dishes in enumerate(_rest(menu, heading.code, run))]
        if run is not None:
            cells.append((run.dishes, sum(widths[run.first : run.last + 1])))
        if not all(
            dishes_fit(dishes, labels, size, cell_w - 2 * PAD_X) for dishes, cell_w in cells
        ):
            return False
    return True


def landscape_table(
    menu: WeeklyMenu,
    styles: CellStyles,
    labels: Sequence[ReportLabels],
    flags,
    width: float,
    extra: float = 0.0,
) -> Table:
    """The grid; `extra` points of padding go above and below each line's rows to fill the page."""
    line_w, day_ws = column_widths(menu, labels, styles.size, width)
    days = len(menu.days)
    data = [[""] + [day_head(d, styles, labels, day_ws[i]) for i, d in enumerate(menu.days)]]
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y + 1),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, RULE),
    ]
    for number, heading in enumerate(menu.lines):
        run = shared_run(menu, heading.code)
        rest = _rest(menu, heading.code, run)
        top = len(data)
        if run is not None:
            row = [line_cell(heading, styles, labels)] + [""] * days
            row[run.first + 1] = dish_cell(run.dishes, styles, labels, flags)
            data.append(row)
            commands.append(("SPAN", (run.first + 1, top), (run.last + 1, top)))
        if any(rest):
            head = "" if run is not None else line_cell(heading, styles, labels)
            data.append([head] + [dish_cell(d, styles, labels, flags) for d in rest])
        bottom = len(data) - 1
        commands += [
            ("SPAN", (0, top), (0, bottom)),
            ("LINEBELOW", (0, bottom), (-1, bottom), 0.6, RULE),
            ("TOPPADDING", (0, top), (-1, top), PAD_Y + extra),
            ("BOTTOMPADDING", (0, bottom), (-1, bottom), PAD_Y + 1 + extra),
        ]
        if number % 2:
            commands.append(("BACKGROUND", (0, top), (-1, bottom), TINT))
    for col, menu_day in enumerate(menu.days, start=1):
        if menu_day.closed:
            data[1][col] = closed_note(menu_day, styles, labels)
            commands += [
                ("SPAN", (col, 1), (col, len(data) - 1)),
                ("VALIGN", (col, 1), (col, -1), "MIDDLE"),
                ("BACKGROUND", (col, 1), (col, -1), colors.white),
            ]
    table = Table(data, colWidths=[line_w, *day_ws], repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table
