"""Column widths of the landscape menu, chosen so the whole grid comes out as short as it can.

A row is as tall as its fullest cell, so a busy Thursday deserves more width than a quiet
Sunday, but a Sunday with one long dish must not become the tallest cell of its row. The
widths are found by moving width between day columns while the estimated height drops.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth

from canteen.reports.fonts import BOLD, ITALIC, REGULAR
from canteen.reports.labels import ReportLabels
from canteen.reports.menu_cells import (
    MARKS_FLOOR,
    MARKS_SCALE,
    allergen_marks,
    dish_name,
    line_name,
)
from canteen.reports.menu_rows import MenuDish, WeeklyMenu

# How much longer wrapped text runs than its unbroken width (lines end before the edge).
WRAP_WASTE = 1.12
LEADING = 1.12


def _texts(
    dish: MenuDish, labels: Sequence[ReportLabels], size: float
) -> list[tuple[float, float, float]]:
    """(text width, leading, widest word) of each paragraph a dish prints, at `size`."""
    first = dish_name(dish, labels[0])
    marks = allergen_marks(dish.allergens)
    width = stringWidth(first, REGULAR, size)
    if marks:
        width += stringWidth("  " + marks, REGULAR, max(MARKS_FLOOR, size * MARKS_SCALE))
    widest = max(stringWidth(w, REGULAR, size) for w in _words(first))
    out = [(width, size * LEADING, widest)]
    for extra in labels[1:]:
        second = dish_name(dish, extra)
        if second != first:
            small = size * 0.8
            word = max(stringWidth(w, ITALIC, small) for w in _words(second))
            out.append((stringWidth(second, ITALIC, small), small * LEADING, word))
    return out


def _words(text: str) -> list[str]:
    # Words also break after their own hyphens (embeddedHyphenation).
    return text.replace("-", "- ").split() or [""]


def cell_texts(cells: Sequence[Sequence[MenuDish]], labels, size: float) -> list[list]:
    """Per cell, the paragraphs it prints (see `_texts`)."""
    return [[t for dish in cell for t in _texts(dish, labels, size)] for cell in cells]


def cell_height(texts, width: float) -> float:
    """Estimated height of a cell's paragraphs wrapped to `width`."""
    if width <= 0:
        return math.inf
    return sum(math.ceil(w * WRAP_WASTE / width) * leading for w, leading, _ in texts)


def line_column(menu: WeeklyMenu, labels: Sequence[ReportLabels], size: float, pad: float) -> float:
    """Wide enough for the longest word of the line names, at most 12 % of the page."""
    widest = max(
        (
            stringWidth(word, BOLD, size * 0.85)
            for heading in menu.lines
            for lab in labels
            for word in line_name(heading, lab).split()
        ),
        default=0.0,
    )
    return widest + 2 * pad + 2


def day_widths(
    rows: Sequence[Sequence[list]], total: float, pad: float, floor: Sequence[float]
) -> list[float]:
    """Widths of the day columns summing to `total` that make the estimated rows shortest.

    `rows[r][c]` is the paragraphs of row r, column c; `floor[c]` the least width of column c
    (its widest word and head).
    """
    columns = len(floor)
    widths = [total / columns] * columns
    if sum(floor) >= total:
        return [total * f / sum(floor) for f in floor]
    widths = [max(w, f) for w, f in zip(widths, floor, strict=True)]
    scale = (total - sum(floor)) / max(1e-9, sum(w - f for w, f in zip(widths, floor, strict=True)))
    widths = [f + (w - f) * scale for w, f in zip(widths, floor, strict=True)]

    def height(ws: Sequence[float]) -> float:
        rows_high = sum(
            max(cell_height(row[c], ws[c] - 2 * pad) for c in range(columns)) for row in rows
        )
        # A little of the unrounded text area breaks ties between widths of equal height.
        smooth = sum(
            w * leading / max(1.0, ws[c] - 2 * pad)
            for row in rows
            for c in range(columns)
            for w, leading, _ in row[c]
        )
        return rows_high + 0.01 * smooth

    best = height(widths)
    step = total / columns / 4
    while step >= 2.0:
        improved = False
        for give in range(columns):
            for take in range(columns):
                if take == give or widths[give] - step < floor[give]:
                    continue
                trial = list(widths)
                trial[give] -= step
                trial[take] += step
                value = height(trial)
                if value < best - 0.01:
                    best, widths, improved = value, trial, True
        if not improved:
            step /= 2
    return widths


def _name_lines(words: Sequence[float], space: float, room: float) -> int:
    """How many lines words of these widths take when wrapped greedily to `room`."""
    lines, used = 1, -space
    for word in words:
        if used + space + word > room and used > 0:
            lines, used = lines + 1, word
        else:
            used += space + word
    return lines


def _line_cell_height(heading, labels: Sequence[ReportLabels], size: float, room: float) -> float:
    """Estimated height of a line's name cell (second language smaller, below) in `room`."""
    names = [line_name(heading, lab) for lab in labels]
    total = 0.0
    for index, name in enumerate(names):
        if index and name == names[0]:
            continue
        font, small = (BOLD, size * 0.85) if index == 0 else (ITALIC, size * 0.7)
        words = [stringWidth(w, font, small) for w in name.split()]
        total += _name_lines(words, stringWidth(" ", font, small), room) * small * 1.18
    return total


def portrait_line_column(
    menu: WeeklyMenu, labels: Sequence[ReportLabels], size: float, width: float, pad: float
) -> float:
    """The line-name column of a portrait day block that makes the blocks shortest.

    Narrow, the names wrap and make their rows tall; wide, the dishes wrap instead. The
    candidates are the longest word and each name on one line, up to 40 % of the block.
    """
    least = line_column(menu, labels, size, pad)
    whole = {
        stringWidth(line_name(heading, lab), BOLD, size * 0.85) + 2 * pad + 2
        for heading in menu.lines
        for lab in labels
    }
    candidates = sorted({least, *(w for w in whole if least < w <= width * 0.4)})
    separator = stringWidth(" · ", REGULAR, size)
    rows = []
    for heading in menu.lines:
        for day in menu.days:
            dishes = day.on_line(heading.code)
            if not dishes:
                continue
            texts = [_texts(dish, labels, size) for dish in dishes]
            first = sum(t[0][0] for t in texts) + separator * (len(texts) - 1)
            paragraphs = [(first, size * LEADING, 0.0)]
            seconds = [t[1][0] for t in texts if len(t) > 1]
            if seconds:
                wide = sum(seconds) + separator * 0.8 * (len(seconds) - 1)
                paragraphs.append((wide, size * 0.8 * LEADING, 0.0))
            rows.append((heading, paragraphs))

    def height(line_w: float) -> float:
        names = {h.code: _line_cell_height(h, labels, size, line_w - 2 * pad) for h in menu.lines}
        return sum(max(names[h.code], cell_height(p, width - line_w - 2 * pad)) for h, p in rows)

    return min(candidates, key=lambda w: (height(w), w))
