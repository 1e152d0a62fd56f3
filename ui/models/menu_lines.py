"""Table model: a canteen's menu lines (dish of the day, vegetarian, soup…) per service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.models.planner import service_text
from ui.models.rows import RowsModel

NAME, NAME_EN, SERVICE, VEGETARIAN, ACTIVE = range(5)
COLUMNS = 5
INACTIVE = QColor("#8a8a8a")


class MenuLinesModel(RowsModel):
    """One row per line, in service and position order."""

    columns = COLUMNS

    def titles(self) -> tuple[str, ...]:
        """The column titles."""
        return (
            self.tr("Name"),
            self.tr("English name"),
            self.tr("Service"),
            self.tr("Vegetarian"),
            self.tr("In use"),
        )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return line.name
            if column == NAME_EN:
                return line.name_en
            if column == SERVICE:
                return service_text(line.service)
            if column == VEGETARIAN:
                return self.tr("Yes") if line.vegetarian else ""
            return self.tr("Yes") if line.active else self.tr("No")
        if role == Qt.ItemDataRole.ForegroundRole and not line.active:
            return QBrush(INACTIVE)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return line.code
        return None
