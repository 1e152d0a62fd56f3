"""The portrait weekly menu: a block per day, the days in two balanced columns."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from canteen.reports import menu_widths
from canteen.reports.document import ACCENT, MUTED, RULE, TINT
from canteen.reports.labels import ReportLabels
from canteen.reports.menu_cells import (
    CellStyles,
    closed_note,
    day_head,
    dish_name,
    dishes_fit,
    line_cell,
    mark_text,
)
from canteen.reports.menu_rows import MenuDay, MenuDish, WeeklyMenu

GAP = 10
# Between one day block and the next below it: the blue day head already parts them.
STACK_GAP = 6
PAD_X = 4


def _dishes(dishes: Sequence[MenuDish], styles: CellStyles, labels, flags) -> list[Flowable]:
    """A line's dishes as one paragraph, marks after each name; other language below."""
    separator = f' <font color="{MUTED.hexval()}">·</font> '
    parts = [
        escape(dish_name(d, labels[0])) + mark_text(d, labels[0], styles, flags) for d in dishes
    ]
    cell: list[Flowable] = [Paragraph(separator.join(parts), styles.dish)]
    for extra in labels[1:]:
        names = [dish_name(d, extra) for d in dishes]
        if names != [dish_name(d, labels[0]) for d in dishes]:
            cell.append(Paragraph(escape(" · ".join(names)), styles.second))
    return cell


def day_block(
    menu: WeeklyMenu,
    menu_day: MenuDay,
    styles: CellStyles,
    labels: Sequence[ReportLabels],
    flags,
    width: float,
    extra: float = 0.0,
) -> Table:
    """One day: its head across the block, then a row per line that has dishes."""
    line_w = _line_width(menu, labels, styles.size, width)
    data: list[list] = [[day_head(menu_day, styles, labels, width), ""]]
    commands = [
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 + extra),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2 + extra),
        ("TOPPADDING", (0, 0), (-1, 0), 2),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
    ]
    if menu_day.closed:
        data.append([closed_note(menu_day, styles, labels), ""])
        commands.append(("SPAN", (0, 1), (1, 1)))
    for heading in menu.lines:
        dishes = menu_day.on_line(heading.code)
        if dishes:
            data.append(
                [line_cell(heading, styles, labels), _dishes(dishes, styles, labels, flags)]
            )
    for row in range(2, len(data), 2):
        commands.append(("BACKGROUND", (0, row), (-1, row), TINT))
    table = Table(data, colWidths=[line_w, width - line_w])
    table.setStyle(TableStyle(commands))
    return table


def _line_width(menu: WeeklyMenu, labels, size: float, width: float) -> float:
    """The line-name column that makes the day blocks shortest (kept per size and width)."""
    key = (id(menu), tuple(id(lab) for lab in labels), size, width)
    kept = _LINE_WIDTHS.get(key)
    if kept is not None and kept[0] is menu:
        return kept[1]
    if len(_LINE_WIDTHS) > 64:
        _LINE_WIDTHS.clear()
    found = menu_widths.portrait_line_column(menu, labels, size, width, PAD_X)
    _LINE_WIDTHS[key] = (menu, found)
    return found


_LINE_WIDTHS: dict[tuple, tuple] = {}


def _balance(heights: Sequence[float]) -> int:
    """How many days go in the left column so the taller column is as short as can be."""
    best, split = float("inf"), 1
    for k in range(1, len(heights) + 1):
        tallest = max(sum(heights[:k]), sum(heights[k:]))
        if tallest < best:
            best, split = tallest, k
    return split


def column_width(width: float) -> float:
    """The width of one of the two day columns."""
    return (width - GAP) / 2


def words_fit(menu: WeeklyMenu, labels: Sequence[ReportLabels], size: float, width: float) -> bool:
    """Whether every word of every dish fits the dish column at `size`."""
    col_w = column_width(width)
    room = col_w - _line_width(menu, labels, size, col_w) - 2 * PAD_X
    return all(
        dishes_fit(dishes, labels, size, room) for day in menu.days for _, dishes in day.dishes
    )


def portrait_columns(
    menu: WeeklyMenu,
    styles: CellStyles,
    labels: Sequence[ReportLabels],
    flags,
    width: float,
    extra: float = 0.0,
) -> Table:
    """The days in two columns, split where the columns come out most even."""
    col_w = column_width(width)
    blocks = [day_block(menu, d, styles, labels, flags, col_w, extra) for d in menu.days]
    heights = [b.wrap(col_w, 10_000)[1] + STACK_GAP for b in blocks]
    split = _balance(heights)
    left: list[Flowable] = []
    right: list[Flowable] = []
    for index, block in enumerate(blocks):
        column = left if index < split else right
        if column:
            column.append(Spacer(1, STACK_GAP))
        column.append(block)
    table = Table([[left, "", right or ""]], colWidths=[col_w, GAP, col_w])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
