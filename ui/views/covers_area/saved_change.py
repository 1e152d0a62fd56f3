"""The undo step of the covers page: a number for one day and service, already saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoCommand

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
