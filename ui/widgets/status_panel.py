"""The status bar's permanent fields: database file, site, last sync and the demo data label."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.text import fill, moment_text

if TYPE_CHECKING:
    from ui.context import AppContext


class StatusPanel(QWidget):
    """Reads the context; `update_from(context)` refreshes every field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database_label = QLabel(self.tr("No database open"))
        self.site_label = QLabel("")
        self.sync_label = QLabel("")
        self.demo_label = QLabel(self.tr("Demo data"))
        self.demo_label.setObjectName("demoLabel")
        self.demo_label.setToolTip(
            self.tr("This database holds generated demo data, not real figures.")
        )
        # Palette, not a style sheet: a style sheet costs start-up time on first polish.
        palette = self.demo_label.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#f2c200"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#222222"))
        self.demo_label.setPalette(palette)
        self.demo_label.setAutoFillBackground(True)
        self.demo_label.setContentsMargins(8, 1, 8, 1)
        font = self.demo_label.font()
        font.setBold(True)
        self.demo_label.setFont(font)
        self.demo_label.setVisible(False)
        # A district or central PC: shown in the same yellow, so nobody expects to edit here.
        self.read_only_label = QLabel(self.tr("Read-only"))
        self.read_only_label.setToolTip(
            self.tr("This PC shows the canteens' data through sync and cannot change it.")
        )
        self.read_only_label.setPalette(palette)
        self.read_only_label.setAutoFillBackground(True)
        self.read_only_label.setContentsMargins(8, 1, 8, 1)
        self.read_only_label.setFont(font)
        self.read_only_label.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(16)
        for label in (
            self.read_only_label,
            self.demo_label,
            self.site_label,
            self.sync_label,
            self.database_label,
        ):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)

    def update_from(self, context: AppContext) -> None:
        """Show the context's database, site, last sync and demo state."""
        path = context.database_path
        if context.database is None or path is None:
            self.database_label.setText(self.tr("No database open"))
            self.database_label.setToolTip("")
        else:
            self.database_label.setText(fill(self.tr("Database: %1"), path.name))
            self.database_label.setToolTip(str(path))
        site = context.site()
        self.site_label.setText(fill(self.tr("Canteen: %1"), site.name) if site is not None else "")
        facts = context.facts
        if facts is None:
            self.sync_label.setText("")
        elif facts.last_sync is None:
            self.sync_label.setText(self.tr("Last sync: never"))
        else:
            text = moment_text(facts.last_sync)
            self.sync_label.setText(fill(self.tr("Last sync: %1"), text))
        self.demo_label.setVisible(bool(facts and facts.demo_data))
