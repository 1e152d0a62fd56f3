"""Table model: one week of covers to type in, a row per day and a column per service.

A typed value the core refused stays in its cell, in red with the reason, until it is corrected:
nothing the user typed is lost.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from ui.models.numbers import whole
from ui.models.planner import PROBLEM_COLOUR, day_label, service_text
from ui.text import day_text

if TYPE_CHECKING:
    from canteen.services.covers import GridDay, WeekGrid

PROBLEM_BACKGROUND = QColor("#fbe9e7")
DAY_OFF_BACKGROUND = QColor("#eef1f4")
REASON_ROLE = Qt.ItemDataRole.UserRole + 1


class CoversGridModel(QAbstractTableModel):
    """Columns: each service the site offers, then a note (days off, events); `entered` fires
    with (day, service, text) when the user types a value: the page saves it."""

    entered = Signal(object, str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: WeekGrid | None = None
        self.today = date.today()
        self._covers: dict[tuple[date, str], int | None] = {}
        # (day, service) -> (what was typed, reason code); kept across weeks, cleared per site
        self._rejected: dict[tuple[date, str], tuple[str, str]] = {}
        self._reason_text = None
        self._kind_text = None

    def set_wording(self, reason_text, kind_text) -> None:
        """How a reason code and an event kind become words (the page's wording)."""
        self._reason_text, self._kind_text = reason_text, kind_text

    def set_grid(self, grid: WeekGrid | None, today: date | None = None) -> None:
        """Show a week (None: nothing)."""
        self.beginResetModel()
        self.grid = grid
        self.today = today or date.today()
        self._covers = (
            {(c.day, c.service): c.covers for d in grid.days for c in d.cells} if grid else {}
        )
        self.endResetModel()

    def forget_rejected(self) -> None:
        """Drop every refused entry (another site is shown)."""
        self._rejected.clear()

    @property
    def services(self) -> tuple[str, ...]:
        """The services shown as columns."""
        return self.grid.services if self.grid else ()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.grid is None else len(self.grid.days)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.services) + 1

    def key(self, index: QModelIndex) -> tuple[date, str] | None:
        """The (day, service) of a covers cell, or None for the note column."""
        if not index.isValid() or self.grid is None or index.column() >= len(self.services):
            return None
        return self.grid.days[index.row()].day, self.services[index.column()]

    def index_of(self, day: date, service: str) -> QModelIndex:
        """The cell of a day and service, if shown."""
        if self.grid is None or service not in self.services:
            return QModelIndex()
        for row, grid_day in enumerate(self.grid.days):
            if grid_day.day == day:
                return self.index(row, self.services.index(service))
        return QModelIndex()

    def covers(self, day: date, service: str) -> int | None:
        """The saved covers of a shown cell."""
        return self._covers.get((day, service))

    def totals(self) -> dict[str, int]:
        """The saved covers of the week per service."""
        return {
            service: sum(
                self._covers.get((grid_day.day, service)) or 0 for grid_day in self.grid.days
            )
            for service in self.services
        }

    def rejected_count(self) -> int:
        """How many cells of the shown week hold a refused entry."""
        if self.grid is None:
            return 0
        days = {grid_day.day for grid_day in self.grid.days}
        return sum(1 for day, _service in self._rejected if day in days)

    def rejected(self, index: QModelIndex) -> tuple[str, str] | None:
        """(typed text, reason code) of a refused entry in that cell, or None."""
        key = self.key(index)
        return self._rejected.get(key) if key else None

    def set_saved(self, day: date, service: str, covers: int | None) -> None:
        """A value was saved (typed, undone or redone): show it, forget any refusal."""
        self._rejected.pop((day, service), None)
        self._covers[(day, service)] = covers
        self._changed(day, service)

    def set_rejected(self, day: date, service: str, text: str, reason: str) -> None:
        """The core refused what was typed: keep the text in the cell with the reason."""
        self._rejected[(day, service)] = (text, reason)
        self._changed(day, service)

    def _changed(self, day: date, service: str) -> None:
        index = self.index_of(day, service)
        if index.isValid():
            self.dataChanged.emit(index, index)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            if section < len(self.services):
                return service_text(self.services[section])
            return self.tr("Note") if section == len(self.services) else None
        if not 0 <= section < len(self.grid.days):
            return None
        grid_day = self.grid.days[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return day_label(grid_day.day)
        if role == Qt.ItemDataRole.ToolTipRole:
            return day_text(grid_day.day, "long")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        # Future days take typing too: the core refuses it with the reason, and the text stays.
        if self.key(index) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None or not 0 <= index.row() < self.rowCount():
            return None
        grid_day = self.grid.days[index.row()]
        key = self.key(index)
        if key is None:
            return self._note_data(grid_day, role)
        refused = self._rejected.get(key)
        covers = self._covers.get(key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if refused is not None:
                return refused[0]
            if covers is None:
                return ""
            return whole(covers) if role == Qt.ItemDataRole.DisplayRole else str(covers)
        if role == REASON_ROLE:
            return refused[1] if refused else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if refused is not None and self._reason_text is not None:
                return self._reason_text(refused[1], refused[0])
            if key[0] > self.today:
                return self.tr("Covers can be entered from the day itself.")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and refused is not None:
            return PROBLEM_COLOUR
        if role == Qt.ItemDataRole.BackgroundRole:
            if refused is not None:
                return PROBLEM_BACKGROUND
            if grid_day.day_off or grid_day.closed or key[0] > self.today:
                return DAY_OFF_BACKGROUND
        return None

    def _note_data(self, grid_day: GridDay, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.BackgroundRole and (grid_day.day_off or grid_day.closed):
                return DAY_OFF_BACKGROUND
            return None
        parts = [grid_day.day_off] if grid_day.day_off else []
        kind_text = self._kind_text or str
        parts.extend(event.description or kind_text(event.kind) for event in grid_day.events)
        return " · ".join(parts)

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        key = self.key(index)
        if key is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value)
        unchanged = self._rejected.get(key) is None and text.strip() == self.data(index, role)
        if not unchanged:
            self.entered.emit(key[0], key[1], text)
        return True
