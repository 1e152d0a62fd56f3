"""Where a synced row is shown: its site, day, service, parent row and month, for "Ret…".

The Synkronisering page lists refused changes by table and row id; the page that edits the
kind needs to know which week, cell, recipe or order to select. `place_of` reads that from the
row itself (one primary-key read, plus the menu line of a planned dish).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.sync import tables as synced

# The row a line belongs to: it is that row that the page selects.
PARENT_COLUMNS = {
    "recipe_line": "recipe_id",
    "purchase_order_line": "order_id",
    "goods_receipt_line": "receipt_id",
    "menu_cycle_item": "cycle_id",
    "menu_item": "menu_plan_id",
    "sale_adjustment": "sale_id",
}
_DAY_COLUMNS = ("day", "counted_on", "start_date", "order_date", "received_on")


@dataclass(frozen=True)
class RowPlace:
    """Enough of a row to find it on its page."""

    table: str
    row_id: str
    site_id: str | None
    day: date | None = None
    service: str | None = None
    parent_id: str | None = None
    period: str | None = None  # a ledger row's month, YYYY-MM
    line_code: str | None = None  # a planned dish's menu line
    position: int = 0


def place_of(db: Database, table_name: str, row_id: str) -> RowPlace | None:
    """The row's place, or None when the table is not synced or the row is not on this PC."""
    table = synced.registry().get(table_name)
    if table is None:
        return None
    t = table.table
    with db.engine.connect() as connection:
        found = connection.execute(select(t).where(t.c.id == row_id)).mappings().first()
        if found is None:
            return None
        # A plain dict of the table's own columns: the mapping also answers "<table>_id".
        row = {c.key: found[c.key] for c in t.c}
        line_code = None
        if table_name == "menu_item" and row.get("menu_line_id"):
            lines = synced.registry()["menu_line"].table
            line_code = connection.execute(
                select(lines.c.code).where(lines.c.id == row["menu_line_id"])
            ).scalar()
    day = next((row[c] for c in _DAY_COLUMNS if row.get(c) is not None), None)
    if day is None and row.get("iso_year") and row.get("iso_week"):
        day = date.fromisocalendar(int(row["iso_year"]), int(row["iso_week"]), 1)
    parent = PARENT_COLUMNS.get(table_name)
    return RowPlace(
        table=table_name,
        row_id=row_id,
        site_id=row.get("site_id"),
        day=day,
        service=row.get("service"),
        parent_id=row.get(parent) if parent else None,
        period=row.get("period") or (f"{day.year:04d}-{day.month:02d}" if day else None),
        line_code=line_code,
        position=int(row.get("position") or 0),
    )
