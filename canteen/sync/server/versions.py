"""Commit-ordered server versions (SYNC.md §6.5).

Every transaction that writes synced rows first takes one transaction-scoped lock (PostgreSQL:
`pg_advisory_xact_lock`; SQLite has a single writer anyway), then draws versions from the
`sync_counter` row. The lock is held until commit, so a transaction that drew lower versions is
visible before any transaction that drew higher ones: `server_version > cursor` never skips a row.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

LOCK_KEY = 70101


def lock(connection: Connection) -> None:
    """Take the synced-writers lock until this transaction ends (no-op on SQLite)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})


def allocate(connection: Connection, count: int = 1) -> int:
    """Reserve `count` versions; returns the first (they run first .. first + count - 1)."""
    lock(connection)
    last = connection.execute(
        text("UPDATE sync_counter SET value = value + :n WHERE id = 1 RETURNING value"),
        {"n": count},
    ).scalar_one()
    return last - count + 1


def current(connection: Connection) -> int:
    """The highest version handed out so far."""
    return connection.execute(text("SELECT value FROM sync_counter WHERE id = 1")).scalar_one()
