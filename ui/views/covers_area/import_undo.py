"""An import of covers as one undo step: undo puts back every day as it was, redo the import."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from canteen.services.covers import restore_headcounts
from ui.text import fill

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.services.covers_import import ImportReport


class ImportCommand(QUndoCommand):
    """Pushed after the import was saved, so the first redo does nothing; undo restores each
    day's old number (a day the import filled becomes a tombstone) and calls `applied`."""

    def __init__(
        self, database: Database, site_id: str, report: ImportReport, applied: Callable[[], None]
    ) -> None:
        text = QCoreApplication.translate("CoversTab", "importing covers for %1 days")
        super().__init__(fill(text, str(len(report.changes))))
        self._database, self._site_id, self._report = database, site_id, report
        self._applied = applied
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        restore_headcounts(self._database, self._site_id, [c.after for c in self._report.changes])
        self._done = True
        self._applied()

    def undo(self) -> None:
        restore_headcounts(self._database, self._site_id, [c.before for c in self._report.changes])
        self._done = False
        self._applied()
