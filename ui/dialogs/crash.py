"""The crash dialog: something unexpected happened; the traceback can be copied for support."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.text import fill


class CrashDialog(QDialog):
    """Non-modal: the main window and what the user typed stay as they were."""

    def __init__(self, log_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.resize(640, 420)

        self.message_label = QLabel(
            self.tr(
                "Something went wrong that the program did not expect. What you have typed is "
                "still there, and you can go on working, but save your work soon."
            )
        )
        self.message_label.setWordWrap(True)
        self.log_label = QLabel(
            fill(self.tr("The details are also written to the log file %1."), log_file)
        )
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.traceback_edit = QPlainTextEdit()
        self.traceback_edit.setReadOnly(True)
        self.traceback_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.traceback_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.traceback_edit, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(buttons)

    def add_report(self, text: str) -> None:
        """Append one error's traceback (several errors in a row share one dialog)."""
        if self.traceback_edit.toPlainText():
            self.traceback_edit.appendPlainText("\n" + "-" * 60 + "\n")
        self.traceback_edit.appendPlainText(text.rstrip())

    def details(self) -> str:
        """Everything shown in the details box."""
        return self.traceback_edit.toPlainText()

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
