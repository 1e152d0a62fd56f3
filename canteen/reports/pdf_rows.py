"""Rows of text on a PDF canvas at the speed of a content stream: one TJ operator per row.

A big table (the 250-site cost report: ~180,000 figures) spent most of its time in reportlab's
per-string work (number formatting, subset lookup, escaping: ~50 µs a string). Here a row is one
`[(a) -n (b) …] TJ` array: each distinct character is looked up in the embedded font's subsets
once, a cell is encoded with `str.translate`, and the gaps between cells are TJ offsets. What
reaches the page is ordinary text (copyable, found by a PDF reader's search, read by pypdf).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics

LEFT, RIGHT = "left", "right"


@dataclass(frozen=True)
class Cell:
    """One piece of text: `x` is its left edge (LEFT) or its right edge (RIGHT)."""

    x: float
    text: str
    align: str = LEFT
    color: tuple[float, float, float] | None = None  # None: the row's colour


def _escaped(byte: int) -> str:
    if byte in (40, 41, 92):  # ( ) \ are the string delimiters and the escape
        return "\\" + chr(byte)
    if byte < 32 or byte > 126:
        return f"\\{byte:03o}"
    return chr(byte)


class TextWidths:
    """Widths of texts in one font and size, summed from each character's width (measured once).

    reportlab applies no kerning, so the sum is exactly what `stringWidth` gives.
    """

    def __init__(self, font: str, size: float) -> None:
        self.name, self.size = font, size
        self.widths: dict[str, float] = {}

    def _measure(self, text: str) -> set[str]:
        new = set(text) - self.widths.keys()
        for char in new:
            self.widths[char] = pdfmetrics.stringWidth(char, self.name, self.size)
        return new

    def width(self, text: str) -> float:
        """The text's width in this font and size."""
        try:
            return sum(map(self.widths.__getitem__, text))
        except KeyError:  # a character not met before
            self._measure(text)
            return sum(map(self.widths.__getitem__, text))

    def fit(self, text: str, room: float) -> str:
        """`text`, cut short with '…' if it is wider than `room`."""
        if self.width(text) <= room:
            return text
        while text and self.width(text + "…") > room:
            text = text[:-1]
        return text.rstrip() + "…"


class RowWriter(TextWidths):
    """Writes rows of cells in one font and size on one document's canvases."""

    def __init__(self, canvas, font: str, size: float) -> None:
        super().__init__(font, size)
        self.font = pdfmetrics.getFont(font)
        # The document the font's subsets belong to. reportlab keeps it on the canvas as `_doc`;
        # its own text objects pass the same object to `splitString`.
        self.doc = canvas._doc
        self.subset_of: dict[str, int] = {}
        self.tables: dict[int, dict[int, str]] = {}
        self.fonts: dict[int, str] = {}
        # A report repeats many texts ('0', '–', periods): each is measured and encoded once.
        self.known: dict[str, tuple[float, list[tuple[int, str]]]] = {}

    def _measure(self, text: str) -> set[str]:
        new = super()._measure(text)
        for char in new:
            parts = self.font.splitString(char, self.doc)
            subset, data = parts[0] if parts else (0, b" ")
            self.subset_of[char] = subset
            self.tables.setdefault(subset, {})[ord(char)] = "".join(_escaped(b) for b in data)
        return new

    def _runs(self, text: str) -> list[tuple[int, str]]:
        """(subset, escaped bytes) runs: almost always one, as a report uses few characters."""
        subsets = [self.subset_of[c] for c in text]
        runs: list[tuple[int, str]] = []
        start = 0
        for at in range(1, len(text) + 1):
            if at == len(text) or subsets[at] != subsets[start]:
                part = text[start:at]
                runs.append((subsets[start], part.translate(self.tables[subsets[start]])))
                start = at
        return runs

    def _font_name(self, subset: int) -> str:
        if subset not in self.fonts:
            self.fonts[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return self.fonts[subset]

    def row(self, y: float, cells: list[Cell], color: tuple[float, float, float]) -> str:
        """The content-stream code of one row at baseline `y` (inside BT/ET, from `begin`)."""
        out = [f"1 0 0 1 0 {y:.2f} Tm"]
        pen = 0.0
        subset, ink = -1, None
        items: list[str] = []
        known = self.known
        for cell in cells:
            if not cell.text:
                continue
            found = known.get(cell.text)
            if found is None:
                found = known[cell.text] = (self.width(cell.text), self._runs(cell.text))
            width, runs = found
            left = cell.x - width if cell.align == RIGHT else cell.x
            wanted = cell.color or color
            for run_subset, data in runs:
                if run_subset != subset or wanted != ink:
                    if items:
                        out.append("[" + " ".join(items) + "] TJ")
                        items = []
                    if run_subset != subset:
                        out.append(f"{self._font_name(run_subset)} {self.size:.2f} Tf")
                        subset = run_subset
                    if wanted != ink:
                        out.append("{:.3f} {:.3f} {:.3f} rg".format(*wanted))
                        ink = wanted
                # A TJ number moves the pen left by n/1000 of the font size: minus is right.
                shift = (left - pen) * 1000 / self.size
                if abs(shift) > 0.05:
                    items.append(f"{-shift:.1f}")
                items.append(f"({data})")
                pen = left + width
                left = pen  # a second run of the same cell follows on directly
        if items:
            out.append("[" + " ".join(items) + "] TJ")
        return "\n".join(out)


def begin(x: float) -> str:
    """Start a text block whose rows are measured from `x` (end it with `end()`)."""
    return f"q 1 0 0 1 {x:.2f} 0 cm BT"


def end() -> str:
    """Close the block `begin` opened."""
    return "ET Q"
