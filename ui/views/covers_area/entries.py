"""Saving typed covers: each saved entry goes on the undo stack; a refused one is reported, and
a figure far outside the site's usual range is held back until the user confirms it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal

from canteen.errors import CanteenError
from canteen.services.covers import IMPLAUSIBLE, CoverEntry, save_covers
from ui.text import day_text, fill
from ui.views.covers_area.saved_change import DayValueEditor

if TYPE_CHECKING:
    from canteen.db.engine import Database


def _save(database: Database, site_id: str, day: date, service: str, covers) -> None:
    # Undo and redo put back a figure the user already accepted: no second confirmation.
    entry = CoverEntry(day, service, covers, confirmed=True)
    result = save_covers(database, site_id, [entry], today=day)
    if result.rejected:
        raise CanteenError("the entry could not be written back", reason=result.rejected[0].reason)


class CoversEditor(DayValueEditor):
    """Saves one typed cell at a time: `saved(day, service, covers)` after a save, an undo or a
    redo; `rejected(day, service, text, reason)` when the core refused what was typed;
    `questioned(day, service, text, usual_range)` when the figure needs the user's confirmation."""

    questioned = Signal(object, str, str, object)

    def enter(
        self, day: date, service: str, text: str, old: int | None, *, confirmed: bool = False
    ) -> bool:
        """Save what the user typed in a cell; False when it was refused or needs confirming."""
        if self.database is None or not self.site_id:
            return False
        text = text.strip()
        entry = CoverEntry(day, service, text, confirmed=confirmed)
        result = save_covers(self.database, self.site_id, [entry], today=self.today())
        if result.rejected:
            refused = result.rejected[0]
            if refused.reason == IMPLAUSIBLE:
                self.questioned.emit(day, service, text, refused.usual)
            else:
                self.rejected.emit(day, service, text, refused.reason)
            return False
        new = result.written[0].covers
        label = fill(self.tr("changing covers on %1"), day_text(day))
        self.record(_save, (day, service, old, new), label)
        return True
