"""The push audit: rejection reasons per batch, and the flag on devices that try what they may not.

`sync_push` already logs every applied batch with its device, batch id and counts; this adds
each rejection reason with its op count (so a refused batch is logged too) and marks the
suspicious ones (SYNC.md §6.10 "Audit", §7.4 "the device is flagged").
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Connection, func, select

from canteen.sync.server.devices import Device, now
from canteen.sync.server.schema import rejection

# Reasons no honest client of a supported version produces: it only pushes its own site's rows
# of site tables, under names its schema window knows.
SUSPICIOUS = frozenset(
    {"not_writable", "other_site", "unknown_table", "unknown_column", "read_only_device"}
)


def record(connection: Connection, who: Device, batch_id: str, results: list[dict]) -> None:
    """Log the rejections of one push answer (a resent batch is logged once)."""
    counts = Counter(r["reason"] for r in results if r.get("status") == "rejected")
    for reason, ops in sorted(counts.items()):
        _insert(connection, who.id, batch_id, reason, ops)


def refused(connection: Connection, who: Device, batch_id: str, reason: str, ops: int) -> None:
    """Log a whole batch refused before it was applied (e.g. a read-only device pushing)."""
    _insert(connection, who.id, batch_id, reason, ops)


def _insert(connection: Connection, device_id: str, batch_id: str, reason: str, ops: int) -> None:
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    connection.execute(
        insert(rejection)
        .values(
            device_id=device_id,
            batch_id=batch_id,
            reason=reason[:30],
            ops=ops,
            flagged=reason in SUSPICIOUS,
            created_at=now(),
        )
        .on_conflict_do_nothing()
    )


def flags(connection: Connection) -> dict[str, int]:
    """Per device id, how many suspicious ops it has sent (devices without any are absent)."""
    rows = connection.execute(
        select(rejection.c.device_id, func.sum(rejection.c.ops))
        .where(rejection.c.flagged)
        .group_by(rejection.c.device_id)
    )
    return {device_id: int(total) for device_id, total in rows}
