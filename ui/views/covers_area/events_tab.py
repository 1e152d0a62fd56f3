"""The "Events" tab: a site's closures, courses, large operations and visits, known in advance."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canteen.errors import CanteenError
from canteen.services import covers
from ui import messages
from ui.dialogs.event_dialog import EventDialog, EventValues
from ui.models.events import EventsModel
from ui.workers import run_task

if TYPE_CHECKING:
    from canteen.db.engine import Database


class EventsTab(QWidget):
    """Lists the events, newest first; `events_loaded` after each load, `events_changed` after an
    add, change or delete (the grid and the forecast depend on them)."""

    events_loaded = Signal()
    events_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.site_id = ""
        self.services: tuple[str, ...] = ("lunch",)
        self.dialog: EventDialog | None = None
        self._request = 0
        self._wanted: str | None = None  # an event to select once the list is loaded
        self.model = EventsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&New event…"))
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.hint_label = QLabel(
            self.tr(
                "Events known in advance change the forecast: a closed day has no covers, a "
                "course or an operation brings more (+ %), a holiday week fewer (− %)."
            )
        )
        self.hint_label.setWordWrap(True)
        self.hint_label.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint_label)
        self.add_button.clicked.connect(partial(self.open_dialog, None))
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.table.doubleClicked.connect(self._on_edit_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_site(self, database: Database | None, site_id: str, services: tuple[str, ...]) -> None:
        """Show the events of `site_id`."""
        self.database, self.site_id, self.services = database, site_id, services or ("lunch",)
        self.reload()

    def reload(self) -> None:
        """Load the events again."""
        if self.database is None or not self.site_id:
            self.model.set_rows([])
            self._update_buttons()
            return
        self._request += 1
        run_task(
            partial(covers.list_events, self.database, self.site_id),
            on_result=partial(self._on_loaded, self._request, self.site_id),
        )

    def _on_loaded(self, request: int, site_id: str, rows) -> None:
        if request != self._request or site_id != self.site_id:
            return
        self.model.set_rows(sorted(rows, key=lambda e: e.start_date, reverse=True))
        self._select_wanted()
        self._update_buttons()
        self.events_loaded.emit()

    def select_event(self, event_id: str) -> None:
        """Select an event's row (now, or when the list has loaded)."""
        self._wanted = event_id
        self._select_wanted()

    def _select_wanted(self) -> None:
        rows = [row.id for row in self.model.rows()]
        if self._wanted in rows:
            self.table.selectRow(rows.index(self._wanted))
            self._wanted = None

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self, *_args) -> None:
        chosen = self._selected_row() is not None
        self.add_button.setEnabled(bool(self.site_id))
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def open_dialog(self, event=None) -> EventDialog:
        """Open the event dialog (a new event, or `event` to change)."""
        save = partial(self._save, event.id if event else None)
        dialog = EventDialog(save, self.services, event, self)
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save(self, event_id: str | None, values: EventValues):
        fields = {
            "kind": values.kind,
            "effect_pct": values.effect_pct,
            "service": values.service,
            "description": values.description,
        }
        if event_id is None:
            return covers.add_event(self.database, self.site_id, values.start, values.end, **fields)
        return covers.update_event(
            self.database, event_id, start_date=values.start, end_date=values.end, **fields
        )

    def _on_dialog_accepted(self) -> None:
        self.dialog = None
        self.reload()
        self.events_changed.emit()

    def _on_edit_button_clicked(self, *_args) -> None:
        row = self._selected_row()
        if row is not None:
            self.open_dialog(self.model.row_at(row))

    def _on_delete_button_clicked(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        event = self.model.row_at(row)
        answer = messages.choose(
            self,
            self.tr("Delete event"),
            self.tr("Delete the event “%1”?").replace(
                "%1", event.description or self.model.kind_name(event.kind)
            ),
            [
                ("delete", self.tr("Delete"), messages.ACCEPT),
                ("keep", self.tr("Keep"), messages.REJECT),
            ],
            default="keep",
        )
        if answer != "delete":
            return
        try:
            covers.delete_event(self.database, event.id)
        except CanteenError as error:  # deleted meanwhile, perhaps on another PC
            messages.show_error(self, error)
        self.reload()
        self.events_changed.emit()
