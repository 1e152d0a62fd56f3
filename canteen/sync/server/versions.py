"""Commit-ordered server versions (SYNC.md §6.5).

Every transaction that writes synced rows first takes one transaction-scoped lock (PostgreSQL:
`pg_advisory_xact_lock`; SQLite has a single writer anyway), then draws versions from the
`sync_counter` row. The lock is held until commit, so a transaction that drew lower versions is
visible before any transaction that drew higher ones: `server_version > cursor` never skips a row.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

LOCK_KEY = 70101
# connection.info key of the block `reserve` drew: (its transaction, next free, last).
_BLOCK = "canteen.sync.version_block"


def lock(connection: Connection) -> None:
    """Take the synced-writers lock until this transaction ends (no-op on SQLite)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})


def reserve(connection: Connection, count: int) -> None:
    """Draw `count` versions now, for this transaction's later `allocate(…, 1)` calls.

    A push of 500 ops otherwise spends two round trips per op on the lock and the counter.
    Call it outside any savepoint: a rolled-back savepoint would undo the counter's bump but
    not the block kept here. Unused versions are gaps, which `server_version > cursor` allows.
    """
    if count < 1 or connection.in_nested_transaction():
        return
    first = _draw(connection, count)
    connection.info[_BLOCK] = (connection.get_transaction(), first, first + count - 1)


def allocate(connection: Connection, count: int = 1) -> int:
    """Reserve `count` versions; returns the first (they run first .. first + count - 1)."""
    block = connection.info.get(_BLOCK)
    if block is not None:
        owner, first, last = block
        if owner is connection.get_transaction() and owner.is_active and first + count - 1 <= last:
            connection.info[_BLOCK] = (owner, first + count, last)
            return first
        del connection.info[_BLOCK]
    return _draw(connection, count)


def checkpoint(connection: Connection) -> object:
    """This transaction's unused version block as it is now, for `rewind`."""
    return connection.info.get(_BLOCK)


def rewind(connection: Connection, saved: object) -> None:
    """Give back the versions `allocate` handed out since `checkpoint` returned `saved`.

    For work rolled back to a savepoint taken after the checkpoint and redone: it draws the
    same versions again, so the redo answers exactly as if it had run first.
    """
    if saved is None:
        connection.info.pop(_BLOCK, None)
    else:
        connection.info[_BLOCK] = saved


def _draw(connection: Connection, count: int) -> int:
    lock(connection)
    last = connection.execute(
        text("UPDATE sync_counter SET value = value + :n WHERE id = 1 RETURNING value"),
        {"n": count},
    ).scalar_one()
    return last - count + 1


def current(connection: Connection) -> int:
    """The highest version handed out so far."""
    return connection.execute(text("SELECT value FROM sync_counter WHERE id = 1")).scalar_one()
