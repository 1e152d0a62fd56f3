"""The manager's own numbers beside the forecast: each change is saved at once and undoable."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from canteen.errors import ValidationError
from canteen.services.covers import clear_override, set_override
from canteen.services.covers_import import parse_number
from ui.views.covers_area.saved_change import SavedChangeCommand

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
        number = parse_number(text)
    except ValidationError:
        raise ValidationError("not a number", reason="not_a_number", value=text) from None
    if number < 0:
        raise ValidationError("negative", reason="negative", value=text)
    if number != int(number):
        raise ValidationError("not whole", reason="not_whole", value=text)
    return int(number)


class OverrideEditor(QObject):
    """`saved(day, service, covers)` after a save, undo or redo; `rejected(day, service, text,
    reason)` when what was typed is not a number of covers."""

    saved = Signal(object, str, object)
    rejected = Signal(object, str, str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.site_id = ""
        self.undo_stack = QUndoStack(self)

    def set_site(self, database: Database | None, site_id: str) -> None:
        """Edit this site's overrides from now on."""
        if (database, site_id) != (self.database, self.site_id):
            self.undo_stack.clear()
        self.database, self.site_id = database, site_id

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
        if new != old:
            label = self.tr("Your number for %1").replace("%1", day.strftime("%d/%m"))
            change = (day, service, old, new)
            self.undo_stack.push(
                SavedChangeCommand(
                    partial(write_override, self.database, self.site_id),
                    change,
                    label,
                    self.saved.emit,
                )
            )
        self.saved.emit(day, service, new)
        return True
