"""The planner's edits: each calls a service, and what changed goes on the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from canteen.errors import CanteenError
from canteen.services import menus
from ui.text import fill
from ui.views.planner.commands import PlanEditCommand
from ui.views.sync.read_only import refuse_edit_here
from ui.workers import run_task

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.domain.weeks import IsoWeek
    from canteen.services.menus import CellKey, PlanEdit


class PlanEditor(QObject):
    """Edits one site's plan; `edited(key)` after each (the cell to select, or None),
    `failed(error, key)` when the core refused it, `applied(keys)` after undo or redo."""

    edited = Signal(object, object)  # the cell to select (or None), the PlanEdit
    failed = Signal(object, object)  # CanteenError, the cell it was about (or None)
    applied = Signal(object)  # list of CellKey touched by an undo or redo

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.site_id = ""
        self.undo_stack = QUndoStack(self)
        self.task = None

    def set_site(self, database: Database | None, site_id: str) -> None:
        """Edit this site's plan from now on (edits of another site cannot be undone here)."""
        if (database, site_id) != (self.database, self.site_id):
            self.undo_stack.clear()
        self.database, self.site_id = database, site_id

    def _push(self, edit: PlanEdit, text: str) -> None:
        if edit.changed:
            self.undo_stack.push(PlanEditCommand(self.database, edit, text, self.applied.emit))

    def _run(self, text: str, call: Callable[[], PlanEdit], select: CellKey | None) -> bool:
        if self.database is None or not self.site_id or refuse_edit_here(self.parent()):
            return False
        try:
            edit = call()
        except CanteenError as error:
            self.failed.emit(error, select)
            return False
        self._push(edit, text)
        self.edited.emit(select, edit)
        return True

    def set_recipe(self, key: CellKey, recipe_id: str) -> bool:
        """Plan a recipe in a cell (portions: those of the dish replaced, else the default)."""
        call = partial(menus.set_cell, self.database, self.site_id, key, recipe_id)
        return self._run(self.tr("planning a dish"), call, key)

    def clear(self, key: CellKey) -> bool:
        """Empty a cell."""
        call = partial(menus.clear_cell, self.database, self.site_id, key)
        return self._run(self.tr("clearing a cell"), call, key)

    def move(self, source: CellKey, target: CellKey) -> bool:
        """Move a dish (swapping with one already in the target)."""
        call = partial(menus.move_cell, self.database, self.site_id, source, target)
        return self._run(self.tr("moving a dish"), call, target)

    def set_portions(self, key: CellKey, text: str) -> bool:
        """Change the planned portions of a dish to what the user typed."""
        call = partial(menus.set_portions, self.database, self.site_id, key, text)
        return self._run(self.tr("changing portions"), call, key)

    def copy_week(self, source: IsoWeek, target: IsoWeek, overwrite: bool) -> None:
        """Copy a week in the background; `edited` fires when done."""
        job = partial(
            menus.copy_week, self.database, self.site_id, source, target, overwrite=overwrite
        )
        text = fill(self.tr("copying week %1 to week %2"), str(source.week), str(target.week))
        self._background(job, text)

    def _background(self, job: Callable[[], PlanEdit], text: str) -> None:
        if self.database is None or not self.site_id or self.task is not None:
            return
        if refuse_edit_here(self.parent()):  # a district or central PC
            return
        self.task = run_task(
            job, on_result=partial(self._on_bulk_done, text), on_error=self._on_bulk_failed
        )

    def push_done(self, edit: PlanEdit, text: str) -> None:
        """Put an edit made elsewhere (applying a cycle) on the undo stack."""
        self._push(edit, text)
        self.edited.emit(None, edit)

    def _on_bulk_done(self, text: str, edit: PlanEdit) -> None:
        self.task = None
        self.push_done(edit, text)

    def _on_bulk_failed(self, error: BaseException) -> None:
        self.task = None
        if isinstance(error, CanteenError):
            self.failed.emit(error, None)
        else:
            from ui import errors

            errors.report(error)
