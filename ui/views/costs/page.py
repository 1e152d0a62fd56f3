"""The finance area ("Økonomi"): the cost report with drill-down, charts and exports."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.views.costs.entries_tab import EntriesTab
from ui.views.costs.report_tab import ReportTab


class CostsView(QWidget):
    """The report tab (and the ledger tabs); the main window calls `set_site` and `refresh`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.site_id = ""
        self.heading_label = QLabel(self.tr("Finance"))
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.report_tab = ReportTab()
        self.report_tab.today = context.today
        self.tabs = QTabWidget()
        self.tabs.addTab(self.report_tab, self.tr("&Report"))
        self.entries_tab = EntriesTab()
        self.entries_tab.today = context.today
        self.tabs.addTab(self.entries_tab, self.tr("&Entries"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.tabs, 1)

    @Slot(str)
    def set_site(self, site_id: str) -> None:
        """Work on `site_id` ('' when none is chosen)."""
        self.site_id = site_id
        self.report_tab.set_site(self.context.database, site_id, self.context.sites)
        self.entries_tab.set_site(self.context.database, site_id, self.context.sites)

    def select_row(self, table: str, row_id: str) -> bool:
        """Select a cost entry or a waste weighing in its month on the Entries tab; False for
        kinds this page lists elsewhere or not at all (sales, budgets, closed months)."""
        from ui.views.sync.fix import place

        if table not in ("cost_entry", "waste_record"):
            return False
        found = place(self.context, table, row_id)
        if found is None or not found.period:
            return False
        self.tabs.setCurrentWidget(self.entries_tab)
        self.entries_tab.show_line(found.period, row_id)
        return True

    def refresh(self) -> None:
        """Run the report again (F5)."""
        self.report_tab.show_report()
