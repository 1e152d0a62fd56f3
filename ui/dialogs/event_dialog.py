"""Add or change a site event: a date range, what it is, and its expected effect on covers.

The dialog hands the values to a `save` callable; a refused event is explained in the dialog,
which stays open with everything the user entered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from canteen.db.models.covers import EVENT_KINDS
from canteen.errors import CanteenError
from ui.models.planner import service_text
from ui.text import ERROR_STYLE
from ui.wording.covers import event_error_text, event_kind_text

EARLIEST = QDate(1990, 1, 1)  # wider than the rule, so a wrong year is explained, not clamped


@dataclass(frozen=True)
class EventValues:
    """What the user entered."""

    start: date
    end: date
    kind: str
    effect_pct: float | None
    service: str | None
    description: str


class EventDialog(QDialog):
    """OK calls `save(values)`; a CanteenError is shown in place and the dialog stays open."""

    def __init__(
        self,
        save: Callable[[EventValues], object],
        services: tuple[str, ...],
        event=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.result_row = None
        self.setWindowTitle(self.tr("Change event") if event else self.tr("New event"))
        self.kind_combo = QComboBox()
        for kind in EVENT_KINDS:
            self.kind_combo.addItem(event_kind_text(kind), kind)
        self.start_edit = self._date_edit()
        self.end_edit = self._date_edit()
        self.effect_spin = QSpinBox()
        self.effect_spin.setRange(-100, 500)
        self.effect_spin.setSuffix(" %")
        self.effect_spin.setToolTip(
            self.tr("How many more (+) or fewer (−) covers than usual the event brings.")
        )
        self.service_combo = QComboBox()
        self.service_combo.addItem(self.tr("All services"), None)
        for service in services:
            self.service_combo.addItem(service_text(service), service)
        self.description_edit = QLineEdit()
        self.description_edit.setMaxLength(250)
        self.description_edit.setPlaceholderText(self.tr("For example “Course for 40, week 12”"))
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.kind_combo)
        form.addRow(self.tr("&From:"), self.start_edit)
        form.addRow(self.tr("&To:"), self.end_edit)
        form.addRow(self.tr("&Effect on covers:"), self.effect_spin)
        form.addRow(self.tr("&Service:"), self.service_combo)
        form.addRow(self.tr("&Description:"), self.description_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(self._on_input_changed)
        self.effect_spin.valueChanged.connect(self._on_input_changed)
        self._fill(event)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(EARLIEST)
        edit.setDate(QDate.currentDate())
        return edit

    def _fill(self, event) -> None:
        if event is None:
            self.kind_combo.setCurrentIndex(EVENT_KINDS.index("course"))
            self.effect_spin.setValue(20)
            return
        self.kind_combo.setCurrentIndex(EVENT_KINDS.index(event.kind))
        self.start_edit.setDate(QDate(event.start_date))
        self.end_edit.setDate(QDate(event.end_date))
        self.effect_spin.setValue(round(event.effect_pct or 0))
        found = self.service_combo.findData(event.service)
        self.service_combo.setCurrentIndex(max(found, 0))
        self.description_edit.setText(event.description)

    def _on_kind_combo_changed(self, _index: int) -> None:
        self.effect_spin.setEnabled(self.kind_combo.currentData() != "closed")
        self._on_input_changed()

    def _on_input_changed(self, *_args) -> None:
        self.error_label.hide()

    def values(self) -> EventValues:
        """The event as entered."""
        kind = self.kind_combo.currentData()
        effect = None if kind == "closed" else float(self.effect_spin.value())
        return EventValues(
            self.start_edit.date().toPython(),
            self.end_edit.date().toPython(),
            kind,
            effect,
            self.service_combo.currentData(),
            self.description_edit.text().strip(),
        )

    def accept(self) -> None:
        try:
            self.result_row = self._save(self.values())
        except CanteenError as error:
            self.error_label.setText(event_error_text(error))
            self.error_label.show()
            return
        super().accept()


def get_event(
    parent: QWidget | None,
    save: Callable[[EventValues], object],
    services: tuple[str, ...],
    event=None,
) -> tuple[object, bool]:
    """Ask for an event and save it; (the saved row, True) when the user pressed OK."""
    dialog = EventDialog(save, services, event, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.result_row if accepted else None), accepted
