"""Applying a pushed batch: one transaction, exactly once (SYNC.md §6.7–6.8).

Runs of ops go through `push_bulk` (one read per table, batched writes); `bulk=False` applies
every op on its own (`push_one`), the reference the bulk path must answer exactly like.
"""

from __future__ import annotations

import json
import re

from sqlalchemy import Connection, select, text, update

from canteen.sync.schema_map import Columns
from canteen.sync.server import push_bulk, versions
from canteen.sync.server.devices import Device, now
from canteen.sync.server.push_one import apply_one, op_id_of
from canteen.sync.server.schema import applied_op, device, push_log

# The id form the database hands back; another spelling of an id goes op by op, since the bulk
# path finds a batch's existing rows by comparing ids as text.
_CANONICAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def push(
    connection: Connection,
    who: Device,
    batch_id: str,
    ops: list[dict],
    *,
    bulk: bool = True,
    schema: Columns | None = None,
) -> dict:
    """Apply `ops` for a site device, or return the stored answer if `batch_id` was applied.

    `schema`: the tables and columns of the device's schema when older than the server's
    (schema_map.known_at): ops beyond it are refused as unknown tables or columns.
    """
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
    results: list[dict | None] = []
    processed, new_high = [], high
    # A run of ops applied together writes distinct rows and has distinct op ids: a second op
    # on a row (or a repeated op id) waits until the run before it is written and answered.
    run: list[tuple[int, dict]] = []
    run_keys: set = set()

    def finish_run() -> None:
        answers = push_bulk.apply_many(connection, who, [op for _, op in run], schema)
        for (index, op), result in zip(run, answers, strict=True):
            settle(index, op, result)
        run.clear()
        run_keys.clear()

    def settle(index: int, op: dict, result: dict) -> None:
        results[index] = result
        known[op_id_of(op)] = result
        seq_to, seq_from = op.get("seq_to"), op.get("seq_from")
        processed.append(
            {
                "device_id": who.id,
                "op_id": op_id_of(op),
                "seq_to": seq_to if seq_to is not None else seq_from,
                "result": json.dumps(result),
                "applied_at": now(),
            }
        )

    for op in ops:
        op_id = op_id_of(op)
        keys = {("op", op_id), push_bulk.row_key(op)}
        if run_keys & keys:
            finish_run()
        if op_id in known:
            results.append(_as_duplicate(known[op_id]))
            continue
        seq_to = op.get("seq_to")
        # Every op up to high_seq was processed, so an unknown one there comes from a restored
        # or copied file: refuse it, its values are old (§6.9). An op reaching past high_seq
        # (a retry coalesced with newer edits) carries current values and applies (F4b).
        if seq_to is not None and seq_to <= high:
            results.append({"op_id": op_id, "status": "replay_refused"})
            continue
        new_high = max(new_high, seq_to or 0)
        results.append(None)
        if bulk and isinstance(op.get("id"), str) and _CANONICAL_ID.fullmatch(op["id"]):
            run.append((len(results) - 1, op))
            run_keys.update(keys)
        else:
            if run:
                finish_run()
            settle(len(results) - 1, op, apply_one(connection, who, op, schema))
    if run:
        finish_run()
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
    ids = list({op_id_of(op) for op in ops})
    found: dict[str, dict] = {}
    if connection.dialect.name == "postgresql":
        # A join on the ids as one array: with `op_id IN (500 parameters)` PostgreSQL's
        # prepared plan scanned every op the device ever sent, comparing each with all 500.
        rows = connection.execute(
            text(
                "SELECT a.op_id, a.result FROM unnest(CAST(:ids AS VARCHAR[])) AS wanted(op_id)"
                " JOIN sync_applied_op a ON a.device_id = :device AND a.op_id = wanted.op_id"
            ),
            {"ids": ids, "device": who.id},
        )
        return {op_id: json.loads(result) for op_id, result in rows}
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
