"""Epochs, resets and restored copies (SYNC.md §6.9): what `hello` and `pull` decide.

A device's pull cursor is opaque, `e<epoch>:<seq>`. The epoch is the device's (`sync_device.epoch`):
bumping it makes the device's next pull answer 409 `must_reset`, and `reset_reason` says why until
the device has reset. Everything is in the database, so any worker can answer.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import Connection, func, select, update

from canteen.sync.server.devices import Device, now
from canteen.sync.server.schema import device, purge_log

CURSOR = re.compile(r"e(\d{1,9}):(\d{1,18})")
# Found by hello from what the client tells about its file; it holds until the file is fixed.
RESTORED, OTHER_FILE, PURGED, EPOCH = "restored", "other_file", "purged", "epoch"


def parse_cursor(value: int | str) -> tuple[int | None, int]:
    """(epoch, seq) of a cursor; an old plain number has no epoch. ValueError if malformed."""
    if isinstance(value, int):
        if not 0 <= value < 10**18:  # a bigint holds it
            raise ValueError("cursor out of range")
        return None, value
    if value.isascii() and value.isdigit() and len(value) <= 18:
        return None, int(value)
    found = CURSOR.fullmatch(value)
    if found is None:
        raise ValueError("malformed cursor")
    return int(found[1]), int(found[2])


def format_cursor(epoch: int, seq: int) -> str:
    """The cursor a client stores and sends back as it is."""
    return f"e{epoch}:{seq}"


def _row(connection: Connection, who: Device):
    query = select(device).where(device.c.id == who.id)
    if connection.dialect.name == "postgresql":
        query = query.with_for_update()
    return connection.execute(query).one()


def greet(
    connection: Connection,
    who: Device,
    max_outbox_seq: int | None,
    db_instance_id: str | None,
    client_time: datetime | None,
) -> dict:
    """Record what a hello tells (clock, file) and answer the device's epoch and any reset."""
    row = _row(connection, who)
    at = now()
    changes: dict = {"last_seen_at": at}
    skew = None
    if client_time is not None:
        if client_time.tzinfo is None:
            client_time = client_time.replace(tzinfo=at.tzinfo)
        skew = round((client_time - at).total_seconds(), 1)
        changes["clock_skew_s"] = skew
    epoch, reason = row.epoch, row.reset_reason
    # The outbox counter below what the server has processed: the file went back in time.
    restored = max_outbox_seq is not None and max_outbox_seq < row.high_seq
    if restored:
        if reason != RESTORED:
            epoch, reason = epoch + 1, RESTORED
    elif db_instance_id and row.db_instance_id and db_instance_id != row.db_instance_id:
        # Another file speaks for this device: its data cannot be trusted to match the cursor.
        epoch, reason = epoch + 1, OTHER_FILE
    elif reason == RESTORED:
        reason = None
    if db_instance_id:
        changes["db_instance_id"] = db_instance_id[:64]
    changes.update(epoch=epoch, reset_reason=reason)
    connection.execute(update(device).where(device.c.id == who.id).values(**changes))
    return {
        "epoch": epoch,
        "must_reset": {"reason": reason, "epoch": epoch} if reason else None,
        "device_high_seq": row.high_seq,
        "clock_skew_s": skew,
    }


def horizon(connection: Connection) -> int:
    """The highest version below which tombstones may have been purged (0: none purged)."""
    return connection.execute(select(func.max(purge_log.c.horizon))).scalar() or 0


def check_pull(
    connection: Connection, who: Device, epoch: int | None, seq: int, record: bool = True
) -> dict | None:
    """The 409 body if this cursor cannot be served; else records it as the device's cursor.

    `record` False: a re-pull of some tables (verify), which says nothing about the cursor.
    """
    row = _row(connection, who)
    if epoch is not None and epoch != row.epoch:
        return {"must_reset": True, "reason": row.reset_reason or EPOCH, "epoch": row.epoch}
    if not record:
        return None
    changes: dict = {"last_pull_cursor": seq, "last_seen_at": now()}
    if 0 < seq < horizon(connection):
        # Tombstones this device has not seen are gone: only a full pull is complete again.
        changes = {"epoch": row.epoch + 1, "reset_reason": PURGED}
        connection.execute(update(device).where(device.c.id == who.id).values(**changes))
        return {"must_reset": True, "reason": PURGED, "epoch": row.epoch + 1}
    if epoch is not None and row.reset_reason not in (None, RESTORED):
        changes["reset_reason"] = None  # it pulls in the new epoch: the reset is done
    connection.execute(update(device).where(device.c.id == who.id).values(**changes))
    return None
