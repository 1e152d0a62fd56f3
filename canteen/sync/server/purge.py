"""Tombstone purge on the server (SYNC.md §6.9): old tombstones every device has pulled go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, exists, func, select, update

from canteen.sync import tables as synced
from canteen.sync.server import versions
from canteen.sync.server.devices import now
from canteen.sync.server.resets import PURGED
from canteen.sync.server.schema import applied_op, device, field_version, purge_log, push_log


@dataclass(frozen=True)
class PurgeResult:
    """What a purge did: rows deleted, the horizon, devices that must reset."""

    deleted: int
    horizon: int
    devices_reset: int


def purge(connection: Connection, days: int, at: datetime | None = None) -> PurgeResult:
    """Delete tombstones older than `days` below every recently seen device's cursor."""
    at = at or now()
    cutoff = at - timedelta(days=days)
    # No version is handed out while the horizon is chosen and rows go.
    versions.lock(connection)
    recent = connection.execute(
        select(func.min(func.coalesce(device.c.last_pull_cursor, 0))).where(
            device.c.revoked_at.is_(None), device.c.last_seen_at >= cutoff
        )
    ).scalar()
    horizon = versions.current(connection) if recent is None else recent
    deleted = 0
    registry = synced.registry()
    # Children first; a tombstone something still points at stays (foreign keys).
    for table in reversed(list(registry.values())):
        t = table.table
        condition = [
            t.c.deleted_at.is_not(None),
            t.c.deleted_at < cutoff,
            t.c.server_version <= horizon,
        ]
        for child in registry.values():
            for fk in child.table.foreign_keys:
                if fk.column.table is t:
                    condition.append(~exists().where(fk.parent == t.c.id))
        gone = connection.execute(delete(t).where(*condition).returning(t.c.id)).scalars().all()
        for start in range(0, len(gone), 500):
            connection.execute(
                delete(field_version).where(
                    field_version.c.table_name == table.name,
                    field_version.c.row_id.in_([str(i) for i in gone[start : start + 500]]),
                )
            )
        deleted += len(gone)
    # The push logs outlive any plausible offline time; the high_seq guard covers older replays.
    connection.execute(delete(applied_op).where(applied_op.c.applied_at < cutoff))
    connection.execute(delete(push_log).where(push_log.c.pushed_at < cutoff))
    reset = 0
    if deleted:
        connection.execute(
            purge_log.insert().values(horizon=horizon, deleted=deleted, purged_at=at)
        )
        # Devices that have not pulled up to the horizon may miss a delete: they reset.
        reset = connection.execute(
            update(device)
            .where(
                device.c.revoked_at.is_(None),
                device.c.last_pull_cursor > 0,
                device.c.last_pull_cursor < horizon,
            )
            .values(epoch=device.c.epoch + 1, reset_reason=PURGED)
        ).rowcount
    return PurgeResult(deleted, horizon, reset)
