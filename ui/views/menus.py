"""The Menus area: the week planner of the chosen canteen."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from canteen.domain.weeks import IsoWeek
from ui.context import AppContext
from ui.views.planner.view import PlannerView


class MenusView(QWidget):
    """Holds the week planner; the main window calls `set_site` and `refresh` (F5)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.planner = PlannerView(context, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.planner)

    @Slot(str)
    def set_site(self, site_id: str) -> None:
        """Plan the menus of `site_id`."""
        self.planner.set_site(site_id)

    def refresh(self) -> None:
        """Reload recipes and the shown week."""
        self.planner.refresh()

    def select_row(self, table: str, row_id: str) -> bool:
        """Show a planned dish's cell, or a week menu's week; False for kinds kept elsewhere
        (menu lines and cycles have no list of their own here)."""
        from canteen.services.menus.rows import CellKey
        from ui.views.sync.fix import place

        if table not in ("menu_item", "menu_plan"):
            return False
        found = place(self.context, table, row_id)
        if found is None or found.day is None:
            return False
        if table == "menu_plan":
            self.planner.go_to(IsoWeek.containing(found.day))
            return True
        if not found.service or not found.line_code:
            return False
        self.planner.show_cell(CellKey(found.day, found.service, found.line_code, found.position))
        return True
