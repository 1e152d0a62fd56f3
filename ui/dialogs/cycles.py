"""Menu cycles: save planned weeks as an N-week rotation, apply one to a date range."""

from __future__ import annotations

from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from canteen.errors import CanteenError, ValidationError
from canteen.services import cycles
from canteen.services.menus import parse_week_input
from ui import messages
from ui.text import ERROR_STYLE, fill
from ui.wording.planner import input_error_text
from ui.workers import run_task

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.domain.weeks import IsoWeek
    from canteen.services.menus import PlanEdit

DEFAULT_APPLY_WEEKS = 8


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class SaveCycleDialog(QDialog):
    """Name, first week and number of weeks; OK saves (problems are shown in the dialog)."""

    def __init__(
        self, database: Database, site_id: str, week: IsoWeek, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database, self.site_id, self.reference = database, site_id, week
        self.saved: cycles.CycleDetail | None = None
        self.setWindowTitle(self.tr("Save weeks as a menu cycle"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Autumn rotation"))
        self.week_edit = QLineEdit(str(week))
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, 26)
        self.weeks_spin.setValue(4)
        self.weeks_spin.setSuffix(self.tr(" weeks"))
        self.error_label = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&First week:"), self.week_edit)
        form.addRow(self.tr("&Length:"), self.weeks_spin)
        note = QLabel(
            self.tr("The dishes planned in these weeks become the rotation, week by week.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        try:
            first = parse_week_input(self.week_edit.text(), self.reference)
            self.saved = cycles.save_cycle(
                self.database, self.site_id, self.name_edit.text(), first, self.weeks_spin.value()
            )
        except ValidationError as error:
            self.error_label.setText(input_error_text(error))
            self.error_label.show()
            return
        super().accept()


class ApplyCycleDialog(QDialog):
    """Pick a rotation and a date range; OK plans it in the background.

    `applied(edit)` fires with the `PlanEdit` (the planner puts it on its undo stack).
    """

    applied = Signal(object)

    def __init__(
        self, database: Database, site_id: str, week: IsoWeek, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database, self.site_id = database, site_id
        self.edit: PlanEdit | None = None
        self.task = None
        self.setWindowTitle(self.tr("Apply a menu cycle"))
        self.cycle_combo = QComboBox()
        self.delete_button = QPushButton(self.tr("&Delete cycle"))
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        first = week.monday()
        last = first + timedelta(weeks=DEFAULT_APPLY_WEEKS) - timedelta(days=1)
        self.first_edit = QDateEdit(QDate(first.year, first.month, first.day))
        self.last_edit = QDateEdit(QDate(last.year, last.month, last.day))
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.start_spin = QSpinBox()
        self.start_spin.setPrefix(self.tr("week "))
        self.overwrite_check = QCheckBox(self.tr("&Replace dishes already planned"))
        self.cycle_combo.currentIndexChanged.connect(self._on_cycle_combo_changed)
        self.error_label = _error_label()
        note = QLabel(
            self.tr(
                "Public holidays, customary days off and days the canteen is closed are left "
                "empty. Dishes already planned are kept unless you choose to replace them."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Cycle:"), self.cycle_combo)
        form.addRow("", self.delete_button)
        form.addRow(self.tr("&From:"), self.first_edit)
        form.addRow(self.tr("&To:"), self.last_edit)
        form.addRow(self.tr("&Start with:"), self.start_spin)
        form.addRow(self.overwrite_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.reload_cycles()

    def reload_cycles(self) -> None:
        """Fill the list of the site's rotations."""
        self.cycle_combo.clear()
        for row in cycles.list_cycles(self.database, self.site_id):
            label = fill(self.tr("%1 (%n weeks)", "", row.weeks), row.name)
            self.cycle_combo.addItem(label, row)
        has = self.cycle_combo.count() > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(has)
        self.delete_button.setEnabled(has)
        if not has:
            self.cycle_combo.addItem(self.tr("No cycles saved yet"))
            self.cycle_combo.setEnabled(False)

    def _on_cycle_combo_changed(self, _index: int) -> None:
        row = self.cycle_combo.currentData()
        weeks = row.weeks if row is not None else 1
        self.start_spin.setRange(1, weeks)

    def _on_delete_button_clicked(self) -> None:
        row = self.cycle_combo.currentData()
        if row is None:
            return
        answer = messages.choose(
            self,
            self.tr("Delete cycle"),
            fill(self.tr("Delete the cycle “%1”? Weeks already planned from it stay."), row.name),
            [
                ("delete", self.tr("Delete"), messages.ACCEPT),
                ("keep", self.tr("Keep"), messages.REJECT),
            ],
            default="keep",
        )
        if answer == "delete":
            cycles.delete_cycle(self.database, self.site_id, row.id)
            self.reload_cycles()

    def accept(self) -> None:
        row = self.cycle_combo.currentData()
        if row is None or self.task is not None:
            return
        job = partial(
            cycles.apply_cycle,
            self.database,
            self.site_id,
            row.id,
            self.first_edit.date().toPython(),
            self.last_edit.date().toPython(),
            start_index=self.start_spin.value() - 1,
            overwrite=self.overwrite_check.isChecked(),
        )
        self.buttons.setEnabled(False)
        self.error_label.hide()
        self.task = run_task(job, on_result=self._on_applied, on_error=self._on_failed)

    def _on_applied(self, edit: PlanEdit) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        self.edit = edit
        self.applied.emit(edit)
        super().accept()

    def _on_failed(self, error: BaseException) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.error_label.setText(input_error_text(error))
            self.error_label.show()
        elif isinstance(error, CanteenError):
            messages.show_error(self, error)
        else:
            from ui import errors

            errors.report(error, self)
