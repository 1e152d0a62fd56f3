"""Per-column versions of site rows (SYNC.md §6.8): who last changed which column, and when.

Kept on the server only (`sync_field_version`), so the client models stay as they are. A row
without a record, or whose record describes an older row version (a write by another tool),
counts as every column changed at the row's version by an unknown origin: the row-level rule.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from canteen.sync.server.schema import field_version


@dataclass
class FieldVersions:
    """The versions of one row's columns: `columns` maps a column to (version, device id)."""

    base: int
    columns: dict[str, tuple[int, str | None]] = field(default_factory=dict)

    def of(self, column: str) -> tuple[int, str | None]:
        """(version, origin device) of `column`; untracked columns date from `base`."""
        return self.columns.get(column, (self.base, None))


def load(connection: Connection, table: str, row_id: str, row_version: int) -> FieldVersions:
    """The column versions of a row whose current version is `row_version`."""
    stored = connection.execute(
        select(field_version.c.versions).where(
            field_version.c.table_name == table, field_version.c.row_id == row_id
        )
    ).scalar()
    return _parse(stored, row_version)


def load_many(connection: Connection, table: str, rows: dict[str, int]) -> dict[str, FieldVersions]:
    """`load` for many rows of one table (row id -> current version), in one query per 500."""
    ids = list(rows)
    stored: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        stored.update(
            connection.execute(
                select(field_version.c.row_id, field_version.c.versions).where(
                    field_version.c.table_name == table,
                    field_version.c.row_id.in_(ids[start : start + 500]),
                )
            ).all()
        )
    return {row_id: _parse(stored.get(row_id), version) for row_id, version in rows.items()}


def _parse(stored: str | None, row_version: int) -> FieldVersions:
    # A record written for another row version is stale: the row-level rule applies.
    if stored is not None:
        data = json.loads(stored)
        if data.get("_v") == row_version:
            columns = {c: (v, d) for c, (v, d) in data.get("cols", {}).items()}
            return FieldVersions(data["_b"], columns)
    return FieldVersions(row_version)


def save(
    connection: Connection,
    table: str,
    row_id: str,
    known: FieldVersions,
    version: int,
    changed: list[str],
    device: str,
) -> None:
    """Record that `device` changed `changed` of the row at `version`."""
    save_many(connection, [record(table, row_id, known, version, changed, device)])


def record(
    table: str, row_id: str, known: FieldVersions, version: int, changed: list[str], device: str
) -> dict:
    """The `sync_field_version` row saying `device` changed `changed` of the row at `version`."""
    columns = {**known.columns, **{c: (version, device) for c in changed}}
    data = json.dumps({"_v": version, "_b": known.base, "cols": columns})
    return {"table_name": table, "row_id": row_id, "versions": data}


def save_many(connection: Connection, records: list[dict]) -> None:
    """Insert or replace `records` (from `record`, at most one per row) with one executemany."""
    if not records:
        return
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(field_version)
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=["table_name", "row_id"],
            set_={"versions": statement.excluded.versions},
        ),
        records,
    )
