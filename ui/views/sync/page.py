"""The Synkronisering page: what waits, when it last worked, refused changes and settled conflicts."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canteen.errors import CanteenError
from canteen.sync import status
from ui import messages
from ui.context import AppContext
from ui.models.sync import ConflictModel, RejectedModel
from ui.text import ERROR_STYLE, fill, moment_text
from ui.views.sync.state_text import area_of, problem_line
from ui.wording.sync import description_text, role_text, table_text


class SyncView(QWidget):
    """Shows the runner's status and lets the user sync now, enroll, fix or discard changes."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = context.sync
        self.site_id = ""
        self.enroll_dialog = None

        self.heading_label = QLabel(self.tr("Synchronisation"))
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading_label.setFont(font)

        self.server_label = QLabel()
        self.role_label = QLabel()
        self.last_ok_label = QLabel()
        self.pending_label = QLabel()
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.skew_label = QLabel()
        self.skew_label.setWordWrap(True)
        self.skew_label.setStyleSheet(ERROR_STYLE)
        facts = QFormLayout()
        facts.addRow(self.tr("Server:"), self.server_label)
        facts.addRow(self.tr("This PC:"), self.role_label)
        facts.addRow(self.tr("Last successful sync:"), self.last_ok_label)
        facts.addRow(self.tr("Waiting to be sent:"), self.pending_label)

        self.sync_button = QPushButton(self.tr("Synchronise now"))
        self.sync_button.setToolTip(self.tr("Send and fetch changes now (Ctrl+R)"))
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.enroll_button = QPushButton(self.tr("Enroll this PC…"))
        self.enroll_button.clicked.connect(self.open_enroll_dialog)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: a cycle does not know its length in advance
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.enroll_button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)

        self.rejected_model = RejectedModel(self)
        self.rejected_table = self._table(self.rejected_model)
        self.rejected_table.selectionModel().selectionChanged.connect(self._on_rejected_selection)
        self.fix_button = QPushButton(self.tr("Fix…"))
        self.fix_button.setToolTip(self.tr("Go to where the row can be corrected"))
        self.fix_button.clicked.connect(self._on_fix_button_clicked)
        self.retry_button = QPushButton(self.tr("Send again"))
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setToolTip(
            self.tr("Give up this PC's change; the server's version comes back at the next sync")
        )
        self.discard_button.clicked.connect(self._on_discard_button_clicked)
        rejected_buttons = QHBoxLayout()
        for button in (self.fix_button, self.retry_button, self.discard_button):
            rejected_buttons.addWidget(button)
        rejected_buttons.addStretch(1)
        self.rejected_box = QGroupBox(self.tr("Changes the server refused"))
        rejected_layout = QVBoxLayout(self.rejected_box)
        rejected_layout.addWidget(self.rejected_table)
        rejected_layout.addLayout(rejected_buttons)

        self.conflict_model = ConflictModel(self)
        self.conflict_table = self._table(self.conflict_model)
        self.conflicts_box = QGroupBox(self.tr("Conflicts the server settled"))
        conflicts_layout = QVBoxLayout(self.conflicts_box)
        conflicts_layout.addWidget(self.conflict_table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading_label)
        layout.addLayout(facts)
        layout.addWidget(self.state_label)
        layout.addWidget(self.skew_label)
        layout.addLayout(buttons)
        layout.addWidget(self.rejected_box, 1)
        layout.addWidget(self.conflicts_box, 1)

        if self.runner is not None:
            self.runner.changed.connect(self.show_status)
        self.show_status()

    def _table(self, model) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # --- showing ------------------------------------------------------------------------

    @Slot(str)
    def set_site(self, site_id: str) -> None:
        """The sync covers the whole file, whatever site is shown: just read it again."""
        self.site_id = site_id
        self.refresh()

    def refresh(self) -> None:
        """Read the status again (F5)."""
        if self.runner is not None and self.context.database is not None:
            self.runner.refresh()

    @Slot()
    def show_status(self) -> None:
        """Show what the runner last read."""
        runner = self.runner
        found = runner.status if runner is not None else None
        enrolled = bool(found and found.enrolled)
        running = bool(runner and runner.running)
        self.server_label.setText(found.server if enrolled and found.server else "–")
        self.role_label.setText(role_text(found.scope if enrolled else None))
        if found is None or found.last_ok is None:
            self.last_ok_label.setText(self.tr("never"))
        else:
            self.last_ok_label.setText(moment_text(found.last_ok))
        pending = found.pending if found is not None else 0
        self.pending_label.setText(
            self.tr("%n change(s)", "", pending) if pending else self.tr("nothing")
        )
        self.state_label.setText(self._state_line(found, running))
        self.skew_label.setVisible(bool(found and found.skew_warning))
        if found is not None and found.skew_warning:
            minutes = round(abs(found.clock_skew_s or 0) / 60)
            self.skew_label.setText(
                fill(
                    self.tr(
                        "This PC's clock is %1 minutes away from the server's. Set the clock "
                        "right, so changes are ordered correctly."
                    ),
                    minutes,
                )
            )
        self.sync_button.setEnabled(enrolled and not running)
        self.enroll_button.setVisible(self.context.database is not None and not enrolled)
        self.progress.setVisible(running)
        self.rejected_model.set_rows(found.rejected if found is not None else ())
        self.conflict_model.set_rows(found.conflicts if found is not None else ())
        self.rejected_box.setTitle(
            fill(self.tr("Changes the server refused (%1)"), len(self.rejected_model.rows()))
        )
        self.conflicts_box.setTitle(
            fill(self.tr("Conflicts the server settled (%1)"), len(self.conflict_model.rows()))
        )
        self._on_rejected_selection()

    def _state_line(self, found: status.SyncStatus | None, running: bool) -> str:
        if self.context.database is None:
            return self.tr("No database is open.")
        if found is None or not found.enrolled:
            return self.tr(
                "This PC is not enrolled. Ask the central office for an enrollment code and "
                "press “Enroll this PC…”."
            )
        if running:
            return self.tr("Synchronising…")
        line = problem_line(self.runner)
        if line:
            return line
        if found.read_only:
            return self.tr("This PC fetches its data and shows it read-only.")
        return self.tr("Synchronisation runs by itself every minute and after each change.")

    # --- actions ------------------------------------------------------------------------

    def selected_change(self) -> status.RejectedChange | None:
        """The rejected change chosen in the table."""
        rows = self.rejected_table.selectionModel().selectedRows()
        return self.rejected_model.row_at(rows[0].row()) if rows else None

    def _on_rejected_selection(self, *_args) -> None:
        chosen = self.selected_change() is not None
        for button in (self.fix_button, self.retry_button, self.discard_button):
            button.setEnabled(chosen)

    def _on_sync_button_clicked(self) -> None:
        if self.runner is not None:
            self.runner.sync_now()

    def _on_fix_button_clicked(self) -> None:
        change = self.selected_change()
        if change is None:
            return
        what = table_text(change.table)
        row = description_text(change.description) or change.row_id
        title, heading = self.tr("Fix the refused change"), fill(self.tr("%1: %2"), what, row)
        area = area_of(change.table)
        window = self.window()
        if area is None or not hasattr(window, "show_area"):
            messages.inform(
                self,
                title,
                heading,
                self.tr(
                    "This kind of data has no page of its own. Discard the change to get the "
                    "server's version back, or ask the central office."
                ),
            )
            return
        if not self._show_its_site(change):
            return
        page = window.show_area(area)
        selected = hasattr(page, "select_row") and page.select_row(change.table, change.row_id)
        if selected:
            advice = self.tr(
                "The row is selected on this page. Correct it and save: the change is then "
                "sent again. Or discard it on the Synchronisation page."
            )
        else:
            advice = self.tr(
                "Find the row on this page, correct it and save: the change is then sent "
                "again. Or discard it on the Synchronisation page."
            )
        messages.inform(window, title, heading, advice)

    def _show_its_site(self, change: status.RejectedChange) -> bool:
        """Show the canteen the row belongs to; False (and says why) when it cannot be shown."""
        from ui.views.sync.fix import place

        found = place(self.context, change.table, change.row_id)
        if found is None or not found.site_id or found.site_id == self.context.site_id:
            return True
        if found.site_id not in {site.id for site in self.context.sites}:
            messages.inform(
                self,
                self.tr("Fix the refused change"),
                fill(self.tr("%1: %2"), table_text(change.table), change.row_id),
                self.tr(
                    "The row belongs to a canteen this PC does not show. Discard the change: "
                    "the server keeps that canteen's own data."
                ),
            )
            return False
        window = self.window()
        if hasattr(window, "pages_may_leave") and not window.pages_may_leave():
            return False  # the user stays with their unsaved work
        self.context.set_site(found.site_id)
        return True

    def _act(self, action) -> None:
        change = self.selected_change()
        database = self.context.database
        if change is None or database is None:
            return
        try:
            action(database, change.table, change.row_id)
        except CanteenError as error:
            messages.show_error(self, error)
        self.refresh()

    def _on_retry_button_clicked(self) -> None:
        self._act(status.retry)
        if self.runner is not None:
            self.runner.sync_now()

    def _on_discard_button_clicked(self) -> None:
        change = self.selected_change()
        if change is None:
            return
        answer = messages.choose(
            self,
            self.tr("Discard the change?"),
            fill(
                self.tr("This PC's change of %1 (%2) is given up."),
                table_text(change.table),
                description_text(change.description) or change.row_id,
            ),
            [
                ("discard", self.tr("Discard"), messages.ACCEPT),
                ("keep", self.tr("Keep it"), messages.REJECT),
            ],
            informative=self.tr("The server's version comes back at the next synchronisation."),
            default="keep",
        )
        if answer != "discard":
            return
        self._act(status.discard)
        if self.runner is not None:
            self.runner.sync_now()

    def open_enroll_dialog(self):
        """Show the enrollment dialog (server address and code)."""
        from ui.views.sync.enroll_dialog import EnrollDialog

        if self.runner is None or self.context.database is None:
            return None
        dialog = EnrollDialog(self.runner, self)
        dialog.finished.connect(dialog.deleteLater)
        self.enroll_dialog = dialog
        dialog.open()
        return dialog
