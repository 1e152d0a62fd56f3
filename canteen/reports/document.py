"""The one document template every report uses: A4, the embedded font, sheet and poster pages."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from canteen.reports.fonts import register_fonts

INK = colors.HexColor("#1b2a3a")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5f6b76")
RULE = colors.HexColor("#c9d3dc")
TINT = colors.HexColor("#eef3f8")
GREEN = colors.HexColor("#2e7d32")

SHEET = "sheet"
POSTER = "poster"


@dataclass(frozen=True)
class PageDecor:
    """Running texts of a sheet page: header left/right, footer left, and the page label."""

    header: str = ""
    header_right: str = ""
    footer: str = ""
    page_label: str = "{page}"


def page_size(orientation: str = "portrait") -> tuple[float, float]:
    """A4 in 'portrait' or 'landscape'."""
    if orientation not in ("portrait", "landscape"):
        raise ValueError(f"unknown orientation {orientation!r}")
    return landscape(A4) if orientation == "landscape" else portrait(A4)


MARGIN = 12 * mm


def body_width(pagesize) -> float:
    """The width a flowable may use between the margins."""
    return pagesize[0] - 2 * MARGIN


class CanteenDocument(BaseDocTemplate):
    """A4 with two page templates: 'sheet' (running header and footer) and 'poster' (bare)."""

    def __init__(
        self,
        target,
        *,
        pagesize=A4,
        decor: PageDecor | None = None,
        margin: float = MARGIN,
        **kw,
    ) -> None:
        self.font = register_fonts()
        self.decor = decor or PageDecor()
        super().__init__(
            target,
            pagesize=pagesize,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin,
            **kw,
        )
        width, height = pagesize
        body_w = width - 2 * margin
        # No frame padding: a flowable may use exactly the width between the margins.
        bare = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        sheet = Frame(
            margin, margin + 8 * mm, body_w, height - 2 * margin - 18 * mm, id="body", **bare
        )
        poster = Frame(margin, margin, body_w, height - 2 * margin, id="poster", **bare)
        self.addPageTemplates(
            [
                PageTemplate(id=SHEET, frames=[sheet], onPage=self._decorate_sheet),
                PageTemplate(id=POSTER, frames=[poster]),
            ]
        )

    def _decorate_sheet(self, canvas, doc) -> None:
        width, height = self.pagesize
        left, right = self.leftMargin, width - self.rightMargin
        top = height - self.topMargin
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setFont(self.font + "-Bold", 10)
        canvas.drawString(left, top - 10, self.decor.header)
        canvas.setFont(self.font, 9)
        canvas.drawRightString(right, top - 10, self.decor.header_right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(left, top - 15, right, top - 15)
        canvas.setFillColor(MUTED)
        canvas.setFont(self.font, 8)
        canvas.drawString(left, self.bottomMargin, self.decor.footer)
        label = self.decor.page_label.format(page=canvas.getPageNumber())
        canvas.drawRightString(right, self.bottomMargin, label)
        canvas.restoreState()


def build_pdf(
    story: Sequence[Flowable],
    out: str | Path | None = None,
    *,
    pagesize=A4,
    decor: PageDecor | None = None,
    title: str = "",
    first_page: str = SHEET,
    margin: float = MARGIN,
    ascii85: bool = True,
) -> bytes:
    """Lay out `story` and return the PDF bytes (also written to `out` when given).

    `margin` is the same on all four sides (a poster uses a narrower one than a sheet).
    `ascii85=False` leaves compressed streams binary: smaller, and much faster for a long report
    (reportlab encodes ASCII85 in pure Python). Output is byte-for-byte reproducible when
    `reportlab.rl_config.invariant` is 1.
    """
    buffer = io.BytesIO()
    doc = CanteenDocument(
        buffer, pagesize=pagesize, decor=decor, margin=margin, title=title, author="Kantine"
    )
    if first_page != SHEET:
        doc.pageTemplates.sort(key=lambda t: t.id != first_page)
    was = rl_config.useA85
    rl_config.useA85 = int(ascii85 and was)  # read by reportlab as each stream is written
    try:
        doc.build(list(story))
    finally:
        rl_config.useA85 = was
    data = buffer.getvalue()
    if out is not None:
        Path(out).write_bytes(data)
    return data
