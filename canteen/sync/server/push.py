"""Applying a pushed batch: one transaction, per-op savepoints, exactly once (SYNC.md §6.7–6.8)."""

from __future__ import annotations

import json

from sqlalchemy import Connection, func, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from canteen.sync import tables as synced
from canteen.sync.server import versions
from canteen.sync.server.devices import Device, now
from canteen.sync.server.schema import conflict, device, push_log


def push(connection: Connection, who: Device, batch_id: str, ops: list[dict]) -> dict:
    """Apply `ops` for a site device, or return the stored answer if `batch_id` was applied."""
    # The lock serializes synced writers (commit-ordered versions) and so also two deliveries
    # of one batch: the second finds the first's log row below.
    versions.lock(connection)
    stored = connection.execute(
        select(push_log.c.result).where(
            push_log.c.device_id == who.id, push_log.c.batch_id == batch_id
        )
    ).scalar()
    if stored is not None:
        answer = json.loads(stored)
        for result in answer["results"]:
            if result["status"] == "applied":
                result["status"] = "duplicate"
        return answer
    versions.reserve(connection, len(ops))  # one counter bump for the batch, not one per op
    results = _apply_batch(connection, who, ops)
    high = max([op.get("seq_to") or 0 for op in ops], default=0)
    connection.execute(
        update(device)
        .where(device.c.id == who.id)
        .values(
            high_seq=func.greatest(device.c.high_seq, high)
            if _pg(connection)
            else func.max(device.c.high_seq, high),
            last_seen_at=now(),
        )
    )
    answer = {"batch_id": batch_id, "results": results}
    connection.execute(
        push_log.insert().values(
            device_id=who.id,
            batch_id=batch_id,
            result=json.dumps(answer),
            applied=sum(r["status"] == "applied" for r in results),
            rejected=sum(r["status"] == "rejected" for r in results),
            conflicts=sum(len(r.get("conflicts", ())) for r in results),
            pushed_at=now(),
        )
    )
    return answer


def _pg(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def _rejected(op: dict, reason: str) -> dict:
    # The reason is one of our codes; nothing from the payload is echoed back.
    return {"op_id": str(op.get("op_id", ""))[:64], "status": "rejected", "reason": reason}


def _apply_batch(connection: Connection, who: Device, ops: list[dict]) -> list[dict]:
    # Fast path: the whole batch in one savepoint instead of one per op (two round trips fewer
    # per op). A rejection is decided before anything is written, so only a constraint failure
    # needs undoing: then the fast attempt is rolled back and every op goes in its own savepoint,
    # so one bad row still rejects only itself.
    attempt = connection.begin_nested()
    try:
        results = [_apply_one(connection, who, op, guarded=False) for op in ops]
    except (IntegrityError, DBAPIError):
        attempt.rollback()
        return [_apply_one(connection, who, op) for op in ops]
    attempt.commit()
    return results


def _apply_one(connection: Connection, who: Device, op: dict, guarded: bool = True) -> dict:
    table = synced.registry().get(op.get("table"))
    if table is None:
        return _rejected(op, "unknown_table")
    if not synced.site_writable(table):
        return _rejected(op, "not_writable")
    values = op.get("values")
    if not isinstance(values, dict) or not isinstance(op.get("id"), str):
        return _rejected(op, "bad_op")
    if set(values) - table.writable_columns:
        return _rejected(op, "unknown_column")
    try:
        values = synced.decode_row(table, values)
    except (ValueError, TypeError):
        return _rejected(op, "bad_value")
    if "site_id" in values and values["site_id"] != who.site_id:
        return _rejected(op, "other_site")
    if not guarded:
        return _write(connection, who, table, op, values)
    savepoint = connection.begin_nested()
    try:
        result = _write(connection, who, table, op, values)
    except (IntegrityError, DBAPIError):
        savepoint.rollback()
        return _rejected(op, "invalid_row")
    if result["status"] == "rejected":
        savepoint.rollback()
    else:
        savepoint.commit()
    return result


def _write(connection: Connection, who: Device, table, op: dict, values: dict) -> dict:
    t = table.table
    lookup = select(t).where(t.c.id == op["id"])
    if _pg(connection):
        lookup = lookup.with_for_update()
    existing = connection.execute(lookup).mappings().first()
    op_id = str(op.get("op_id", ""))[:64]
    if existing is None:
        if values.get("site_id") != who.site_id:
            return _rejected(op, "other_site")
        version = versions.allocate(connection)
        connection.execute(
            t.insert().values(**values, id=op["id"], server_version=version, updated_at=now())
        )
        return {"op_id": op_id, "status": "applied", "server_version": version}
    # The existing row decides whose it is, never the payload (§6.10).
    if existing["site_id"] != who.site_id:
        return _rejected(op, "other_site")
    changed = [c for c in (op.get("changed") or values) if c in values]
    base = op.get("base_version")
    stale = base is None or existing["server_version"] > base
    # Delete wins over a concurrent edit; the edit is logged and the device gets the tombstone.
    # (An edit that clears deleted_at itself is an explicit un-delete and goes through.)
    deleted = existing["deleted_at"] is not None
    if deleted and op.get("kind") != "delete" and values.get("deleted_at", True) is not None:
        _log(connection, who, table, existing, changed, base, "delete_wins", "server")
        return {
            "op_id": op_id,
            "status": "applied",
            "server_version": existing["server_version"],
            "conflicts": [{"columns": changed, "rule": "delete_wins", "winner": "server"}],
            "row": synced.encode_row(table, existing),
        }
    conflicts = []
    if stale and changed and any(existing[c] != values[c] for c in changed):
        # Last arrival wins for site rows; the overwritten value is logged (§6.8).
        _log(connection, who, table, existing, changed, base, "last_arrival_wins", "client")
        conflicts.append({"columns": changed, "rule": "last_arrival_wins", "winner": "client"})
    version = versions.allocate(connection)
    connection.execute(
        t.update()
        .where(t.c.id == op["id"])
        .values(**{c: values[c] for c in changed}, server_version=version, updated_at=now())
    )
    result = {"op_id": op_id, "status": "applied", "server_version": version}
    if conflicts:
        result["conflicts"] = conflicts
    return result


def _log(connection, who: Device, table, existing, columns, base, rule: str, winner: str) -> None:
    connection.execute(
        conflict.insert().values(
            table_name=table.name,
            row_id=existing["id"],
            site_id=existing["site_id"],
            device_id=who.id,
            columns=json.dumps(sorted(columns)),
            base_version=base,
            server_version=existing["server_version"],
            rule=rule,
            winner=winner,
            created_at=now(),
        )
    )
