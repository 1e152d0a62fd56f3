"""The Menus area: the week planner of the chosen canteen."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

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
