"""Table model: the coming days' forecast of one service, with interval, override and why.

The override column is typed in; `override_entered(day, service, text)` fires and the page
saves it (an empty text removes the override).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ui.models.numbers import whole
from ui.models.planner import PROBLEM_COLOUR, day_label

if TYPE_CHECKING:
    from canteen.services.forecasting.stored import StoredForecast

DAY, FORECAST, INTERVAL, OVERRIDE, WHY = range(5)
OVERRIDE_BACKGROUND = QColor("#fff4d6")
PROBLEM_BACKGROUND = QColor("#fbe9e7")


class ForecastTableModel(QAbstractTableModel):
    """A row per coming day; an override shows in bold on a yellow cell."""

    override_entered = Signal(object, str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StoredForecast] = []
        self._refused: dict[date, tuple[str, str]] = {}
        self._why: Callable[[StoredForecast], str] = lambda row: ""
        self._reason: Callable[[str, str], str] = lambda reason, value: reason

    def set_wording(
        self, why: Callable[[StoredForecast], str], reason: Callable[[str, str], str]
    ) -> None:
        """How a row's effects and a refusal become words (the page's wording)."""
        self._why, self._reason = why, reason

    def set_rows(self, rows: Sequence[StoredForecast]) -> None:
        """Show `rows` (one service, by day)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._refused.clear()
        self.endResetModel()

    def rows(self) -> list[StoredForecast]:
        """The rows shown."""
        return list(self._rows)

    def row_of(self, day: date) -> int | None:
        """The row of a day, if shown."""
        return next((i for i, row in enumerate(self._rows) if row.day == day), None)

    def set_override(self, day: date, covers: int | None) -> None:
        """An override was saved or removed: show it."""
        row = self.row_of(day)
        if row is None:
            return
        self._refused.pop(day, None)
        self._rows[row] = dataclasses.replace(self._rows[row], override=covers)
        self.dataChanged.emit(self.index(row, 0), self.index(row, WHY))

    def set_refused(self, day: date, text: str, reason: str) -> None:
        """An override was refused: keep the typed text in the cell with the reason."""
        row = self.row_of(day)
        if row is not None:
            self._refused[day] = (text, reason)
            self.dataChanged.emit(self.index(row, OVERRIDE), self.index(row, OVERRIDE))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else WHY + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = (
                self.tr("Day"),
                self.tr("Forecast"),
                self.tr("Likely range"),
                self.tr("Your number"),
                self.tr("Why"),
            )
            return titles[section] if 0 <= section <= WHY else None
        if role == Qt.ItemDataRole.ToolTipRole and section == OVERRIDE:
            return self.tr("Type your own number to plan with instead of the forecast.")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == OVERRIDE else flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        refused = self._refused.get(row.day) if column == OVERRIDE else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return refused[0] if refused else self._text(row, column, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            if refused:
                return self._reason(refused[1], refused[0])
            return self._why(row) if column == WHY else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (FORECAST, INTERVAL, OVERRIDE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == OVERRIDE:
            if refused:
                return PROBLEM_BACKGROUND
            return OVERRIDE_BACKGROUND if row.override is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and refused:
            return PROBLEM_COLOUR
        if role == Qt.ItemDataRole.FontRole and column == OVERRIDE and row.override is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.day
        return None

    def _text(self, row: StoredForecast, column: int, role: int) -> str:
        if column == DAY:
            return day_label(row.day)
        if column == FORECAST:
            return whole(row.covers)
        if column == INTERVAL:
            return f"{whole(row.low)}–{whole(row.high)}"
        if column == OVERRIDE:
            if row.override is None:
                return ""
            return str(row.override) if role == Qt.ItemDataRole.EditRole else whole(row.override)
        return self._why(row)

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != OVERRIDE or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        self.override_entered.emit(row.day, row.service, "" if value is None else str(value))
        return True
