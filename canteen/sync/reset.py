"""A client reset (SYNC.md §6.9): the file's synced data is dropped and pulled again from 0.

The server asks for one when the device's epoch moved on (a restored copy, another file, tombstones
purged while it was away). Pending changes are pushed first; what still waits afterwards keeps its
outbox entry, rejected with reason `reset`, so the Synkronisering page can show it. A reset happens
at most once per (epoch, reason): a second demand is a loop, and the cycle stops with a problem.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from canteen.db.capture import applying_remote
from canteen.sync import state
from canteen.sync import tables as synced
from canteen.sync.errors import SyncProblem

# Outbox entries whose local values the server's copy replaces on pull.
DISCARDED = ("reset", "replay_refused")


def parse_cursor(cursor: str | int | None) -> tuple[int | None, int]:
    """(epoch, seq) of a cursor the server gave; a plain number (before epochs) has no epoch."""
    cursor = str(cursor or "0")
    if cursor.startswith("e") and ":" in cursor:
        epoch, _, seq = cursor[1:].partition(":")
        return int(epoch), int(seq)
    return None, int(cursor)


def wire_cursor(connection: Connection) -> str:
    """The cursor to send: the stored epoch and seq (kept apart, so `sync.cursor` stays a
    plain number that other code may lower to fetch a row again)."""
    seq = state.get(connection, state.CURSOR) or "0"
    epoch = state.get(connection, state.EPOCH)
    return f"e{epoch}:{seq}" if epoch else seq


def keep_cursor(connection: Connection, cursor: str | int) -> None:
    """Store a cursor the server answered."""
    epoch, seq = parse_cursor(cursor)
    state.put(connection, state.CURSOR, str(seq))
    if epoch is not None:
        state.put(connection, state.EPOCH, str(epoch))


def max_outbox_seq(connection: Connection) -> int:
    """The outbox's AUTOINCREMENT counter: the highest seq this file ever gave out."""
    return (
        connection.execute(
            text("SELECT seq FROM sqlite_sequence WHERE name = '_sync_outbox'")
        ).scalar()
        or 0
    )


def needed(connection: Connection, hello: dict) -> str | None:
    """Why the hello answer demands a reset, or None; an epoch-less cursor adopts the epoch."""
    epoch = hello.get("epoch")
    if epoch is None:
        return None  # a server from before epochs
    demand = hello.get("must_reset") or {}
    stored = state.get(connection, state.EPOCH)
    mine = int(stored) if stored else None
    if mine is None and not demand:
        state.put(connection, state.EPOCH, str(epoch))
        return None
    if mine != epoch:
        return demand.get("reason") or "epoch"
    # Same epoch, yet the server still sees a rolled-back file: only a loop can follow.
    return demand.get("reason") if demand.get("reason") == "restored" else None


def guard(connection: Connection, epoch: int, reason: str) -> None:
    """Raise `reset_loop` if this (epoch, reason) was reset for already."""
    if state.get(connection, state.RESET_DONE) == f"{epoch}:{reason}":
        raise SyncProblem(
            f"the server asks again for a reset ({reason}, epoch {epoch})",
            reason="reset_loop",
            epoch=epoch,
            why=reason,
        )


def number_past(connection: Connection, high_seq: int) -> None:
    """Make new changes number past what the server has seen, or they look like replays.

    Done as soon as a reset is known to be due, not only when it completes: the reset may be
    cut, and what the canteen manager enters meanwhile must still be accepted."""
    seq = max(max_outbox_seq(connection), high_seq)
    updated = connection.execute(
        text("UPDATE sqlite_sequence SET seq = :s WHERE name = '_sync_outbox'"), {"s": seq}
    ).rowcount
    if not updated:
        connection.execute(
            text("INSERT INTO sqlite_sequence (name, seq) VALUES ('_sync_outbox', :s)"),
            {"s": seq},
        )


def clear(
    connection: Connection, epoch: int, reason: str, high_seq: int, mark: int | None = None
) -> None:
    """In the caller's transaction: drop the synced data, start the new epoch's cursor at 0.

    `mark` is the outbox counter when the reset began: changes numbered after it were made
    while the reset downloaded, are not stale, and keep their rows and pending entries."""
    mark = max_outbox_seq(connection) if mark is None else mark
    with applying_remote(connection):
        # Parents go after their children, but a row may point at a parent a later table holds.
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        connection.execute(
            text(
                "UPDATE _sync_outbox SET state = 'rejected', last_error = 'reset' "
                "WHERE state = 'pending' AND seq <= :mark"
            ),
            {"mark": mark},
        )
        # Only the tables the file has: an older release's file lacks the newer ones.
        present = {n for (n,) in connection.execute(text("SELECT name FROM sqlite_master"))}
        for name, table in reversed(list(synced.registry().items())):
            if name not in present:
                continue
            connection.execute(
                text(
                    f"DELETE FROM {table.table.name} WHERE id NOT IN (SELECT row_id FROM "
                    "_sync_outbox WHERE table_name = :t AND state = 'pending' AND seq > :mark)"
                ),
                {"t": name, "mark": mark},
            )
        number_past(connection, high_seq)
    state.put(connection, state.CURSOR, "0")
    state.put(connection, state.EPOCH, str(epoch))
    state.put(connection, state.RESET_DONE, f"{epoch}:{reason}")
    state.delete(connection, state.INFLIGHT)
    state.delete(connection, state.BACKFILL)  # everything is pulled again from 0
