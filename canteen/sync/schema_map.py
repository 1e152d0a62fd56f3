"""Which synced tables and columns each schema version has, read from the real migrations.

SYNC.md §6.11: the server projects pulls and checks pushes against the client's schema version,
and a canteen PC upgraded from one version to another pulls again what the new one added
(backfill). Nothing here is kept by hand: an in-memory SQLite database is upgraded one revision
at a time with Alembic and the synced tables are read back after each step. Built once per
process, on first use (about 0.7 s); a client at the current version never needs it.
"""

from __future__ import annotations

import threading
from functools import cache

from sqlalchemy import Connection, inspect

# table -> the names of its columns
Columns = dict[str, frozenset[str]]

# Alembic's `op` and `context` are module-wide proxies: one migration run at a time per process.
_BUILDING = threading.Lock()


def current() -> int:
    """The schema version of this app (its newest migration's number)."""
    from canteen.sync.protocol import schema_version

    return schema_version()


def synced_columns(connection: Connection) -> Columns:
    """The synced tables a database has now, with their columns."""
    from canteen.sync.tables import registry

    names = set(registry())
    found = inspect(connection)
    return {
        table: frozenset(column["name"] for column in found.get_columns(table))
        for table in found.get_table_names()
        if table in names
    }


def versions() -> dict[int, Columns]:
    """Every schema version this app knows, with its synced tables and their columns."""
    with _BUILDING:
        return _build()


@cache
def _build() -> dict[int, Columns]:
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from canteen.db.lifecycle import alembic_config

    config = alembic_config()
    revisions = [s.revision for s in ScriptDirectory.from_config(config).walk_revisions()]
    engine = create_engine("sqlite://", poolclass=StaticPool)
    found: dict[int, Columns] = {}
    try:
        with engine.connect() as connection:
            config.attributes["connection"] = connection
            for revision in reversed(revisions):  # walk_revisions goes newest first
                command.upgrade(config, revision)
                found[int(revision)] = synced_columns(connection)
            connection.commit()
    finally:
        engine.dispose()
    return found


def columns_at(version: int) -> Columns:
    """The synced tables and columns of schema `version`; KeyError for a version never made."""
    return versions()[version]


def known_at(version: int) -> Columns | None:
    """What a client at `version` can hold, or None when it is this app's own version (all)."""
    if version == current():
        return None  # checked before anything is built: a current client costs nothing
    return columns_at(version)


def added_between(old: int, new: int) -> dict[str, list[str] | None]:
    """What schema `new` has that `old` had not: table -> its new columns, None for a new table."""
    before, after = columns_at(old), columns_at(new)
    added: dict[str, list[str] | None] = {}
    for table, columns in after.items():
        if table not in before:
            added[table] = None
        elif columns - before[table]:
            added[table] = sorted(columns - before[table])
    return added
