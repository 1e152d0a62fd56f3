"""A dialog that builds a PDF report in the background, then previews, prints or saves it.

The weekly menu and the production sheet share it; each says what to build, what to call the
file, and what printing it means (the menu records it, the production sheet does not).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canteen.errors import CanteenError, ValidationError
from ui import messages
from ui.dialogs.pdf_pages import PdfPages
from ui.text import ERROR_STYLE, fill
from ui.wording.planner import input_error_text, print_warning_text
from ui.workers import run_task

WARNING_STYLE = "color: #8a4b00;"


translate = QCoreApplication.translate


class PdfPrintDialog(QDialog):
    """Options (added by the subclass), then Preview (default), Print or Save as PDF.

    `built(result)` fires with the job's result (which has `.pdf`); `printed` once it was
    printed or saved. Subclasses give `job()`, `busy_text()`, `doc_name()`, `file_name()`,
    `save_title()`, `failed_title()`, and may add `empty_text()`, `check_job()` (the warnings
    shown before printing; `checked(result)` fires with them) and `_record()`.
    """

    printed = Signal()
    built = Signal(object)
    checked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_: Any = None
        self.pages: PdfPages | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.printer: QPrinter | None = None
        self.task = None
        self.check_task = None
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet(WARNING_STYLE)
        self.warnings_label.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(translate("PdfPrintDialog", "Pre&view…"))
        self.print_button = QPushButton(translate("PdfPrintDialog", "&Print…"))
        self.save_button = QPushButton(translate("PdfPrintDialog", "&Save as PDF…"))
        for button in (self.preview_button, self.print_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(partial(self.start, "preview"))
        self.print_button.clicked.connect(partial(self.start, "print"))
        self.save_button.clicked.connect(partial(self.start, "save"))
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.setMinimumWidth(440)

    def finish_layout(self) -> None:
        """Warnings, status and buttons under the subclass's options; then check the week."""
        self.layout_.addWidget(self.warnings_label)
        self.layout_.addWidget(self.status_label)
        self.layout_.addWidget(self.buttons)
        self.check()

    def check(self) -> None:
        """Look for what to warn about before anything is printed (in the background)."""
        job = self.check_job()
        if job is None or self.check_task is not None:
            return
        self.check_task = run_task(job, on_result=self._on_checked, on_error=self._on_check_failed)

    def _on_checked(self, result: Any) -> None:
        self.check_task = None
        self.show_warnings(result.warnings)
        self.checked.emit(result)

    def _on_check_failed(self, error: BaseException) -> None:
        self.check_task = None
        self.show_warnings(())
        if isinstance(error, ValidationError) and error.data.get("reason") == "nothing_planned":
            self.status_label.setStyleSheet(ERROR_STYLE)
            self.status_label.setText(self.empty_text())
        # Anything else is reported when the user asks for the PDF.

    def show_warnings(self, warnings) -> None:
        """The warnings as a list under a heading; hidden when there are none."""
        lines = [escape(print_warning_text(w)) for w in warnings]
        if lines:
            head = translate("PdfPrintDialog", "Check before printing:")
            self.warnings_label.setText(f"<b>{escape(head)}</b><br>• " + "<br>• ".join(lines))
        self.warnings_label.setVisible(bool(lines))

    # --- what the subclass says -----------------------------------------------------------

    def job(self) -> Callable[[], Any]:
        """The work that builds the PDF (runs in a worker thread)."""
        raise NotImplementedError

    def check_job(self) -> Callable[[], Any] | None:
        """The work that finds the warnings (its result has `.warnings`), or None."""
        return None

    def busy_text(self) -> str:
        """Shown while the PDF is made."""
        raise NotImplementedError

    def empty_text(self) -> str:
        """Shown when nothing is planned."""
        return translate("PdfPrintDialog", "Nothing is planned: there is nothing to print.")

    def doc_name(self) -> str:
        """The print job's name."""
        raise NotImplementedError

    def file_name(self) -> str:
        """The suggested file name."""
        raise NotImplementedError

    def save_title(self) -> str:
        """The save dialog's title."""
        raise NotImplementedError

    def failed_title(self) -> str:
        """The title of the message when the file cannot be written."""
        raise NotImplementedError

    def _record(self) -> None:
        self.printed.emit()

    # --- the flow -------------------------------------------------------------------------

    def start(self, action: str) -> None:
        """Build the PDF in the background, then preview, print or save it."""
        if self.task is not None:
            return
        job = self.job()
        self.buttons.setEnabled(False)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.busy_text())
        self.task = run_task(
            job, on_result=partial(self._on_built, action), on_error=self._on_build_failed
        )

    def _on_build_failed(self, error: BaseException) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.status_label.setStyleSheet(ERROR_STYLE)
            if error.data.get("reason") == "nothing_planned":
                self.status_label.setText(self.empty_text())
            else:
                self.status_label.setText(input_error_text(error))
            return
        self.status_label.clear()
        if isinstance(error, CanteenError):
            messages.show_error(self, error)
        else:
            from ui import errors

            errors.report(error, self)

    def _on_built(self, action: str, result: Any) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        self.status_label.clear()
        self.result_ = result
        self.show_warnings(getattr(result, "warnings", ()))
        self.pages = PdfPages(result.pdf)
        self.built.emit(result)
        if action == "preview":
            self.show_preview()
        elif action == "print":
            self.show_print_dialog()
        else:
            self.save_pdf()

    def _new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.doc_name())
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
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.save_title(),
            self.file_name(),
            translate("PdfPrintDialog", "PDF files (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            path.write_bytes(self.result_.pdf)
        except OSError as error:
            messages.warn(
                self,
                self.failed_title(),
                fill(translate("PdfPrintDialog", "The file %1 could not be written."), str(path)),
                str(error),
            )
            return None
        self.status_label.setText(fill(translate("PdfPrintDialog", "Saved as %1."), str(path)))
        self._record()
        return path
