"""Table model: rows of a covers file as the import sees them — accepted, or rejected and why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ui.models.planner import PROBLEM_COLOUR
from ui.models.rows import RowsModel

LINE, DAY, SERVICE, COVERS, RESULT = range(5)


@dataclass(frozen=True)
class ImportLine:
    """One row of the file: its line number, the cells as read or understood, and the problem
    ('' when the row can be imported); `note` says what importing it does (shown when no problem)."""

    line: int
    day: str
    service: str
    covers: str
    problem: str = ""
    note: str = ""


class ImportRowsModel(RowsModel):
    """A row per file row; rejected rows are red with the reason in the last column."""

    columns = RESULT + 1

    def titles(self) -> tuple[str, ...]:
        """The column titles."""
        return (
            self.tr("Line"),
            self.tr("Date"),
            self.tr("Service"),
            self.tr("Covers"),
            self.tr("Result"),
        )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == RESULT:
                return (
                    row.problem
                    or row.note
                    or (self.tr("OK") if role == Qt.ItemDataRole.DisplayRole else None)
                )
            values = (str(row.line), row.day, row.service, row.covers)
            return values[column] if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ForegroundRole and row.problem:
            return PROBLEM_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LINE, COVERS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
