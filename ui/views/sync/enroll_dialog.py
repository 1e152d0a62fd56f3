"""First-run setup: the server's address and a one-time code enroll this PC, then it syncs."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from canteen.sync.errors import SyncProblem
from ui.text import ERROR_STYLE
from ui.wording.sync import reason_text

if TYPE_CHECKING:
    from ui.views.sync.runner import SyncRunner

log = logging.getLogger(__name__)


class EnrollDialog(QDialog):
    """Enrolls in the background; a refusal is shown in the dialog and the typing stays."""

    def __init__(self, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.task = None
        self.setWindowTitle(self.tr("Enroll this PC"))
        intro = QLabel(
            self.tr(
                "Type the sync server's address and the enrollment code you got from the "
                "central office. The code works once."
            )
        )
        intro.setWordWrap(True)
        self.server_edit = QLineEdit()
        self.server_edit.setPlaceholderText("http://kantine-sync:8765")
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("enrollment code"))
        form = QFormLayout()
        form.addRow(self.tr("&Server address:"), self.server_edit)
        form.addRow(self.tr("&Code:"), self.code_edit)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.enroll_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.enroll_button.setText(self.tr("&Enroll"))
        self.buttons.accepted.connect(self.enroll)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def _refuse(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(True)

    def enroll(self) -> None:
        """Check the typing, then enroll in the background (the dialog waits, busy)."""
        server = self.server_edit.text().strip()
        code = self.code_edit.text().strip()
        if not server.startswith(("http://", "https://")) or len(server) < 10:
            self._refuse(self.tr("Type the server's address, e.g. http://kantine-sync:8765."))
            self.server_edit.setFocus()
            return
        if not code:
            self._refuse(self.tr("Type the enrollment code."))
            self.code_edit.setFocus()
            return
        self.message_label.setVisible(False)
        self._busy(True)
        self.task = self.runner.enroll(server, code)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(self._on_task_failed)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.server_edit, self.code_edit, self.enroll_button):
            widget.setEnabled(not busy)

    def _on_task_succeeded(self, _facts) -> None:
        self._busy(False)
        self.accept()

    def _on_task_failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, SyncProblem):
            self._refuse(reason_text(error.reason))
        else:
            # A bug, not a refusal: the log has the details, the user a sentence.
            log.error("enrollment failed", exc_info=error)
            self._refuse(
                self.tr(
                    "Enrollment failed because of an error in the program (it is logged). "
                    "Try again, or ask IT support."
                )
            )
        self.code_edit.setFocus()

    def reject(self) -> None:
        # While enrolling, closing would leave the answer nowhere to go: wait for it.
        if self.progress.isVisible():
            return
        super().reject()
