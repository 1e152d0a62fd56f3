"""Numbers typed per day and service on the covers page, saved at once and undoable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from canteen.db.engine import Database

# write(day, service, value) stores a value (None: empty) through a service call.
Writer = Callable[[date, str, int | None], None]


class SavedChangeCommand(QUndoCommand):
    """A value for (day, service) changed from `old` to `new`; pushed after it was saved, so the
    first redo does nothing; undo and redo write through `write` and then call `applied`."""

    def __init__(
        self,
        write: Writer,
        change: tuple[date, str, int | None, int | None],
        text: str,
        applied: Writer,
    ) -> None:
        super().__init__(text)
        self.day, self.service, self.old, self.new = change
        self._write, self._applied = write, applied
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        self._write(self.day, self.service, self.new)
        self._done = True
        self._applied(self.day, self.service, self.new)

    def undo(self) -> None:
        self._write(self.day, self.service, self.old)
        self._done = False
        self._applied(self.day, self.service, self.old)


class DayValueEditor(QObject):
    """Saves one typed value at a time for the chosen site: `saved(day, service, value)` after a
    save, an undo or a redo; `rejected(day, service, text, reason)` when it was refused.
    Subclasses implement `enter` and call `record` after a successful save."""

    saved = Signal(object, str, object)
    rejected = Signal(object, str, str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.site_id = ""
        self.undo_stack = QUndoStack(self)
        # The clock that says which days have come (tests fix it).
        self.today: Callable[[], date] = date.today

    def set_site(self, database: Database | None, site_id: str) -> None:
        """Save into this site from now on (another site's values cannot be undone here)."""
        if (database, site_id) != (self.database, self.site_id):
            self.undo_stack.clear()
        self.database, self.site_id = database, site_id

    def record(self, write, change: tuple[date, str, int | None, int | None], label: str) -> None:
        """A value was saved: put the change on the undo stack (if it changed) and announce it.

        `write(database, site_id, day, service, value)` is what undo and redo call."""
        day, service, old, new = change
        if new != old:
            writer = partial(write, self.database, self.site_id)
            self.undo_stack.push(SavedChangeCommand(writer, change, label, self.saved.emit))
        self.saved.emit(day, service, new)
