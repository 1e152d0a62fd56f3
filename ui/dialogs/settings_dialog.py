"""The settings dialog: language, who the user is, and which database file to use."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import settings

if TYPE_CHECKING:
    from ui.context import AppContext


@dataclass(frozen=True)
class SettingsChoice:
    """What the user chose; empty strings mean "the default"."""

    language: str
    user_id: str
    database_path: str


class SettingsDialog(QDialog):
    """Shows the current settings; `choice()` returns what the user picked."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)

        self.language_combo = QComboBox()
        self.language_combo.addItem("Dansk", "da")
        self.language_combo.addItem("English", "en")
        # Unset means Danish: the program never follows the computer's language.
        self._select(self.language_combo, settings.get(settings.LANGUAGE) or "da")
        self.language_note = QLabel(
            self.tr("A new language is used the next time the program starts.")
        )
        self.language_note.setWordWrap(True)

        self.user_combo = QComboBox()
        self.user_combo.addItem(self.tr("Automatic (first central user, else all canteens)"), "")
        roles = {
            "central": self.tr("central"),
            "district": self.tr("district"),
            "site": self.tr("canteen"),
        }
        for user in context.users:
            self.user_combo.addItem(
                f"{user.display_name} ({roles.get(user.role, user.role)})", user.id
            )
        self._select(self.user_combo, settings.get(settings.CURRENT_USER))
        self.user_note = QLabel(self.tr("The user decides which canteens you can choose from."))
        self.user_note.setWordWrap(True)

        current = context.database_path or settings.get(settings.LAST_DATABASE)
        self.database_edit = QLineEdit(str(current or ""))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database_edit, 1)
        database_row.addWidget(self.browse_button)
        self.database_note = QLabel(
            self.tr("Another database file is opened as soon as you press OK.")
        )
        self.database_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow("", self.language_note)
        form.addRow(self.tr("User:"), self.user_combo)
        form.addRow("", self.user_note)
        form.addRow(self.tr("Database:"), database_row)
        form.addRow("", self.database_note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _on_browse_button_clicked(self) -> None:
        start = str(Path(self.database_edit.text()).parent) if self.database_edit.text() else ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose database"),
            start,
            self.tr("Canteen databases (*.db *.sqlite);;All files (*)"),
        )
        if name:
            self.database_edit.setText(name)

    def choice(self) -> SettingsChoice:
        """The settings as chosen in the dialog."""
        return SettingsChoice(
            language=self.language_combo.currentData(),
            user_id=self.user_combo.currentData(),
            database_path=self.database_edit.text().strip(),
        )
