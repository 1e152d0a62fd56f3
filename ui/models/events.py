"""Table model: a site's upcoming events (courses, operations, closed days…)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QObject, Qt

if TYPE_CHECKING:
    from canteen.services.overview import EventRow

COLUMNS = 4  # from–to, kind, description, effect


class EventsModel(QAbstractTableModel):
    """One row per event, soonest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EventRow] = []

    def set_rows(self, rows: Sequence[EventRow]) -> None:
        """Show `rows`."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def event_at(self, row: int) -> EventRow:
        """The event shown on a row."""
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("When"), self.tr("What"), self.tr("Description"), self.tr("Effect"))
        return titles[section] if 0 <= section < COLUMNS else None

    def kind_name(self, kind: str) -> str:
        """The event kind in the user's language."""
        names = {
            "closed": self.tr("Closed"),
            "course": self.tr("Course"),
            "operation": self.tr("Operation"),
            "visit": self.tr("Visit"),
            "building_works": self.tr("Building works"),
            "other": self.tr("Other"),
        }
        return names.get(kind, kind)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._period(row)
            if column == 1:
                return self.kind_name(row.kind)
            if column == 2:
                return row.description
            if column == 3:
                return self._effect(row)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _period(self, row: EventRow) -> str:
        locale = QLocale()
        start = locale.toString(QDate(row.start_date), QLocale.FormatType.ShortFormat)
        if row.end_date == row.start_date:
            return start
        end = locale.toString(QDate(row.end_date), QLocale.FormatType.ShortFormat)
        return f"{start} – {end}"

    def _effect(self, row: EventRow) -> str:
        if row.kind == "closed" or row.effect_pct is None:
            return self.tr("No covers") if row.kind == "closed" else ""
        percent = QLocale().toString(float(row.effect_pct), "f", 0)
        sign = "+" if row.effect_pct > 0 else ""
        return self.tr("%1 % covers").replace("%1", f"{sign}{percent}")
