"""The manager's own numbers beside the forecast: each change is saved at once and undoable."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from canteen.domain.numbers import NumberProblem, read_whole
from canteen.errors import ValidationError
from canteen.services.covers import clear_override, set_override
from ui.text import day_text, fill
from ui.views.covers_area.saved_change import DayValueEditor

if TYPE_CHECKING:
    from canteen.db.engine import Database


def write_override(database: Database, site_id: str, day: date, service: str, covers) -> None:
    """Store `covers` as the override (None removes it)."""
    if covers is None:
        clear_override(database, site_id, day, service)
    else:
        set_override(database, site_id, day, service, covers)


def parse_override(text: str) -> int | None:
    """The number typed as an override (None when empty); ValidationError with a reason."""
    text = text.strip()
    if not text:
        return None
    try:
        number = read_whole(text)
    except NumberProblem as problem:
        raise ValidationError(str(problem), reason=problem.reason, value=text) from None
    if number < 0:
        raise ValidationError("negative", reason="negative", value=text)
    return number


class OverrideEditor(DayValueEditor):
    """`saved(day, service, covers)` after a save, undo or redo; `rejected(day, service, text,
    reason)` when what was typed is not a number of covers."""

    def enter(self, day: date, service: str, text: str, old: int | None) -> bool:
        """Save what was typed as the override of a day; False when refused."""
        if self.database is None or not self.site_id:
            return False
        try:
            new = parse_override(text)
            if new != old:
                write_override(self.database, self.site_id, day, service, new)
        except ValidationError as error:
            self.rejected.emit(day, service, text.strip(), error.data.get("reason", ""))
            return False
        label = fill(self.tr("changing your number for %1"), day_text(day))
        self.record(write_override, (day, service, old, new), label)
        return True
