"""Paint a PDF (the reportlab menu) onto a printer, page by page, through QtPdf."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# Pages are rasterised for the printer; more than this gains nothing on paper and costs memory.
MAX_DPI = 300


class PdfPages:
    """A loaded PDF whose pages can be painted onto any printer (the preview's included)."""

    def __init__(self, pdf: bytes) -> None:
        self._data = QByteArray(pdf)
        self._buffer = QBuffer()
        self._buffer.setData(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise ValueError(f"the PDF could not be read: {self.document.error()}")

    def page_count(self) -> int:
        """How many pages the PDF has."""
        return self.document.pageCount()

    def render(self, page: int, dpi: float) -> QImage:
        """One page as an image at `dpi`."""
        points = self.document.pagePointSize(page)
        size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
        return self.document.render(page, size)

    def landscape(self) -> bool:
        """Whether the first page is wider than high."""
        points = self.document.pagePointSize(0)
        return points.width() > points.height()

    def set_up(self, printer: QPrinter) -> None:
        """A4 in the PDF's orientation, paper edge to edge (the PDF has its own margins)."""
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        orientation = (
            QPageLayout.Orientation.Landscape
            if self.landscape()
            else QPageLayout.Orientation.Portrait
        )
        printer.setPageOrientation(orientation)
        printer.setFullPage(True)

    def paint(self, printer: QPrinter) -> int:
        """Paint every page onto `printer`, each scaled to fill the paper; returns the pages done."""
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        dpi = min(printer.resolution(), MAX_DPI)
        done = 0
        try:
            for page in range(self.page_count()):
                if page:
                    printer.newPage()
                target = QRectF(painter.viewport())
                image = self.render(page, dpi)
                scale = min(target.width() / image.width(), target.height() / image.height())
                width, height = image.width() * scale, image.height() * scale
                rect = QRectF(
                    target.left() + (target.width() - width) / 2,
                    target.top() + (target.height() - height) / 2,
                    width,
                    height,
                )
                painter.drawImage(rect, image)
                done += 1
        finally:
            painter.end()
        return done
