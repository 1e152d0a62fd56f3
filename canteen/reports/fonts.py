"""The embedded report font: Bitstream Vera Sans (æ, ø, å and the dashes a Danish menu needs).

Reportlab ships Vera in its own `fonts` folder, so it is there wherever reportlab is installed.
A frozen app gets no package data unless asked, so `resources/fonts/` is searched first: the
build copies `Vera*.ttf` (and its licence) there. DejaVu Sans, Vera's extension, is what Debian
has, but it is not on a Windows canteen PC, so reports never depend on it.
"""

from __future__ import annotations

from pathlib import Path

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from canteen.errors import CanteenError
from canteen.paths import resource

REGULAR = "CanteenSans"
BOLD = "CanteenSans-Bold"
ITALIC = "CanteenSans-Italic"
BOLD_ITALIC = "CanteenSans-BoldItalic"

_FILES = {
    REGULAR: "Vera.ttf",
    BOLD: "VeraBd.ttf",
    ITALIC: "VeraIt.ttf",
    BOLD_ITALIC: "VeraBI.ttf",
}


class ReportProblem(CanteenError):
    """A report cannot be made as things are (e.g. its font is missing from the installation)."""

    code = "report_problem"


def font_folders() -> list[Path]:
    """Where the font files are looked for, in order."""
    return [resource("fonts"), Path(reportlab.__file__).resolve().parent / "fonts"]


def font_file(name: str) -> Path:
    """The path of one font file, or ReportProblem naming where it was looked for."""
    for folder in font_folders():
        path = folder / name
        if path.is_file():
            return path
    raise ReportProblem(
        "report font not found",
        reason="font_missing",
        font=name,
        searched=[str(f) for f in font_folders()],
    )


def register_fonts() -> str:
    """Register the family once (bold and italic map for <b> and <i>); returns its name."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return REGULAR
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_file(filename))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR
