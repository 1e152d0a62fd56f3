"""Saving typed covers: each saved entry goes on the undo stack; a refused one is reported."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from canteen.errors import CanteenError
from canteen.services.covers import CoverEntry, save_covers
from canteen.services.covers_import import parse_number
from ui.views.covers_area.saved_change import DayValueEditor

if TYPE_CHECKING:
    from canteen.db.engine import Database


def _save(database: Database, site_id: str, day: date, service: str, covers) -> None:
    result = save_covers(database, site_id, [CoverEntry(day, service, covers)])
    if result.rejected:
        raise CanteenError("the entry could not be written back", reason=result.rejected[0].reason)


class CoversEditor(DayValueEditor):
    """Saves one typed cell at a time: `saved(day, service, covers)` after a save, an undo or a
    redo; `rejected(day, service, text, reason)` when the core refused what was typed."""

    def enter(self, day: date, service: str, text: str, old: int | None) -> bool:
        """Save what the user typed in a cell; False when it was refused."""
        if self.database is None or not self.site_id:
            return False
        text = text.strip()
        result = save_covers(self.database, self.site_id, [CoverEntry(day, service, text)])
        if result.rejected:
            self.rejected.emit(day, service, text, result.rejected[0].reason)
            return False
        new = int(parse_number(text)) if text else None
        label = self.tr("Covers %1").replace("%1", day.strftime("%d/%m"))
        self.record(_save, (day, service, old, new), label)
        return True
