"""Table model: a site's upcoming events (courses, operations, closed days…)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, Qt

from ui.models.rows import RowsModel
from ui.text import day_text, fill

if TYPE_CHECKING:
    from canteen.services.covers import EventRow

COLUMNS = 4  # from–to, kind, description, effect


class EventsModel(RowsModel):
    """One row per event, soonest first."""

    columns = COLUMNS

    def titles(self) -> tuple[str, ...]:
        """The column titles."""
        return (self.tr("When"), self.tr("What"), self.tr("Description"), self.tr("Effect"))

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
        start = day_text(row.start_date)
        if row.end_date == row.start_date:
            return start
        end = day_text(row.end_date)
        return f"{start} – {end}"

    def _effect(self, row: EventRow) -> str:
        if row.kind == "closed" or row.effect_pct is None:
            return self.tr("No covers") if row.kind == "closed" else ""
        percent = QLocale().toString(float(row.effect_pct), "f", 0)
        sign = "+" if row.effect_pct > 0 else ""
        return fill(self.tr("%1 % covers"), f"{sign}{percent}")
