"""The client's side of a push: building a batch from the outbox and taking in the answers.

Both work on sets: a batch's rows are read with one `SELECT … WHERE id IN (…)` per table, and
an answer is written back with one executemany per kind of statement, so a batch of 500 costs
a handful of statements, not four per op.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime

from sqlalchemy import Connection, bindparam, select, text

from canteen.db.capture import applying_remote
from canteen.sync import state
from canteen.sync import tables as synced

BATCH_SIZE = 500
# Ids per `IN (…)`: well under SQLite's bound on parameters, whatever the batch size.
IDS_PER_READ = 500
REFUSED = ("rejected", "replay_refused")

_MARK = text(
    """UPDATE _sync_outbox SET state = :s, last_error = :why, attempts = attempts + 1
       WHERE table_name = :t AND row_id = :r AND seq <= :seq"""
)
# Only the entries the op covered: an entry that moved to a higher seq while the batch was in
# flight (the row was edited again) stays pending.
_DELETE = text("DELETE FROM _sync_outbox WHERE table_name = :t AND row_id = :r AND seq <= :seq")
# A later edit of the row is then based on what the server has (no false conflict).
_REBASE = text("UPDATE _sync_outbox SET base_version = :v WHERE table_name = :t AND row_id = :r")


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
    rows = _read_rows(connection, registry, entries)
    ops, missing = [], []
    for seq, name, row_id, kind, changed_cols, base in entries:
        table = registry.get(name)
        row = rows.get((name, _key(row_id))) if table is not None else None
        if row is None:
            missing.append(
                {"s": "rejected", "why": "missing_row", "t": name, "r": row_id, "seq": seq}
            )
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
    if missing:
        connection.execute(_MARK, missing)
    if not ops:
        return None
    # Parents before children (foreign keys): an entry moves to a new seq at every edit, so a
    # parent edited after its child was made would otherwise come second.
    ops.sort(key=lambda op: (rank[op["table"]], op["seq_to"]))
    batch = {"batch_id": str(uuid.uuid4()), "ops": ops}
    state.put(connection, state.INFLIGHT, json.dumps(batch))
    return batch


def _key(row_id: str) -> str:
    # The id as the Guid column binds it (lowercase), so a lookup finds what `id = :r` found.
    return str(row_id).lower()


def _read_rows(connection: Connection, registry: dict, entries) -> dict:
    """The current local rows of the entries: (table, lowercase id) -> row mapping."""
    wanted: dict[str, list[str]] = defaultdict(list)
    for _seq, name, row_id, *_rest in entries:
        if name in registry:
            wanted[name].append(row_id)
    found = {}
    for name, ids in wanted.items():
        table = registry[name].table
        statement = select(table).where(table.c.id.in_(bindparam("ids", expanding=True)))
        for start in range(0, len(ids), IDS_PER_READ):
            chunk = ids[start : start + IDS_PER_READ]
            for row in connection.execute(statement, {"ids": chunk}).mappings():
                found.setdefault((name, _key(row["id"])), row)
    return found


def take_answer(connection: Connection, batch: dict, answer: dict) -> tuple[int, int, int]:
    """Record the server's per-op results; returns (applied, rejected, conflicts)."""
    from canteen.sync.status import record_conflicts

    by_op = {r["op_id"]: r for r in answer["results"]}
    answered = [(op, by_op[op["op_id"]]) for op in batch["ops"] if op["op_id"] in by_op]
    applied = rejected = conflicts = 0
    registry = synced.registry()
    now = datetime.now(UTC)
    with applying_remote(connection):
        for run in _runs(answered):
            for op, result in run:
                found = result.get("conflicts") or []
                conflicts += len(result.get("conflicts", ()))
                # The Synkronisering page lists them (canteen/sync/status.py).
                record_conflicts(connection, op["table"], op["id"], found, now)
            done = _take_run(connection, registry, run)
            applied, rejected = applied + done[0], rejected + done[1]
    state.delete(connection, state.INFLIGHT)
    return applied, rejected, conflicts


def _runs(answered: list) -> Iterator[list]:
    """The answered ops cut into runs of distinct rows, in op order.

    Statements on different rows commute, so a run is written set-wise; a row met again (never
    in a batch this module builds: the outbox holds one entry per row) starts a new run, so it
    sees what the first op on it did.
    """
    run, rows = [], set()
    for op, result in answered:
        row = (op["table"], op["id"])
        if row in rows:
            yield run
            run, rows = [], set()
        run.append((op, result))
        rows.add(row)
    if run:
        yield run


def _take_run(connection: Connection, registry: dict, run: list) -> tuple[int, int]:
    """Write one run's results: refused entries marked, acknowledged ones removed and rebased."""
    from canteen.sync.apply import upsert_rows

    marks, acknowledged, versions, kept = [], [], defaultdict(list), []
    for op, result in run:
        name, row_id, seq = op["table"], op["id"], op["seq_to"]
        if result["status"] in REFUSED:
            # A refused replay is a change from a restored copy: never applied (§6.9).
            why = result.get("reason") or result["status"]
            marks.append({"s": "rejected", "why": why, "t": name, "r": row_id, "seq": seq})
            continue
        version = result["server_version"]
        acknowledged.append({"v": version, "t": name, "r": row_id, "seq": seq})
        if "row" in result:
            # The server kept its own copy (e.g. delete wins): take it.
            kept.append((name, result["row"]))
        else:
            versions[name].append({"b_id": row_id, "b_version": version})
    if marks:
        connection.execute(_MARK, marks)
    if acknowledged:
        connection.execute(_DELETE, acknowledged)
        connection.execute(_REBASE, acknowledged)
    for name, row in kept:
        upsert_rows(connection, registry[name], [row])
    for name, pairs in versions.items():
        table = registry[name].table
        statement = (
            table.update()
            .where(table.c.id == bindparam("b_id"))
            .values(server_version=bindparam("b_version"))
        )
        connection.execute(statement, pairs)
    return len(acknowledged), len(marks)


def waiting(connection: Connection) -> tuple[int, int]:
    """How many outbox entries are (pending, rejected)."""
    rows = dict(
        connection.execute(text("SELECT state, count(*) FROM _sync_outbox GROUP BY state")).all()
    )
    return rows.get("pending", 0), rows.get("rejected", 0)
