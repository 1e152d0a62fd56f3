"""Applying a run of pushed ops in bulk (SYNC.md §7.5): one read per table, one savepoint, the
writes of consecutive like ops in one executemany. Answers exactly as `push_one.apply_one` op by
op would; a failing write rolls the run back and redoes it op by op, so a bad row rejects only
itself."""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from canteen.sync import tables as synced
from canteen.sync.schema_map import Columns
from canteen.sync.server import fields, push_one, versions
from canteen.sync.server.devices import Device, now
from canteen.sync.server.schema import conflict

CHUNK = 500  # ids per `IN (…)` list


def row_key(op: dict) -> tuple[str, str]:
    """The row an op writes, as the database compares ids (they are stored lowercase)."""
    row_id = op.get("id")
    return str(op.get("table")), row_id.lower() if isinstance(row_id, str) else repr(row_id)


def apply_many(
    connection: Connection, who: Device, ops: list[dict], known: Columns | None = None
) -> list[dict]:
    """The answers to `ops`, which write distinct rows and have distinct op ids, applied in bulk
    (`known`: the client's schema, see push_one.check)."""
    checked = [push_one.check(who, op, known) for op in ops]
    saved = versions.checkpoint(connection)
    savepoint = connection.begin_nested()
    try:
        plans = _plan(connection, who, ops, checked)
        _write(connection, ops, plans)
    except (IntegrityError, DBAPIError):
        # Which op broke a constraint is not known: redo the run op by op from the same point,
        # drawing the same versions, so only the bad row is rejected.
        savepoint.rollback()
        versions.rewind(connection, saved)
        return [push_one.apply_one(connection, who, op, known) for op in ops]
    savepoint.commit()
    return [p if isinstance(p, dict) else p.result for p in plans]


def _plan(connection: Connection, who: Device, ops: list[dict], checked: list) -> list:
    """Each op's plan (or rejection), deciding in op order against the rows read up front."""
    wanted: dict[str, list[str]] = {}
    for op, item in zip(ops, checked, strict=True):
        if not isinstance(item, dict):
            wanted.setdefault(item[0].name, []).append(op["id"])
    existing: dict[tuple[str, str], dict] = {}
    known: dict[str, dict[str, fields.FieldVersions]] = {}
    for name, ids in wanted.items():
        rows = _rows(connection, synced.registry()[name], ids)
        existing.update(((name, row["id"]), row) for row in rows)
        known[name] = fields.load_many(
            connection, name, {r["id"]: r["server_version"] for r in rows}
        )
    stamp = now()
    plans = []
    for op, item in zip(ops, checked, strict=True):
        if isinstance(item, dict):
            plans.append(item)
            continue
        table, values = item
        key = row_key(op)
        row = existing.get(key)
        plans.append(
            push_one.plan(
                who,
                table,
                op,
                values,
                row,
                lambda key=key: known[key[0]][key[1]],
                lambda: versions.allocate(connection),
                stamp,
            )
        )
    return plans


def _update_from_arrays(connection: Connection, t, rows: list[dict]) -> None:
    """Like updates of distinct rows as one `UPDATE … FROM unnest(arrays)` (PostgreSQL).

    One statement, one plan (with the row-level security checks) and one parameter per column
    instead of one UPDATE per row: the SQL text stays the same for a table and column set, so
    it is prepared once. Each row is still checked against the table's constraints.
    """
    dialect = connection.dialect
    names = [c for c in rows[0] if c != "_row_id"]
    columns = [(t.c.id, "_row_id"), *((t.c[c], c) for c in names)]
    arrays, sources = [], []
    for col, key in columns:
        process = col.type.dialect_impl(dialect).bind_processor(dialect)
        values = [row[key] for row in rows]
        arrays.append([process(v) for v in values] if process else values)
        sources.append(f"%s::{col.type.compile(dialect=dialect)}[]")
    target = f'"{t.name}"'
    sets = ", ".join(f'"{c}" = pushed."{c}"' for c in names)
    listed = ", ".join(f'"{key}"' for _col, key in columns)
    connection.exec_driver_sql(
        f"UPDATE {target} SET {sets} FROM unnest({', '.join(sources)}) AS pushed({listed}) "
        f'WHERE {target}.id = pushed."_row_id"',
        tuple(arrays),
    )


def _rows(connection: Connection, table: synced.SyncTable, ids: list[str]) -> list:
    """The existing rows among `ids`, locked until commit on PostgreSQL."""
    t = table.table
    found = []
    for start in range(0, len(ids), CHUNK):
        lookup = select(t).where(t.c.id.in_(ids[start : start + CHUNK]))
        if connection.dialect.name == "postgresql":
            # In id order, so two transactions locking overlapping sets cannot deadlock.
            lookup = lookup.order_by(t.c.id).with_for_update()
        found += connection.execute(lookup).mappings().all()
    return found


def _write(connection: Connection, ops: list[dict], plans: list) -> None:
    """The plans' rows in op order, consecutive inserts (or updates) of one shape batched."""
    groups: list[tuple[tuple, list[dict]]] = []
    for op, p in zip(ops, plans, strict=True):
        if isinstance(p, dict):
            continue
        if p.insert is not None:
            shape = ("insert", op["table"], tuple(sorted(p.insert)))
            params = p.insert
        elif p.update is not None:
            shape = ("update", op["table"], tuple(sorted(p.update)))
            params = {**p.update, "_row_id": op["id"]}
        else:
            continue
        if groups and groups[-1][0] == shape:
            groups[-1][1].append(params)
        else:
            groups.append((shape, [params]))
    for (kind, name, _columns), params in groups:
        t = synced.registry()[name].table
        if kind == "insert":
            connection.execute(t.insert(), params)
        elif connection.dialect.name == "postgresql":
            _update_from_arrays(connection, t, params)
        else:
            # The SET list comes from the parameters' keys; `_row_id` only binds the WHERE.
            connection.execute(t.update().where(t.c.id == bindparam("_row_id")), params)
    logged = [p.conflict for p in plans if not isinstance(p, dict) and p.conflict is not None]
    if logged:
        connection.execute(conflict.insert(), logged)
    fields.save_many(
        connection, [p.record for p in plans if not isinstance(p, dict) and p.record is not None]
    )
