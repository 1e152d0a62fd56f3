"""The Orders tab's work off the GUI thread, and its undo step for draft edits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.services.ordering.lifecycle import LineState, OrderEdit


def load_orders(database: Database, site_id: str, status: str | None):
    """The site's orders (worker thread)."""
    from canteen.services.ordering import list_orders

    return list_orders(database, site_id, statuses=[status] if status else None)


def load_lines(database: Database, order_id: str):
    """One order's lines (worker thread)."""
    from canteen.services.receiving import receipt_form

    return receipt_form(database, order_id)


def type_packs(database: Database, site_id: str, line_id: str, text: str) -> OrderEdit:
    """Save packs typed on a draft line (worker thread)."""
    from canteen.services.ordering.lifecycle import set_packs

    return set_packs(database, site_id, line_id, text)


def drop_line(database: Database, site_id: str, line_id: str) -> OrderEdit:
    """Remove a draft line (worker thread)."""
    from canteen.services.ordering.lifecycle import remove_line

    return remove_line(database, site_id, line_id)


def put_lines(database: Database, site_id: str, states: tuple[LineState, ...]) -> OrderEdit:
    """Put draft lines back into recorded states: an undo or a redo (worker thread)."""
    from canteen.services.ordering.lifecycle import apply_lines

    return apply_lines(database, site_id, states)


def move_order(database: Database, site_id: str, number: str, to: str):
    """Move an order to another status (worker thread)."""
    from canteen.services.ordering.lifecycle import change_status

    return change_status(database, site_id, number, to)


def write_export(
    database: Database, site_id: str, number: str, kind: str, language: str, today: date, path
) -> str:
    """Write an order in one export format to `path` (worker thread)."""
    from canteen.services.ordering.exports import export_order

    data = export_order(database, site_id, number, kind, language=language, printed_on=today)
    Path(path).write_bytes(data)
    return str(path)


def check_drafts(database: Database, site_id: str, number: str, now: datetime):
    """Whether the draft's week changed since it was saved: a Recalculation or None (worker)."""
    from canteen.services.ordering.recalc import recalculation_for

    return recalculation_for(database, site_id, number, now=now)


def recalculate(database: Database, site_id: str, recalculation):
    """Apply a recalculation to the week's drafts; returns its undo and redo (worker thread)."""
    from canteen.services.ordering.recalc import apply_changes

    return apply_changes(database, site_id, recalculation)


def replay_recalculation(database: Database, site_id: str, states) -> None:
    """Undo or redo a recalculation (worker thread)."""
    from canteen.services.ordering.recalc import replay

    replay(database, site_id, states)


class ReplayStep(QUndoCommand):
    """A change already saved; undo and redo hand its recorded states to `replay`.

    The first redo (QUndoStack.push calls it) does nothing: the change is in the database.
    """

    def __init__(self, text: str, undo, redo, replay: Callable[[tuple], None]) -> None:
        super().__init__(text)
        self.undo_states, self.redo_states, self.replay = undo, redo, replay
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.replay(self.redo_states)

    def undo(self) -> None:
        self.replay(self.undo_states)
