"""Table model: rows of a covers file as the import sees them — accepted, or rejected and why."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from ui.models.planner import PROBLEM_COLOUR

LINE, DAY, SERVICE, COVERS, RESULT = range(5)


@dataclass(frozen=True)
class ImportLine:
    """One row of the file: its line number, the cells as read or understood, and the problem
    ('' when the row can be imported)."""

    line: int
    day: str
    service: str
    covers: str
    problem: str = ""


class ImportRowsModel(QAbstractTableModel):
    """A row per file row; rejected rows are red with the reason in the last column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportLine] = []

    def set_rows(self, rows: Sequence[ImportLine]) -> None:
        """Show `rows`."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def line(self, row: int) -> ImportLine:
        """The file row shown on a row."""
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else RESULT + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Line"),
            self.tr("Date"),
            self.tr("Service"),
            self.tr("Covers"),
            self.tr("Result"),
        )
        return titles[section] if 0 <= section <= RESULT else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == RESULT:
                return row.problem or (
                    self.tr("OK") if role == Qt.ItemDataRole.DisplayRole else None
                )
            values = (str(row.line), row.day, row.service, row.covers)
            return values[column] if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ForegroundRole and row.problem:
            return PROBLEM_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LINE, COVERS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
