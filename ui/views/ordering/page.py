"""The ordering area ("Bestilling"): suggestion, orders, goods receipt and stock count tabs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from canteen.domain.weeks import IsoWeek
from ui.context import AppContext
from ui.views.ordering.orders_tab import OrdersTab
from ui.views.ordering.receipt_tab import ReceiptTab
from ui.views.ordering.stock_tab import StockTab
from ui.views.ordering.suggestion_tab import SuggestionTab

SUGGESTION_TAB, ORDERS_TAB, RECEIPT_TAB, STOCK_TAB = range(4)


class OrderingView(QWidget):
    """Four tabs on the chosen site; the main window calls `set_site` and `refresh` (F5)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.site_id = ""
        self.heading_label = QLabel(self.tr("Ordering"))
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.suggestion_tab = SuggestionTab()
        self.orders_tab = OrdersTab()
        self.receipt_tab = ReceiptTab()
        self.stock_tab = StockTab()
        for tab in (self.suggestion_tab, self.orders_tab, self.receipt_tab, self.stock_tab):
            tab.today = context.today
        self.tabs = QTabWidget()
        self.tabs.addTab(self.suggestion_tab, self.tr("&Suggestion"))
        self.tabs.addTab(self.orders_tab, self.tr("&Orders"))
        self.tabs.addTab(self.receipt_tab, self.tr("&Goods receipt"))
        self.tabs.addTab(self.stock_tab, self.tr("Stock coun&t"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.tabs, 1)
        self.suggestion_tab.drafts_saved.connect(self.orders_tab.reload)
        self.orders_tab.receive_requested.connect(self.receive)
        self.receipt_tab.receipt_posted.connect(self.orders_tab.reload)
        self.receipt_tab.planner_requested.connect(self.open_planner)

    @Slot(str)
    def set_site(self, site_id: str) -> None:
        """Work on `site_id` ('' when none is chosen)."""
        self.site_id = site_id
        site = self.context.site()
        name = site.name if site is not None and site.id == site_id else ""
        heading = self.tr("Ordering")
        self.heading_label.setText(f"{heading} · {name}" if name else heading)
        database = self.context.database
        for tab in (self.suggestion_tab, self.orders_tab, self.receipt_tab, self.stock_tab):
            tab.set_site(database, site_id)

    def refresh(self) -> None:
        """Read orders and the count sheet again (F5)."""
        self.orders_tab.reload()
        self.stock_tab.reload()

    def select_row(self, table: str, row_id: str) -> bool:
        """Choose the order a synced row is (or belongs to); False for kinds not listed here."""
        from ui.views.sync.fix import place

        if table == "purchase_order":
            order_id = row_id
        elif table == "purchase_order_line":
            found = place(self.context, table, row_id)
            order_id = found.parent_id if found is not None else None
        else:
            return False
        if not order_id:
            return False
        self.tabs.setCurrentIndex(ORDERS_TAB)
        self.orders_tab.show_order(order_id)
        return True

    def receive(self, order_id: str) -> None:
        """Open the receipt form for an order."""
        self.tabs.setCurrentIndex(RECEIPT_TAB)
        self.receipt_tab.open_order(order_id)

    def open_planner(self, day: date) -> QWidget | None:
        """Show the menu planner at the week of `day` (the main window's Menus area)."""
        window = self.window()
        if not hasattr(window, "show_area"):
            return None
        menus = window.show_area("menus")
        menus.planner.go_to(IsoWeek.containing(day))
        return menus
