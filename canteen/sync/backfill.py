"""Backfill after an upgrade (SYNC.md §6.11): what an older schema never pulled, pulled once more.

While a canteen PC ran an older schema, the server left out the tables and columns it did not
have, and its cursor moved past those rows. When its file is upgraded (canteen/db/lifecycle.py)
the new tables and columns are recorded here, in `local_info`; the next sync pulls those tables
again from 0, with a cursor of their own, up to where the main cursor stands (what comes after,
the main pull brings whole). A new table's rows are written whole; for a new column only that
column is set, on rows the PC has and has no local change to. The record goes when it is done.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, text

from canteen.sync import schema_map, state
from canteen.sync import tables as synced
from canteen.sync.apply import local_changes, upsert_rows

# local_info[state.BACKFILL]: {"tables": {table: [new columns] | null (a new table)}, "cursor": seq}
KEY = state.BACKFILL


@dataclass(frozen=True)
class Backfill:
    """What is still to pull again: table -> its new columns (None: the whole table), and where."""

    tables: dict[str, list[str] | None]
    cursor: int


def record_upgrade(connection: Connection, old: int, new: int) -> Backfill | None:
    """In the upgrade's transaction: note what schema `new` added to `old`, if the PC syncs."""
    if new <= old or not _enrolled(connection):
        return None
    added = schema_map.added_between(old, new)
    waiting = pending(connection)
    if waiting is not None:
        # An unfinished backfill from an earlier upgrade: both, from the start again.
        for table, columns in waiting.tables.items():
            if table not in added:
                added[table] = columns
            elif added[table] is None or columns is None:
                added[table] = None
            else:
                added[table] = sorted(set(added[table]) | set(columns))
    if not added:
        return None
    found = Backfill(added, 0)
    _save(connection, found)
    return found


def pending(connection: Connection) -> Backfill | None:
    """The backfill still to do, or None."""
    stored = state.get(connection, KEY)
    if not stored:
        return None
    found = json.loads(stored)
    return Backfill(dict(found["tables"]), int(found.get("cursor") or 0))


def advance(connection: Connection, cursor: int) -> None:
    """Keep how far the backfill got (with the page it applied), so an interruption resumes."""
    found = pending(connection)
    if found is not None:
        _save(connection, Backfill(found.tables, cursor))


def finish(connection: Connection) -> None:
    """The backfill is done (or no longer needed: a reset pulls everything again)."""
    state.delete(connection, KEY)


def apply_page(connection: Connection, plan: Backfill, changes: list[dict], upto: int) -> int:
    """Apply one backfill page's rows up to version `upto`; call inside `applying_remote`."""
    registry = synced.registry()
    busy = local_changes(connection)
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    whole: dict[str, list[dict]] = {}
    written = 0
    for change in changes:
        name = change["t"]
        table = registry.get(name)
        if table is None or name not in plan.tables or change["v"] > upto:
            continue
        if (name, change["id"]) in busy:
            continue
        columns = plan.tables[name]
        if columns is None:
            whole.setdefault(name, []).append(change["row"])
            continue
        row = change["row"]
        values = {c: synced.decode(table, c, row[c]) for c in columns if c in row}
        if values:
            t = table.table
            done = connection.execute(t.update().where(t.c.id == change["id"]).values(**values))
            written += done.rowcount
    for name, rows in whole.items():
        upsert_rows(connection, registry[name], rows)
        written += len(rows)
    return written


def _save(connection: Connection, found: Backfill) -> None:
    state.put(connection, KEY, json.dumps({"tables": found.tables, "cursor": found.cursor}))


def _enrolled(connection: Connection) -> bool:
    present = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'local_info'")
    ).scalar()
    return bool(present) and state.get(connection, state.DEVICE) is not None
