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
    columns = {**known.columns, **{c: (version, device) for c in changed}}
    data = json.dumps({"_v": version, "_b": known.base, "cols": columns})
    values = {"table_name": table, "row_id": row_id, "versions": data}
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(field_version).values(**values)
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=["table_name", "row_id"], set_={"versions": data}
        )
    )
