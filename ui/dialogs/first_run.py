"""The first-run dialog: there is no database yet; create one (with demo data or empty) or open one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class FirstRunDialog(QDialog):
    """Emits `chosen` with 'demo', 'empty' or 'open'; rejecting it means quit."""

    chosen = Signal(str)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Kantine"))
        self.setModal(True)

        heading = QLabel(self.tr("There is no database yet"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "The program keeps all its data in one file on this computer. "
                "It will be created here:"
            )
        )
        intro.setWordWrap(True)
        self.path_label = QLabel(str(path))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demo_button = QRadioButton(self.tr("Create a new database with demo data"))
        demo_note = self._note(
            self.tr(
                "For trying the program: police districts, canteens, recipes, menus and two "
                "years of covers, all made up. The window shows clearly that it is demo data."
            )
        )
        self.empty_button = QRadioButton(self.tr("Create an empty database"))
        empty_note = self._note(
            self.tr("For real use: the data comes from synchronisation or is entered by hand.")
        )
        self.open_button = QRadioButton(self.tr("Open an existing database file…"))
        self.choices = QButtonGroup(self)
        for button in (self.demo_button, self.empty_button, self.open_button):
            self.choices.addButton(button)
        self.demo_button.setChecked(True)

        self.buttons = QDialogButtonBox()
        self.continue_button = self.buttons.addButton(
            self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.continue_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.path_label)
        layout.addSpacing(8)
        for widget in (
            self.demo_button,
            demo_note,
            self.empty_button,
            empty_note,
            self.open_button,
        ):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        note.setContentsMargins(24, 0, 0, 6)
        return note

    def choice(self) -> str:
        """'demo', 'empty' or 'open', as selected."""
        if self.empty_button.isChecked():
            return "empty"
        if self.open_button.isChecked():
            return "open"
        return "demo"

    def accept(self) -> None:
        """Close and report the choice."""
        super().accept()
        self.chosen.emit(self.choice())
