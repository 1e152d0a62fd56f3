"""The base of the app's list tables: a QAbstractTableModel over a list of frozen row objects."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt


class RowsModel(QAbstractTableModel):
    """Rows, row count, column count and horizontal titles; subclasses add `titles()` and `data()`.

    `columns` is the number of columns; `titles()` returns them translated (it is called with the
    subclass's `tr`, so each model keeps its own translation context).
    """

    columns = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def titles(self) -> Sequence[str]:
        """The column titles, translated."""
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show `rows`."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        """Every row shown, in model order."""
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        """The row object on a row."""
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.titles()[section] if 0 <= section < self.columns else None
