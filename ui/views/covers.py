"""The covers and forecast area: covers typed per day, events known in advance, the forecast."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.views.covers_area.covers_tab import CoversTab
from ui.views.covers_area.events_tab import EventsTab
from ui.views.covers_area.forecast_tab import ForecastTab

COVERS_TAB, EVENTS_TAB, FORECAST_TAB = range(3)


class CoversView(QWidget):
    """Three tabs on the chosen site; the main window calls `set_site` and `refresh` (F5)."""

    import_dialog_opened = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.site_id = ""
        self.import_dialog = None
        self.heading_label = QLabel(self.tr("Covers & forecast"))
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.covers_tab = CoversTab()
        self.events_tab = EventsTab()
        self.forecast_tab = ForecastTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.covers_tab, self.tr("&Covers"))
        self.tabs.addTab(self.events_tab, self.tr("&Events"))
        self.tabs.addTab(self.forecast_tab, self.tr("&Forecast"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.tabs, 1)
        self.covers_tab.import_requested.connect(self.open_import)
        self.events_tab.events_changed.connect(self._on_events_changed)

    def _services(self) -> tuple[str, ...]:
        site = self.context.site()
        return tuple(site.services) if site is not None and site.services else ("lunch",)

    @Slot(str)
    def set_site(self, site_id: str) -> None:
        """Show the covers, events and forecast of `site_id` ('' when none is chosen)."""
        self.site_id = site_id
        site = self.context.site()
        name = site.name if site is not None and site.id == site_id else ""
        heading = self.tr("Covers & forecast")
        self.heading_label.setText(f"{heading} · {name}" if name else heading)
        database = self.context.database
        self.covers_tab.set_site(database, site_id)
        self.events_tab.set_site(database, site_id, self._services())
        self.forecast_tab.set_site(database, site_id, self._services())

    def refresh(self) -> None:
        """Load everything again (F5)."""
        self.covers_tab.reload()
        self.events_tab.reload()
        self.forecast_tab.reload()

    def select_row(self, table: str, row_id: str) -> bool:
        """Show a synced row of this area: a day's covers cell, or an event; False when the
        row is not here or this page does not show its kind."""
        from ui.views.sync.fix import place

        found = place(self.context, table, row_id)
        if found is None or found.day is None:
            return False
        if table in ("headcount", "forecast_override", "forecast"):
            # An override or a stored forecast is about the same day and service as the covers.
            self.tabs.setCurrentIndex(COVERS_TAB)
            self.covers_tab.show_cell(found.day, found.service or self._services()[0])
            return True
        if table == "site_event":
            self.tabs.setCurrentIndex(EVENTS_TAB)
            self.events_tab.select_event(row_id)
            return True
        return False

    def open_import(self) -> None:
        """Open the import dialog for the shown site."""
        from ui.dialogs.covers_import import CoversImportDialog

        if self.context.database is None or not self.site_id:
            return
        dialog = CoversImportDialog(
            self.context.database, self.site_id, self, today=self.covers_tab.today()
        )
        dialog.imported.connect(self._on_import_dialog_imported)
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()
        self.import_dialog_opened.emit(dialog)

    def _on_import_dialog_imported(self, report) -> None:
        self.covers_tab.record_import(report)
        self.forecast_tab.reload()

    def _on_events_changed(self) -> None:
        self.covers_tab.reload()
