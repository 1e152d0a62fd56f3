"""The cost report's tables as one flowable drawn straight onto the page, split across pages.

Platypus' Table lays out and styles every cell (~65 µs each; 18 s for the 250-site report).
This table has fixed columns measured once, one text operator per row (`pdf_rows`), and a few
rectangles and lines per page: the heading row on every page, light stripes on every other row,
a rule between groups (districts or sites) and the group's name again at the top of each page.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable

from canteen.reports.pdf_rows import LEFT, RIGHT, Cell, RowWriter, TextWidths, begin, end

PAD = 2.0  # points left and right of a cell's text
ROW_HEIGHT = 10.0
HEAD_LEADING = 7.2
STRIPE = (0.965, 0.973, 0.98)
ALARM = (0.702, 0.149, 0.118)  # #b3261e: guests not paying for the raw materials


@dataclass(frozen=True)
class TableRow:
    """One line: the group it belongs to, its texts (period, figures, …), cells shown in red."""

    group: str
    texts: tuple[str, ...]
    alarms: frozenset[int] = frozenset()  # indexes into `texts`


@dataclass(frozen=True)
class Look:
    """Fonts, sizes and colours (as 0–1 RGB) of a table."""

    font: str
    bold: str
    size: float
    head_size: float
    ink: tuple[float, float, float]
    accent: tuple[float, float, float]
    rule: tuple[float, float, float]
    tint: tuple[float, float, float]


def _rgb(color: tuple[float, float, float]) -> str:
    return "{:.3f} {:.3f} {:.3f}".format(*color)


def heading_lines(widths: TextWidths, heading: str, room: float) -> list[str]:
    """A heading broken into lines of whole words that fit `room` (a long word has its own)."""
    lines: list[str] = []
    for word in heading.split():
        if lines and widths.width(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def column_widths(look: Look, headings, rows: list[TableRow], width: float) -> list[float]:
    """The group column first, then each column as wide as its widest text or heading word
    (so no figure runs into its neighbour); the group column takes what is left."""
    plain = TextWidths(look.font, look.size)
    bold = TextWidths(look.bold, look.head_size)
    need = [max((bold.width(w) for w in h.split()), default=0.0) for h in headings[1:]]
    widest: dict[str, float] = {}
    for row in rows:
        for index, text in enumerate(row.texts):
            known = widest.get(text)
            if known is None:
                known = widest[text] = plain.width(text)
            if known > need[index]:
                need[index] = known
    figures = [n + 2 * PAD + 4 for n in need]  # 4 points of air between neighbours
    group = max(width - sum(figures), 60.0)
    if group + sum(figures) > width:  # too wide even so: every column gives up its share
        scale = (width - group) / sum(figures)
        figures = [w * scale for w in figures]
    return [group, *figures]


class CostTable(Flowable):
    """Rows under a heading row; splits between rows, repeating the heading on each page."""

    def __init__(
        self, headings, rows: list[TableRow], widths: list[float], look: Look, writers=None
    ) -> None:
        super().__init__()
        self.headings, self.rows, self.widths, self.look = list(headings), rows, widths, look
        # The parts of one table share their writers (and what those measured and encoded).
        self.writers: dict[tuple, RowWriter] = {} if writers is None else writers
        bold = TextWidths(look.bold, look.head_size)
        self.heading_lines = [
            heading_lines(bold, h, w - 2 * PAD) for h, w in zip(headings, widths, strict=True)
        ]
        lines = max((len(h) for h in self.heading_lines), default=1)
        self.head_height = lines * HEAD_LEADING + 2 * PAD
        # Right edges (figures) and left edges (group, period) of every column.
        edges = [0.0]
        for w in widths:
            edges.append(edges[-1] + w)
        self.lefts = [e + PAD for e in edges[:-1]]
        self.rights = [e - PAD for e in edges[1:]]
        self.total_width = edges[-1]

    def wrap(self, avail_width, avail_height):
        """All rows' height under the heading."""
        self.width = self.total_width
        self.height = self.head_height + len(self.rows) * ROW_HEIGHT
        return self.width, self.height

    def split(self, avail_width, avail_height):
        """As many rows as fit, then the rest (each part draws the heading again)."""
        fit = int((avail_height - self.head_height) // ROW_HEIGHT)
        if fit < 1:
            return []
        if fit >= len(self.rows):
            return [self]
        return [
            CostTable(self.headings, self.rows[:fit], self.widths, self.look, self.writers),
            CostTable(self.headings, self.rows[fit:], self.widths, self.look, self.writers),
        ]

    def _align(self, column: int) -> str:
        return LEFT if column < 2 else RIGHT

    def _x(self, column: int) -> float:
        return self.lefts[column] if column < 2 else self.rights[column]

    def draw(self) -> None:
        """Stripes and rules first, then the heading and every row as text."""
        look, canvas = self.look, self.canv
        top = self.head_height + len(self.rows) * ROW_HEIGHT
        graphics = [f"q {_rgb(look.tint)} rg 0 {top - self.head_height:.2f}"]
        graphics[0] += f" {self.total_width:.2f} {self.head_height:.2f} re f"
        graphics.append(f"{_rgb(STRIPE)} rg")
        for index in range(1, len(self.rows), 2):
            y = top - self.head_height - (index + 1) * ROW_HEIGHT
            graphics.append(f"0 {y:.2f} {self.total_width:.2f} {ROW_HEIGHT:.2f} re f")
        graphics.append(f"{_rgb(look.rule)} RG 0.6 w")
        previous = self.rows[0].group if self.rows else None
        for index, row in enumerate(self.rows):
            if row.group != previous:
                y = top - self.head_height - index * ROW_HEIGHT
                graphics.append(f"0 {y:.2f} m {self.total_width:.2f} {y:.2f} l S")
            previous = row.group
        line = top - self.head_height
        graphics.append(f"{_rgb(look.accent)} RG 0.8 w 0 {line:.2f} m")
        graphics.append(f"{self.total_width:.2f} {line:.2f} l S Q")
        canvas.addLiteral("\n".join(graphics))
        self._draw_text(top)

    def _writer(self, font: str, size: float) -> RowWriter:
        key = (id(self.canv), font, size)
        if key not in self.writers:
            self.writers[key] = RowWriter(self.canv, font, size)
        return self.writers[key]

    def _draw_text(self, top: float) -> None:
        look, canvas = self.look, self.canv
        head = self._writer(look.bold, look.head_size)
        body = self._writer(look.font, look.size)
        code = [begin(0)]
        most = max(len(h) for h in self.heading_lines)
        for number in range(most):
            y = top - PAD - (number + 1) * HEAD_LEADING + 1.2
            cells = [
                Cell(self._x(c), lines[number], self._align(c))
                for c, lines in enumerate(self.heading_lines)
                if number < len(lines)
            ]
            code.append(head.row(y, cells, look.ink))
        previous = None
        group_room = self.widths[0] - 2 * PAD
        shown: dict[str, str] = {}
        for index, row in enumerate(self.rows):
            y = top - self.head_height - (index + 1) * ROW_HEIGHT + 3.0
            cells = []
            if row.group != previous:  # the group's first row, and the first row on a page
                name = shown.get(row.group)
                if name is None:
                    name = shown[row.group] = body.fit(row.group, group_room)
                cells.append(Cell(self.lefts[0], name))
            previous = row.group
            for offset, text in enumerate(row.texts, start=1):
                color = ALARM if offset - 1 in row.alarms else None
                cells.append(Cell(self._x(offset), text, self._align(offset), color))
            code.append(body.row(y, cells, look.ink))
        code.append(end())
        canvas.addLiteral("\n".join(code))
