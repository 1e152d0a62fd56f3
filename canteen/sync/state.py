"""The client's sync facts, kept in `local_info` (never synced): server, device, cursor."""

from __future__ import annotations

from sqlalchemy import Connection, text

SERVER = "sync.server"
DEVICE = "sync.device_id"
SCOPE = "sync.scope"
SITE = "sync.site_id"
DISTRICT = "sync.district_id"
CURSOR = "sync.cursor"  # the seq part of the pull cursor: a plain number
EPOCH = "sync.epoch"  # its epoch; the wire cursor is e<epoch>:<seq> (SYNC.md §6.9)
INFLIGHT = "sync.inflight"  # the batch sent and not yet answered, resent as it was
LAST_OK = "sync.last_ok_at"
INSTANCE = "sync.db_instance_id"  # random, made once per file: a copy elsewhere shows (§6.9)
RESET_DONE = "sync.reset_done"  # "<epoch>:<reason>" of the last reset, against reset loops
CLOCK_SKEW = "sync.clock_skew_s"  # this PC's clock minus the server's, at the last hello
BACKFILL = "sync.backfill"  # what an upgrade added, to pull again (backfill.py)


def get(connection: Connection, key: str) -> str | None:
    """The value of `key`, or None."""
    return connection.execute(
        text("SELECT value FROM local_info WHERE key = :k"), {"k": key}
    ).scalar()


def put(connection: Connection, key: str, value: str) -> None:
    """Set `key`."""
    connection.execute(
        text(
            """INSERT INTO local_info (key, value) VALUES (:k, :v)
               ON CONFLICT (key) DO UPDATE SET value = excluded.value"""
        ),
        {"k": key, "v": value},
    )


def delete(connection: Connection, key: str) -> None:
    """Forget `key`."""
    connection.execute(text("DELETE FROM local_info WHERE key = :k"), {"k": key})


def instance_id(connection: Connection) -> str:
    """This file's random id, made the first time it is asked for."""
    import uuid

    found = get(connection, INSTANCE)
    if found is None:
        found = uuid.uuid4().hex
        put(connection, INSTANCE, found)
    return found
