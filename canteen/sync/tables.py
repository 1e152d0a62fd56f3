"""The synced tables, read from the models' metadata: owner, scope columns, and the wire codec.

Generic: a table that joins the sync later needs only its model (`Synced` + `sync_owner`).
Values travel as JSON: UUIDs and text as strings, dates `YYYY-MM-DD`, instants ISO-8601 UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache

from sqlalchemy import Table

from canteen.db.base import CENTRAL, DISTRICT, SHARED, SITE, Base

# Columns the server stamps itself; a push may not set them.
SERVER_COLUMNS = frozenset({"id", "server_version", "updated_at"})


@dataclass(frozen=True)
class SyncTable:
    """One synced table: its Core table, owner kind and the columns a push may write."""

    name: str
    table: Table
    owner: str

    @property
    def has_site(self) -> bool:
        """Whether the rows carry a `site_id` (site, shared and most district tables)."""
        return "site_id" in self.table.c

    @property
    def has_district(self) -> bool:
        """Whether the rows carry a `district_id`."""
        return "district_id" in self.table.c

    @property
    def writable_columns(self) -> frozenset[str]:
        """The columns a site's push may set."""
        return frozenset(c.name for c in self.table.c) - SERVER_COLUMNS


@cache
def registry() -> dict[str, SyncTable]:
    """Every synced table by name, in foreign-key order (parents first)."""
    import canteen.db.models  # noqa: F401  (registers every table)

    owners = {
        mapper.class_.__tablename__: mapper.class_.sync_owner
        for mapper in Base.registry.mappers
        if hasattr(mapper.class_, "sync_owner")
    }
    return {
        t.name: SyncTable(t.name, t, owners[t.name])
        for t in Base.metadata.sorted_tables
        if t.name in owners
    }


def site_writable(table: SyncTable) -> bool:
    """Whether a site's device may push rows of this table (its own site's rows only)."""
    return table.owner in (SITE, SHARED)


def central_kind(table: SyncTable) -> bool:
    """Master data: central and district tables, written only centrally."""
    return table.owner in (CENTRAL, DISTRICT)


def encode(value: object) -> object:
    """A column value as JSON."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value


def encode_row(table: SyncTable, row) -> dict:
    """A database row (mapping) as a JSON object of every column."""
    return {c.name: encode(row[c.name]) for c in table.table.c}


def decode(table: SyncTable, column: str, value: object) -> object:
    """A JSON value as the Python value of `table.column`; ValueError when it cannot be."""
    if value is None:
        return None
    kind = _python_type(table.name, column)
    if kind is datetime:
        if not isinstance(value, str):
            raise ValueError(column)
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    if kind is date:
        if not isinstance(value, str):
            raise ValueError(column)
        return date.fromisoformat(value)
    if kind is bool:
        if not isinstance(value, bool | int):
            raise ValueError(column)
        return bool(value)
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(column)
        return value
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(column)
        return float(value)
    if not isinstance(value, str) or not _storable(value):
        raise ValueError(column)
    return value


def _storable(value: str) -> bool:
    # PostgreSQL text takes no NUL, and a lone surrogate (valid JSON escape) is no UTF-8.
    if "\x00" in value:
        return False
    try:
        value.encode()
    except UnicodeEncodeError:
        return False
    return True


def decode_row(table: SyncTable, values: dict) -> dict:
    """A JSON object as column values; ValueError naming the first column that is wrong."""
    return {name: decode(table, name, value) for name, value in values.items()}


@cache
def _python_type(table: str, column: str) -> type:
    col = registry()[table].table.c[column]
    type_name = type(col.type).__name__
    if type_name == "UtcTimestamp":
        return datetime
    if type_name in ("Guid",):
        return str
    try:
        return col.type.python_type
    except NotImplementedError:
        return str
