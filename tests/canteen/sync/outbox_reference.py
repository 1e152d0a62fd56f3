"""The client's push bookkeeping op by op, as it was before it worked on sets: the reference.

`canteen.sync.outbox` must give the same outbox, rows, conflicts and counts as these
(tests/canteen/sync/test_outbox_sets.py); they issue one to four statements per op.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

from sqlalchemy import Connection, select, text

from canteen.db.capture import applying_remote
from canteen.sync import state
from canteen.sync import tables as synced

BATCH_SIZE = 500


def build_batch(connection: Connection, size: int = BATCH_SIZE) -> dict | None:
    """The batch to send: the one in flight (a retry sends it again, same id), else a new one."""
    inflight = state.get(connection, state.INFLIGHT)
    if inflight:
        return json.loads(inflight)
    entries = connection.execute(
        text(
            """SELECT seq, table_name, row_id, op, changed_cols, base_version
               FROM _sync_outbox WHERE state = 'pending' ORDER BY seq LIMIT :n"""
        ),
        {"n": size},
    ).all()
    if not entries:
        return None
    registry = synced.registry()
    rank = {name: i for i, name in enumerate(registry)}
    ops = []
    for seq, name, row_id, kind, changed_cols, base in entries:
        table = registry.get(name)
        row = None
        if table is not None:
            row = (
                connection.execute(select(table.table).where(table.table.c.id == row_id))
                .mappings()
                .first()
            )
        if row is None:
            _mark(connection, name, row_id, seq, "rejected", "missing_row")
            continue
        values = synced.encode_row(table, row)
        changed = json.loads(changed_cols) if changed_cols is not None else None
        keep = set(changed) | {"site_id"} if changed is not None else table.writable_columns
        ops.append(
            {
                "op_id": uuid.uuid4().hex,
                "seq_from": seq,
                "seq_to": seq,
                "table": name,
                "id": row_id,
                "kind": kind,
                "base_version": base,
                "changed": changed,
                "values": {
                    k: v for k, v in values.items() if k in keep and k in table.writable_columns
                },
            }
        )
    if not ops:
        return None
    # Parents before children (foreign keys): an entry moves to a new seq at every edit, so a
    # parent edited after its child was made would otherwise come second.
    ops.sort(key=lambda op: (rank[op["table"]], op["seq_to"]))
    batch = {"batch_id": str(uuid.uuid4()), "ops": ops}
    state.put(connection, state.INFLIGHT, json.dumps(batch))
    return batch


def _mark(connection: Connection, name: str, row_id: str, seq: int, status: str, why: str) -> None:
    connection.execute(
        text(
            """UPDATE _sync_outbox SET state = :s, last_error = :why, attempts = attempts + 1
               WHERE table_name = :t AND row_id = :r AND seq <= :seq"""
        ),
        {"s": status, "why": why, "t": name, "r": row_id, "seq": seq},
    )


def take_answer(connection: Connection, batch: dict, answer: dict) -> tuple[int, int, int]:
    """Record the server's per-op results; returns (applied, rejected, conflicts)."""
    from canteen.sync.apply import upsert_rows
    from canteen.sync.status import record_conflicts

    by_op = {r["op_id"]: r for r in answer["results"]}
    applied = rejected = conflicts = 0
    registry = synced.registry()
    now = datetime.now(UTC)
    with applying_remote(connection):
        for op in batch["ops"]:
            result = by_op.get(op["op_id"])
            if result is None:
                continue
            name, row_id, seq = op["table"], op["id"], op["seq_to"]
            conflicts += len(result.get("conflicts", ()))
            # The Synkronisering page lists them (canteen/sync/status.py).
            record_conflicts(connection, name, row_id, result.get("conflicts") or [], now)
            if result["status"] in ("rejected", "replay_refused"):
                # A refused replay is a change from a restored copy: never applied (§6.9).
                reason = result.get("reason") or result["status"]
                rejected += 1
                _mark(connection, name, row_id, seq, "rejected", reason)
                continue
            applied += 1
            version = result["server_version"]
            connection.execute(
                text(
                    "DELETE FROM _sync_outbox WHERE table_name = :t AND row_id = :r AND seq <= :s"
                ),
                {"t": name, "r": row_id, "s": seq},
            )
            # A later edit of this row is now based on what the server has (no false conflict).
            connection.execute(
                text(
                    "UPDATE _sync_outbox SET base_version = :v WHERE table_name = :t AND row_id = :r"
                ),
                {"v": version, "t": name, "r": row_id},
            )
            table = registry[name].table
            if "row" in result:
                # The server kept its own copy (e.g. delete wins): take it.
                upsert_rows(connection, registry[name], [result["row"]])
            else:
                connection.execute(
                    table.update().where(table.c.id == row_id).values(server_version=version)
                )
    state.delete(connection, state.INFLIGHT)
    return applied, rejected, conflicts
