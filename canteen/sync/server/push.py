"""Applying a pushed batch: one transaction, per-op savepoints, exactly once (SYNC.md §6.7–6.8)."""

from __future__ import annotations

import json

from sqlalchemy import Connection, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from canteen.sync import tables as synced
from canteen.sync.server import fields, versions
from canteen.sync.server.devices import Device, now
from canteen.sync.server.schema import applied_op, conflict, device, push_log


def push(connection: Connection, who: Device, batch_id: str, ops: list[dict]) -> dict:
    """Apply `ops` for a site device, or return the stored answer if `batch_id` was applied."""
    # The lock serializes synced writers (commit-ordered versions) and so also two deliveries
    # of one batch, or of one op in two batches: the second finds the first's log rows below.
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
    high = connection.execute(select(device.c.high_seq).where(device.c.id == who.id)).scalar() or 0
    known = _known_ops(connection, who, ops)
    results, processed, new_high = [], [], high
    for op in ops:
        op_id = str(op.get("op_id", ""))[:64]
        if op_id in known:
            results.append(_as_duplicate(known[op_id]))
            continue
        seq_to, seq_from = op.get("seq_to"), op.get("seq_from")
        # Every op up to high_seq was processed, so an unknown one there comes from a restored
        # or copied file: refuse it, its values are old (§6.9). An op reaching past high_seq
        # (a retry coalesced with newer edits) carries current values and applies (F4b).
        if seq_to is not None and seq_to <= high:
            results.append({"op_id": op_id, "status": "replay_refused"})
            continue
        result = _apply_one(connection, who, op)
        results.append(result)
        known[op_id] = result
        processed.append(
            {
                "device_id": who.id,
                "op_id": op_id,
                "seq_to": seq_to if seq_to is not None else seq_from,
                "result": json.dumps(result),
                "applied_at": now(),
            }
        )
        new_high = max(new_high, seq_to or 0)
    if processed:
        connection.execute(applied_op.insert(), processed)
    connection.execute(
        update(device).where(device.c.id == who.id).values(high_seq=new_high, last_seen_at=now())
    )
    answer = {"batch_id": batch_id, "results": results, "device_high_seq": new_high}
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


def _known_ops(connection: Connection, who: Device, ops: list[dict]) -> dict[str, dict]:
    """The stored results of the ops of this batch this device sent before."""
    ids = list({str(op.get("op_id", ""))[:64] for op in ops})
    found: dict[str, dict] = {}
    for start in range(0, len(ids), 500):
        rows = connection.execute(
            select(applied_op.c.op_id, applied_op.c.result).where(
                applied_op.c.device_id == who.id, applied_op.c.op_id.in_(ids[start : start + 500])
            )
        )
        found.update((op_id, json.loads(result)) for op_id, result in rows)
    return found


def _as_duplicate(result: dict) -> dict:
    # The stored answer again; an applied op says so by `duplicate` (a rejection stays one).
    if result["status"] == "applied":
        return {**result, "status": "duplicate"}
    return result


def _pg(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def _rejected(op: dict, reason: str) -> dict:
    # The reason is one of our codes; nothing from the payload is echoed back.
    return {"op_id": str(op.get("op_id", ""))[:64], "status": "rejected", "reason": reason}


def _apply_one(connection: Connection, who: Device, op: dict) -> dict:
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
    # A conflict is a column this op changes that another origin changed after the op's base
    # (§6.8): edits of different columns merge, and a device's own writes never conflict.
    known = fields.load(connection, table.name, op["id"], existing["server_version"])
    differs = [c for c in changed if existing[c] != values[c]]
    clashing = [c for c in differs if known.of(c)[0] > (base or 0) and known.of(c)[1] != who.id]
    conflicts = []
    if clashing:
        # Last arrival wins for site rows; the overwritten value is logged (§6.8).
        _log(connection, who, table, existing, clashing, base, "last_arrival_wins", "client")
        conflicts.append({"columns": clashing, "rule": "last_arrival_wins", "winner": "client"})
    version = versions.allocate(connection)
    connection.execute(
        t.update()
        .where(t.c.id == op["id"])
        .values(**{c: values[c] for c in changed}, server_version=version, updated_at=now())
    )
    fields.save(connection, table.name, op["id"], known, version, differs, who.id)
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
