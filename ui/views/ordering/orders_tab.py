"""The "Orders" tab: stored orders filtered by status; the chosen order's lines, edited in
place while it is a draft (with undo), its status buttons, totals with VAT and exports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from canteen.db.models.purchasing import ORDER_STATUSES
from canteen.errors import CanteenError
from canteen.reports.purchase_order_rows import VAT_PERCENT, vat_of
from canteen.services.ordering.lifecycle import allowed_next
from ui import messages
from ui.models.numbers import kroner
from ui.models.ordering import OrdersModel
from ui.models.ordering_lines import OrderLinesModel
from ui.text import ERROR_STYLE, fill, language
from ui.views.ordering import order_jobs as jobs
from ui.views.ordering.grid import TypingGrid, list_view
from ui.views.ordering.stale_banner import StaleBanner
from ui.views.sync.read_only import refuse_edit_here
from ui.wording.ordering import edit_problem_text, export_problem_text, status_text
from ui.workers import run_task

if TYPE_CHECKING:
    from canteen.db.engine import Database

RECEIVABLE = ("sent", "confirmed", "partly_received")
EXPORTS = (("pdf", ".pdf"), ("csv", ".csv"), ("oioubl", ".xml"))


class OrdersTab(QWidget):
    """`receive_requested(order_id)` when the user asks to receive the chosen order;
    `orders_loaded` after the list is shown, `lines_loaded` after the chosen order's lines,
    `edited` after a draft edit (or its undo/redo) is saved and shown, `refused` when the core
    refused one, `exported(path)` after an export is written, `checked(recalculation)` after
    a draft was compared with its week's plan (None when it is not a suggestion's)."""

    receive_requested = Signal(str)
    orders_loaded = Signal()
    lines_loaded = Signal()
    edited = Signal()
    refused = Signal(str)
    checked = Signal(object)
    exported = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.site_id = ""
        self.today: Callable[[], date] = date.today
        self._request = 0
        self._keep = ""  # the order to choose again after a reload
        self._wanted = ""  # an order to choose once listed ("Ret…" on the sync page)
        self.orders = OrdersModel(self)
        self.lines = OrderLinesModel(self)
        self.undo_stack = QUndoStack(self)
        self._build()

    def _build(self) -> None:
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All"), None)
        for status in ORDER_STATUSES:
            self.status_combo.addItem(status_text(status), status)
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status_combo)
        self.send_button = QPushButton(self.tr("Mark as s&ent"))
        self.confirm_button = QPushButton(self.tr("Mark as con&firmed"))
        self.cancel_button = QPushButton(self.tr("Cance&l order…"))
        self.receive_button = QPushButton(self.tr("&Receive goods…"))
        self.moves = {
            "sent": self.send_button,
            "confirmed": self.confirm_button,
            "cancelled": self.cancel_button,
        }
        top = QHBoxLayout()
        top.addWidget(status_label)
        top.addWidget(self.status_combo)
        top.addStretch(1)
        for button in (*self.moves.values(), self.receive_button):
            button.setEnabled(False)
            top.addWidget(button)
        self.table = list_view()
        self.table.setModel(self.orders)
        self.detail_label = QLabel()
        font = self.detail_label.font()
        font.setBold(True)
        self.detail_label.setFont(font)
        self.hint_label = QLabel()
        self.stale_banner = StaleBanner()
        self.hint_label.setWordWrap(True)
        self.line_table = TypingGrid()
        self.line_table.setModel(self.lines)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.problem_label.setWordWrap(True)
        self.totals_label = QLabel()
        self.export_buttons = {
            "pdf": QPushButton(self.tr("Export &PDF…")),
            "csv": QPushButton(self.tr("Export &CSV…")),
            "oioubl": QPushButton(self.tr("Export &OIOUBL…")),
        }
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals_label)
        bottom.addStretch(1)
        for kind, button in self.export_buttons.items():
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, k=kind: self.export(k))
            bottom.addWidget(button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_label)
        detail_layout.addWidget(self.hint_label)
        detail_layout.addWidget(self.stale_banner)
        detail_layout.addWidget(self.line_table, 1)
        detail_layout.addWidget(self.problem_label)
        detail_layout.addLayout(bottom)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setStretchFactor(1, 2)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addWidget(split, 1)
        self._add_actions()
        self.status_combo.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.receive_button.clicked.connect(self._on_receive_clicked)
        for to, button in self.moves.items():
            button.clicked.connect(lambda _checked=False, t=to: self.move_to(t))
        self.lines.packs_typed.connect(self._on_packs_typed)
        self.stale_banner.button.clicked.connect(self.recalculate)

    def _add_actions(self) -> None:
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.remove_action = QAction(self.tr("Remove line"), self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.triggered.connect(self.remove_current_line)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(scope)
            self.addAction(action)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.line_table.addAction(self.remove_action)

    def set_site(self, database: Database | None, site_id: str) -> None:
        """List another site's orders."""
        self.database, self.site_id = database, site_id
        self.undo_stack.clear()
        self.reload()

    def reload(self) -> None:
        """Read the orders again; the chosen order stays chosen when it is still listed."""
        chosen = self.current_order()
        self._keep = chosen.number if chosen is not None else ""
        self.orders.set_rows([])
        self._show_order(None)
        if self.database is None or not self.site_id:
            return
        self._request += 1
        database, site_id, request = self.database, self.site_id, self._request
        status = self.status_combo.currentData()
        run_task(
            lambda: (request, jobs.load_orders(database, site_id, status)),
            on_result=self._on_loaded,
        )

    def _on_loaded(self, result) -> None:
        request, rows = result
        if request != self._request:
            return  # a newer list is on its way
        self.orders.set_rows(rows)
        self.table.resizeColumnsToContents()
        if rows:
            numbers = [x.number for x in rows]
            ids = [x.id for x in rows]
            if self._wanted in ids:
                self.table.selectRow(ids.index(self._wanted))
            else:
                self.table.selectRow(numbers.index(self._keep) if self._keep in numbers else 0)
            self._wanted = ""
        self.orders_loaded.emit()

    def show_order(self, order_id: str) -> None:
        """List every order again and choose `order_id` when it has loaded."""
        self._wanted = order_id
        if self.status_combo.currentIndex() != 0:
            self.status_combo.setCurrentIndex(0)  # "All": the order's status may be filtered out
        else:
            self.reload()

    def current_order(self):
        """The chosen order (OrderSummary), or None."""
        index = self.table.currentIndex()
        return self.orders.row_at(index.row()) if index.isValid() else None

    def _on_table_current_changed(self, _current, _previous) -> None:
        self._show_order(self.current_order())
        self._load_lines()

    def _show_order(self, order) -> None:
        self.lines.set_lines([], editable=False)
        self.problem_label.clear()
        self.totals_label.clear()
        self.hint_label.clear()
        self.stale_banner.show_for(None)
        status = order.status if order is not None else ""
        self.receive_button.setEnabled(status in RECEIVABLE)
        for to, button in self.moves.items():
            button.setEnabled(to in allowed_next(status))
        for button in self.export_buttons.values():
            button.setEnabled(order is not None)
        if order is None:
            self.detail_label.clear()
            return
        self.detail_label.setText(
            f"{order.number} · {order.supplier} · {status_text(order.status)}"
        )
        if status == "draft":
            self.hint_label.setText(
                self.tr(
                    "A draft can be changed: type the packs, Delete removes a line, Ctrl+Z undoes."
                )
            )

    def _load_lines(self) -> None:
        order = self.current_order()
        if order is None or self.database is None:
            return
        database = self.database
        run_task(lambda: jobs.load_lines(database, order.id), on_result=self._on_lines_loaded)

    def _on_lines_loaded(self, form) -> None:
        order = self.current_order()
        if order is None or form.order_id != order.id:
            return
        self.lines.set_lines(form.lines, editable=order.status == "draft")
        self.line_table.resizeColumnsToContents()
        net = sum(x.ordered_packs * x.pack_price_ore for x in form.lines)
        vat = vat_of(net)
        self.totals_label.setText(
            fill(
                self.tr("Net %1 · VAT %2 % %3 · Total %4"),
                kroner(net),
                VAT_PERCENT,
                kroner(vat),
                kroner(net + vat),
            )  # fmt: skip
        )
        row = self.table.currentIndex().row()
        self.orders.replace_row(row, replace(order, lines=len(form.lines), total_ore=net))
        self.lines_loaded.emit()
        if order.status == "draft":
            self._check_drafts(order.number)

    # Recalculation: a draft saved from a suggestion is compared with its week made again.

    def _now(self) -> datetime:
        return datetime.combine(self.today(), time(8, 0))  # as the suggestion tab computes

    def _check_drafts(self, number: str) -> None:
        database, site_id, now = self.database, self.site_id, self._now()
        run_task(
            lambda: (number, jobs.check_drafts(database, site_id, number, now)),
            on_result=self._on_checked,
            on_error=lambda _error: None,  # a failed check only leaves the notice hidden
        )

    def _on_checked(self, result) -> None:
        number, recalculation = result
        order = self.current_order()
        if order is None or order.number != number:
            return
        self.stale_banner.show_for(recalculation)
        self.checked.emit(recalculation)

    def recalculate(self) -> None:
        """Apply the shown recalculation to the week's drafts as one undoable step."""
        if refuse_edit_here(self):  # a district or central PC
            return
        recalculation = self.stale_banner.recalculation
        if self.database is None or recalculation is None or not recalculation.changes:
            return
        database, site_id = self.database, self.site_id
        self.stale_banner.button.setEnabled(False)
        run_task(
            lambda: jobs.recalculate(database, site_id, recalculation),
            on_result=self._on_recalculated,
            on_error=self._on_replay_failed,
        )

    def _on_recalculated(self, edit) -> None:
        text = self.tr("recalculate drafts")
        self.undo_stack.push(jobs.ReplayStep(text, edit.undo, edit.redo, self.replay_recalc))
        self._after_edit(every_order=True)

    def replay_recalc(self, states) -> None:
        """Undo or redo a recalculation, then show the lines again."""
        if self.database is None:
            return
        database, site_id = self.database, self.site_id
        run_task(
            lambda: jobs.replay_recalculation(database, site_id, states),
            on_result=lambda _none: self._after_edit(every_order=True),
            on_error=self._on_replay_failed,
        )

    # Draft edits: each saved edit becomes one undo step replaying the lines' recorded states.

    def _on_packs_typed(self, line_id: str, text: str) -> None:
        if self.database is None:
            return
        database, site_id = self.database, self.site_id
        run_task(
            lambda: jobs.type_packs(database, site_id, line_id, text),
            on_result=lambda edit: self._on_edit_saved(self.tr("change packs"), edit),
            on_error=lambda error: self._on_edit_refused(line_id, error),
        )

    def remove_current_line(self) -> None:
        """Remove the chosen line of a draft (Delete); Ctrl+Z brings it back."""
        if refuse_edit_here(self):  # a district or central PC
            return
        index = self.line_table.currentIndex()
        if self.database is None or not index.isValid() or not self.lines.editable:
            return
        line_id = self.lines.row_at(index.row()).line_id
        database, site_id = self.database, self.site_id
        run_task(
            lambda: jobs.drop_line(database, site_id, line_id),
            on_result=lambda edit: self._on_edit_saved(self.tr("remove line"), edit),
            on_error=lambda error: self._on_edit_refused(line_id, error),
        )

    def _on_edit_saved(self, text: str, edit) -> None:
        self.undo_stack.push(jobs.ReplayStep(text, edit.undo, edit.redo, self.replay))
        self._after_edit()

    def replay(self, states) -> None:
        """Put lines back into recorded states (an undo or redo), then show them again."""
        if self.database is None:
            return
        database, site_id = self.database, self.site_id
        run_task(
            lambda: jobs.put_lines(database, site_id, states),
            on_result=lambda _edit: self._after_edit(),
            on_error=self._on_replay_failed,
        )

    def _after_edit(self, *, every_order: bool = False) -> None:
        self.lines_loaded.connect(self._emit_edited, Qt.ConnectionType.SingleShotConnection)
        if every_order:
            self.reload()  # other drafts of the week changed too: their totals are listed
        else:
            self._load_lines()

    def _emit_edited(self) -> None:
        self.edited.emit()

    def _on_edit_refused(self, line_id: str, error: BaseException) -> None:
        if not isinstance(error, CanteenError):
            raise error
        text = edit_problem_text(error)
        self.lines.refuse(line_id, text)
        self.problem_label.setText(text)
        self.refused.emit(text)

    def _on_replay_failed(self, error: BaseException) -> None:
        # The order moved on (sent, say) since the edit: its steps can no longer be replayed.
        self.undo_stack.clear()
        if not isinstance(error, CanteenError):
            raise error
        self.problem_label.setText(edit_problem_text(error))
        self._load_lines()

    # Status and exports.

    def confirm_cancel(self, number: str) -> bool:
        """Ask before cancelling an order."""
        answer = messages.choose(
            self,
            self.tr("Cancel order"),
            fill(self.tr("Cancel order %1? It cannot be sent or received afterwards."), number),
            [
                ("cancel", self.tr("Cancel the order"), messages.ACCEPT),
                ("keep", self.tr("Keep it"), messages.REJECT),
            ],
            default="keep",
        )
        return answer == "cancel"

    def move_to(self, status: str) -> None:
        """Move the chosen order to `status` (a cancel is confirmed first)."""
        if refuse_edit_here(self):  # a district or central PC
            return
        order = self.current_order()
        if order is None or self.database is None or status not in allowed_next(order.status):
            return
        if status == "cancelled" and not self.confirm_cancel(order.number):
            return
        database, site_id = self.database, self.site_id
        # Edits of a draft cannot be replayed once it has left the draft status.
        self.undo_stack.clear()
        run_task(
            lambda: jobs.move_order(database, site_id, order.number, status),
            on_result=lambda _change: self.reload(),
        )

    def export(self, kind: str) -> None:
        """Ask where to save the chosen order in one format, and write it off the GUI thread."""
        order = self.current_order()
        if order is None or self.database is None:
            return
        suffix = dict(EXPORTS)[kind]
        filters = {
            "pdf": self.tr("PDF (*.pdf)"),
            "csv": self.tr("CSV (*.csv)"),
            "oioubl": self.tr("OIOUBL order (*.xml)"),
        }
        stem = self.tr("order")  # the file name starts with the word, in the user's language
        suggested = f"{stem}_{order.number}{suffix}"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the order"), suggested, filters[kind]
        )
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        database, site_id, today = self.database, self.site_id, self.today()
        lang = "da" if language() == "da" else "en"
        self.problem_label.clear()
        run_task(
            lambda: jobs.write_export(database, site_id, order.number, kind, lang, today, path),
            on_result=self.exported.emit,
            on_error=self._on_export_failed,
        )

    def _on_export_failed(self, error: BaseException) -> None:
        if not isinstance(error, CanteenError | OSError):
            raise error
        self.problem_label.setText(export_problem_text(error))

    def _on_receive_clicked(self) -> None:
        order = self.current_order()
        if order is not None:
            self.receive_requested.emit(order.id)
