"""The "Orders" tab: stored orders filtered by status, and the chosen order's lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from canteen.db.models.purchasing import ORDER_STATUSES
from ui.models.ordering import OrderLinesModel, OrdersModel
from ui.views.ordering.grid import list_view
from ui.wording.ordering import status_text
from ui.workers import run_task

if TYPE_CHECKING:
    from canteen.db.engine import Database

RECEIVABLE = ("sent", "confirmed", "partly_received")


def load_orders(database: Database, site_id: str, status: str | None):
    """The site's orders (worker thread)."""
    from canteen.services.ordering import list_orders

    return list_orders(database, site_id, statuses=[status] if status else None)


def load_lines(database: Database, order_id: str):
    """One order's lines (worker thread)."""
    from canteen.services.receiving import receipt_form

    return receipt_form(database, order_id)


class OrdersTab(QWidget):
    """`receive_requested(order_id)` when the user asks to receive the chosen order;
    `orders_loaded` after the list is shown."""

    receive_requested = Signal(str)
    orders_loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.site_id = ""
        self._request = 0
        self.orders = OrdersModel(self)
        self.lines = OrderLinesModel(self)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All"), None)
        for status in ORDER_STATUSES:
            self.status_combo.addItem(status_text(status), status)
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status_combo)
        self.receive_button = QPushButton(self.tr("&Receive goods…"))
        self.receive_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(status_label)
        top.addWidget(self.status_combo)
        top.addStretch(1)
        top.addWidget(self.receive_button)
        self.table = list_view()
        self.table.setModel(self.orders)
        self.detail_label = QLabel()
        font = self.detail_label.font()
        font.setBold(True)
        self.detail_label.setFont(font)
        self.line_table = list_view()
        self.line_table.setModel(self.lines)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_label)
        detail_layout.addWidget(self.line_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.status_combo.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.receive_button.clicked.connect(self._on_receive_clicked)

    def set_site(self, database: Database | None, site_id: str) -> None:
        """List another site's orders."""
        self.database, self.site_id = database, site_id
        self.reload()

    def reload(self) -> None:
        """Read the orders again."""
        self.orders.set_rows([])
        self.lines.set_rows([])
        self.receive_button.setEnabled(False)
        self.detail_label.clear()
        if self.database is None or not self.site_id:
            return
        self._request += 1
        database, site_id, request = self.database, self.site_id, self._request
        status = self.status_combo.currentData()
        run_task(
            lambda: (request, load_orders(database, site_id, status)),
            on_result=self._on_loaded,
        )

    def _on_loaded(self, result) -> None:
        request, rows = result
        if request != self._request:
            return  # a newer list is on its way
        self.orders.set_rows(rows)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        self.orders_loaded.emit()

    def current_order(self):
        """The chosen order (OrderSummary), or None."""
        index = self.table.currentIndex()
        return self.orders.row_at(index.row()) if index.isValid() else None

    def _on_table_current_changed(self, current, _previous) -> None:
        order = self.current_order()
        self.receive_button.setEnabled(order is not None and order.status in RECEIVABLE)
        if order is None or self.database is None:
            return
        self.detail_label.setText(
            f"{order.number} · {order.supplier} · {status_text(order.status)}"
        )
        database = self.database
        run_task(lambda: load_lines(database, order.id), on_result=self._on_lines_loaded)

    def _on_lines_loaded(self, form) -> None:
        order = self.current_order()
        if order is not None and form.order_id == order.id:
            self.lines.set_rows(form.lines)

    def _on_receive_clicked(self) -> None:
        order = self.current_order()
        if order is not None:
            self.receive_requested.emit(order.id)
