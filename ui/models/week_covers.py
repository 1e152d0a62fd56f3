"""Table model: covers per day for the last few ISO weeks (a row per week, a column per day)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt

from ui.text import fill

if TYPE_CHECKING:
    from canteen.services.overview import WeekCovers

DAYS = 7
NO_DATA = "–"


class WeekCoversModel(QAbstractTableModel):
    """Columns: week, Monday…Sunday, total; a day with no covers recorded shows a dash."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[WeekCovers] = []
        self._today: date | None = None

    def set_rows(self, rows: Sequence[WeekCovers], today: date | None = None) -> None:
        """Show `rows` (oldest week first); days after `today` stay blank rather than "none"."""
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def _is_future(self, row: WeekCovers, column: int) -> bool:
        if self._today is None or not 1 <= column <= DAYS:
            return False
        return row.week.monday() + timedelta(days=column - 1) > self._today

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else DAYS + 2

    def _day_names(self) -> tuple[str, ...]:
        return (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Week")
        if 1 <= section <= DAYS:
            return self._day_names()[section - 1]
        if section == DAYS + 1:
            return self.tr("Total")
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return fill(self.tr("Week %1, %2"), str(row.week.week), str(row.week.year))
            value = row.total if column == DAYS + 1 else row.days[column - 1]
            if value is None:
                return "" if self._is_future(row, column) else NO_DATA
            return QLocale().toString(int(value))
        if role == Qt.ItemDataRole.UserRole:
            if column == 0:
                return str(row.week)
            return row.total if column == DAYS + 1 else row.days[column - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
