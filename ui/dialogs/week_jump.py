"""Go to a week: 'uge 48', '48 2027', '2026-W48' or a date; a wrong week is explained in place."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from canteen.domain.weeks import IsoWeek
from canteen.errors import ValidationError
from canteen.services.menus import parse_week_input
from ui.text import ERROR_STYLE, fill
from ui.wording.planner import input_error_text


class WeekDialog(QDialog):
    """Asks for a week; OK keeps the dialog open (and the text) until the week exists.

    With `offer_overwrite` (copying a week) it also asks whether planned cells may be replaced.
    """

    def __init__(
        self,
        reference: IsoWeek,
        *,
        title: str = "",
        prompt: str = "",
        offer_overwrite: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reference = reference
        self.week: IsoWeek | None = None
        self.setWindowTitle(title or self.tr("Go to week"))
        self.prompt_label = QLabel(prompt or self.tr("&Week or date:"))
        self.hint_label = QLabel(
            self.tr("For example “week 48”, “48 2027”, “2026-W48” or “23.11.2026”.")
        )
        self.hint_label.setWordWrap(True)
        self.hint_label.setEnabled(False)
        self.week_edit = QLineEdit()
        self.week_edit.setPlaceholderText(fill(self.tr("week %1"), str(reference.week)))
        self.prompt_label.setBuddy(self.week_edit)
        self.week_edit.textEdited.connect(self._on_week_edit_text_edited)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.overwrite_check = QCheckBox(self.tr("&Replace dishes already planned there"))
        self.overwrite_check.setVisible(offer_overwrite)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.week_edit)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.overwrite_check)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def _on_week_edit_text_edited(self, _text: str) -> None:
        self.error_label.hide()
        self.week_edit.setStyleSheet("")

    def accept(self) -> None:
        try:
            self.week = parse_week_input(self.week_edit.text(), self.reference)
        except ValidationError as error:
            self.week = None
            self.error_label.setText(input_error_text(error))
            self.error_label.show()
            self.week_edit.setStyleSheet("border: 1px solid #b3261e;")
            self.week_edit.setFocus()
            return
        super().accept()

    def overwrite(self) -> bool:
        """Whether planned cells may be replaced (copying a week)."""
        return self.overwrite_check.isChecked()


def get_week(
    parent: QWidget | None, reference: IsoWeek, title: str = ""
) -> tuple[IsoWeek | None, bool]:
    """Ask for a week; (the week, True) when the user gave one that exists."""
    dialog = WeekDialog(reference, title=title, parent=parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.week if accepted else None), accepted
