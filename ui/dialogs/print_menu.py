"""Print the weekly menu: language, orientation and marks; preview, print or save as PDF.

The PDF is built in the background by the core's report builder; the preview and the printer
get its pages painted through QtPdf. Printing or saving records what the menu showed (the
allergen evidence), so the planner knows when the printed menu goes out of date.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canteen.errors import CanteenError, ValidationError
from ui import messages, settings
from ui.dialogs.pdf_pages import PdfPages
from ui.views.planner.wording import input_error_text
from ui.workers import run_task

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.domain.weeks import IsoWeek

ERROR_STYLE = "color: #b3261e;"


@dataclass(frozen=True)
class PrintChoice:
    """How the menu is printed."""

    language: str = "da"
    orientation: str = "landscape"
    organic: bool = False
    co2e: bool = False


@dataclass(frozen=True)
class BuiltMenu:
    """A built weekly menu: the PDF and the fingerprint of what it shows."""

    pdf: bytes
    fingerprint: str
    week: IsoWeek


def build_menu_pdf(
    database: Database, site_id: str, week: IsoWeek, choice: PrintChoice
) -> BuiltMenu:
    """The job behind the dialog (runs in a worker thread)."""
    from canteen.reports.labels import labels_for
    from canteen.reports.weekly_menu import build_weekly_menu
    from canteen.services.menus import weekly_menu

    menu, view = weekly_menu(database, site_id, week)
    pdf = build_weekly_menu(
        menu,
        labels_for(choice.language),
        orientation=choice.orientation,
        show_organic=choice.organic,
        show_co2e=choice.co2e,
    )
    return BuiltMenu(pdf, view.fingerprint, week)


class PrintMenuDialog(QDialog):
    """Options, then Preview (default), Print or Save as PDF; `printed` fires once recorded."""

    printed = Signal()
    built = Signal(object)

    def __init__(
        self, database: Database, site_id: str, week: IsoWeek, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database, self.site_id, self.week = database, site_id, week
        self.menu: BuiltMenu | None = None
        self.pages: PdfPages | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.printer: QPrinter | None = None
        self.task = None
        self.setWindowTitle(self.tr("Print the menu for week %1").replace("%1", str(week.week)))

        self.language_combo = QComboBox()
        for code, label in (
            ("da", self.tr("Danish")),
            ("en", self.tr("English")),
            ("both", self.tr("Danish and English")),
        ):
            self.language_combo.addItem(label, code)
        self.orientation_combo = QComboBox()
        self.orientation_combo.addItem(self.tr("Landscape (days across)"), "landscape")
        self.orientation_combo.addItem(self.tr("Portrait (days down)"), "portrait")
        self.organic_check = QCheckBox(self.tr("Show each dish's &organic share"))
        self.co2e_check = QCheckBox(self.tr("Show each dish's &climate footprint (kg CO2e)"))
        self._select(self.language_combo, settings.get(settings.MENU_PRINT_LANGUAGE))
        self._select(self.orientation_combo, settings.get(settings.MENU_PRINT_ORIENTATION))
        self.organic_check.setChecked(settings.get(settings.MENU_PRINT_ORGANIC))
        self.co2e_check.setChecked(settings.get(settings.MENU_PRINT_CO2E))

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Orientation:"), self.orientation_combo)
        form.addRow(self.organic_check)
        form.addRow(self.co2e_check)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        for button in (self.preview_button, self.print_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(partial(self.start, "preview"))
        self.print_button.clicked.connect(partial(self.start, "print"))
        self.save_button.clicked.connect(partial(self.start, "save"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def choice(self) -> PrintChoice:
        """The options as chosen."""
        return PrintChoice(
            self.language_combo.currentData(),
            self.orientation_combo.currentData(),
            self.organic_check.isChecked(),
            self.co2e_check.isChecked(),
        )

    def _remember(self, choice: PrintChoice) -> None:
        settings.put(settings.MENU_PRINT_LANGUAGE, choice.language)
        settings.put(settings.MENU_PRINT_ORIENTATION, choice.orientation)
        settings.put(settings.MENU_PRINT_ORGANIC, choice.organic)
        settings.put(settings.MENU_PRINT_CO2E, choice.co2e)

    def start(self, action: str) -> None:
        """Build the PDF in the background, then preview, print or save it."""
        if self.task is not None:
            return
        choice = self.choice()
        self._remember(choice)
        self.buttons.setEnabled(False)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Making the menu…"))
        job = partial(build_menu_pdf, self.database, self.site_id, self.week, choice)
        self.task = run_task(
            job, on_result=partial(self._on_built, action), on_error=self._on_build_failed
        )

    def _on_build_failed(self, error: BaseException) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.status_label.setStyleSheet(ERROR_STYLE)
            if error.data.get("reason") == "nothing_planned":
                self.status_label.setText(
                    self.tr("Nothing is planned this week: there is no menu to print.")
                )
            else:
                self.status_label.setText(input_error_text(error))
            return
        self.status_label.clear()
        if isinstance(error, CanteenError):
            messages.show_error(self, error)
        else:
            from ui import errors

            errors.report(error, self)

    def _on_built(self, action: str, menu: BuiltMenu) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        self.status_label.clear()
        self.menu = menu
        self.pages = PdfPages(menu.pdf)
        self.built.emit(menu)
        if action == "preview":
            self.show_preview()
        elif action == "print":
            self.show_print_dialog()
        else:
            self.save_pdf()

    def _new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Menu week %1").replace("%1", str(self.week.week)))
        self.pages.set_up(printer)
        self.printer = printer
        return printer

    def show_preview(self) -> QPrintPreviewDialog:
        """The print preview (its Print button prints and counts as printed)."""
        printer = self._new_printer()
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(self.windowTitle())
        preview.paintRequested.connect(self.pages.paint)
        preview.finished.connect(self._on_preview_finished)
        preview.resize(900, 700)
        self.preview = preview
        preview.open()
        return preview

    def _on_preview_finished(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self._record()

    def show_print_dialog(self) -> QPrintDialog:
        """The system print dialog; OK prints."""
        dialog = QPrintDialog(self._new_printer(), self)
        dialog.accepted.connect(self._on_print_dialog_accepted)
        dialog.open()
        return dialog

    def _on_print_dialog_accepted(self) -> None:
        if self.pages.paint(self.printer):
            self._record()

    def save_pdf(self) -> Path | None:
        """Ask where, then write the PDF there."""
        suggested = self.tr("menu-week-%1.pdf").replace("%1", f"{self.week.week:02d}")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the menu as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            path.write_bytes(self.menu.pdf)
        except OSError as error:
            messages.warn(
                self,
                self.tr("The menu was not saved"),
                self.tr("The file %1 could not be written.").replace("%1", str(path)),
                str(error),
            )
            return None
        self.status_label.setText(self.tr("Saved as %1.").replace("%1", str(path)))
        self._record()
        return path

    def _record(self) -> None:
        from canteen.services.menus import record_printed

        record_printed(self.database, self.site_id, self.menu.week, self.menu.fingerprint)
        self.printed.emit()
