"""Table model: a canteen's menu lines (dish of the day, vegetarian, soup…) per service."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from canteen.services.menus.rows import MenuLineRow
from ui.models.planner import service_text

NAME, NAME_EN, SERVICE, VEGETARIAN, ACTIVE = range(5)
COLUMNS = 5
INACTIVE = QColor("#8a8a8a")


class MenuLinesModel(QAbstractTableModel):
    """One row per line, in service and position order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MenuLineRow] = []

    def set_rows(self, rows: Sequence[MenuLineRow]) -> None:
        """Show `rows`."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def line(self, row: int) -> MenuLineRow:
        """The line in a row."""
        return self._rows[row]

    def rows(self) -> list[MenuLineRow]:
        """Every line shown."""
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("English name"),
            self.tr("Service"),
            self.tr("Vegetarian"),
            self.tr("In use"),
        )
        return titles[section] if 0 <= section < COLUMNS else None

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
