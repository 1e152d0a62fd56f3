"""Undo commands of the planner: each wraps a `PlanEdit` and replays its undo or redo cells."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from canteen.services.menus import apply_cells

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.services.menus import CellKey, PlanEdit


class PlanEditCommand(QUndoCommand):
    """An edit the service has already made; undo and redo write its cells back.

    `applied(keys)` is called after every undo and redo with the cells touched, so the planner
    can show the week they are in and reload it.
    """

    def __init__(
        self,
        database: Database,
        edit: PlanEdit,
        text: str,
        applied: Callable[[list[CellKey]], None],
    ) -> None:
        super().__init__(text)
        self.database = database
        self.edit = edit
        self._applied = applied
        self._done = True  # the service call that made the edit already wrote it

    def keys(self) -> list[CellKey]:
        """The cells the edit touches."""
        return sorted({a.key for a in self.edit.redo} | {a.key for a in self.edit.undo})

    def redo(self) -> None:
        if self._done:
            return
        apply_cells(self.database, self.edit.site_id, self.edit.redo)
        self._done = True
        self._applied(self.keys())

    def undo(self) -> None:
        apply_cells(self.database, self.edit.site_id, self.edit.undo)
        self._done = False
        self._applied(self.keys())
