"""Helpers for "Ret…": where a refused row sits (read from the local file), for the pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from canteen.sync.locate import RowPlace
    from ui.context import AppContext


def place(context: AppContext, table: str, row_id: str) -> RowPlace | None:
    """The row's place on this PC, or None (no database, not synced, not here)."""
    from canteen.sync.locate import place_of  # loads SQLAlchemy: only when asked

    if context.database is None:
        return None
    return place_of(context.database, table, row_id)
