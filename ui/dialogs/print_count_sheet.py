"""Print the stock count sheet of one storage area: preview, print or save it as PDF."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from ui.dialogs.pdf_print import PdfPrintDialog
from ui.text import fill

if TYPE_CHECKING:
    from canteen.db.engine import Database


@dataclass(frozen=True)
class BuiltCountSheet:
    """A built count sheet PDF."""

    pdf: bytes


def build_count_sheet_pdf(
    database: Database, site_id: str, area: str, day: date, language: str = "da"
) -> BuiltCountSheet:
    """Read the area's sheet and lay it out (worker thread)."""
    from canteen.reports.count_sheet import build_count_sheet
    from canteen.services.count_sheet import prepare_count_sheet

    sheet = prepare_count_sheet(database, site_id, area, day)
    return BuiltCountSheet(build_count_sheet(sheet, language))


class CountSheetDialog(PdfPrintDialog):
    """Language; then Preview (default), Print or Save as PDF of one area's count sheet."""

    def __init__(
        self,
        database: Database,
        site_id: str,
        area: str,
        area_name: str,
        day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.site_id, self.area, self.day = database, site_id, area, day
        self.setWindowTitle(fill(self.tr("Count sheet: %1"), area_name))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Danish"), "da")
        self.language_combo.addItem(self.tr("English"), "en")
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_combo)
        self.layout_.addLayout(form)
        self.finish_layout()

    def job(self) -> Callable[[], BuiltCountSheet]:
        """Build the sheet in the chosen language."""
        language = self.language_combo.currentData()
        return partial(
            build_count_sheet_pdf, self.database, self.site_id, self.area, self.day, language
        )

    def busy_text(self) -> str:
        """Shown while the sheet is made."""
        return self.tr("Making the count sheet…")

    def doc_name(self) -> str:
        """The print job's name."""
        return self.tr("Stock count sheet")

    def file_name(self) -> str:
        """The suggested file name: area and day."""
        return fill(self.tr("count-sheet-%1-%2.pdf"), self.area, self.day.isoformat())

    def save_title(self) -> str:
        """The save dialog's title."""
        return self.tr("Save the count sheet as PDF")

    def failed_title(self) -> str:
        """When the file cannot be written."""
        return self.tr("The count sheet was not saved")
