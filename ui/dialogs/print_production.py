"""Print the production sheet: the week's (or one day's) dishes scaled to the planned portions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from ui.dialogs.pdf_print import PdfPrintDialog
from ui.models.planner import day_label
from ui.text import fill

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.domain.weeks import IsoWeek
    from canteen.services.menus import SheetPrint


@dataclass(frozen=True)
class BuiltSheet:
    """A built production sheet and its warnings."""

    pdf: bytes
    week: IsoWeek
    day: date | None
    warnings: tuple = ()


def check_sheet(database: Database, site_id: str, week: IsoWeek, day: date | None) -> SheetPrint:
    """The sheet and what to warn about; an empty week or day is refused (worker thread)."""
    from canteen.services.menus import prepare_production_sheet

    return prepare_production_sheet(database, site_id, week, day, today=date.today())


def build_production_pdf(
    database: Database, site_id: str, week: IsoWeek, day: date | None, language: str = "da"
) -> BuiltSheet:
    """The job behind the dialog (runs in a worker thread)."""
    from canteen.services.menus import render_production_sheet

    job = check_sheet(database, site_id, week, day)
    return BuiltSheet(render_production_sheet(job, language), week, day, job.warnings)


class ProductionSheetDialog(PdfPrintDialog):
    """Week or one day, language; then Preview (default), Print or Save as PDF."""

    def __init__(
        self,
        database: Database,
        site_id: str,
        week: IsoWeek,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.site_id, self.week = database, site_id, week
        self.setWindowTitle(fill(self.tr("Production sheet for week %1"), str(week.week)))
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("The whole week"), None)
        for each in week.days(7):
            self.scope_combo.addItem(day_label(each), each.isoformat())
        if day is not None:
            index = self.scope_combo.findData(day.isoformat())
            if index >= 0:
                self.scope_combo.setCurrentIndex(index)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Danish"), "da")
        self.language_combo.addItem(self.tr("English"), "en")
        form = QFormLayout()
        form.addRow(self.tr("&Print for:"), self.scope_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.scope_combo.currentIndexChanged.connect(self._on_scope_combo_changed)

    def _on_scope_combo_changed(self, _index: int) -> None:
        self.status_label.clear()
        self.check()

    def day(self) -> date | None:
        """The chosen day, or None for the whole week."""
        data = self.scope_combo.currentData()
        return date.fromisoformat(data) if data else None

    def job(self) -> Callable[[], BuiltSheet]:
        """Build the sheet for the chosen week or day."""
        language = self.language_combo.currentData()
        return partial(
            build_production_pdf, self.database, self.site_id, self.week, self.day(), language
        )

    def check_job(self) -> Callable[[], SheetPrint]:
        """Find the warnings of the chosen week or day."""
        return partial(check_sheet, self.database, self.site_id, self.week, self.day())

    def busy_text(self) -> str:
        """Shown while the sheet is made."""
        return self.tr("Making the production sheet…")

    def empty_text(self) -> str:
        """Shown when nothing is planned."""
        if self.day() is not None:
            return self.tr("Nothing is planned this day: there is no production sheet to print.")
        return self.tr("Nothing is planned this week: there is no production sheet to print.")

    def doc_name(self) -> str:
        """The print job's name."""
        return fill(self.tr("Production sheet week %1"), str(self.week.week))

    def file_name(self) -> str:
        """The suggested file name: the week, or the day."""
        day = self.day()
        if day is not None:
            return fill(self.tr("production-sheet-%1.pdf"), day.isoformat())
        return fill(self.tr("production-sheet-week-%1.pdf"), f"{self.week.week:02d}")

    def save_title(self) -> str:
        """The save dialog's title."""
        return self.tr("Save the production sheet as PDF")

    def failed_title(self) -> str:
        """When the file cannot be written."""
        return self.tr("The production sheet was not saved")
