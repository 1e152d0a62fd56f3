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
