"""One pushed op: its checks, the decision what it writes (SYNC.md §6.8, §6.10), and the
op-by-op path that applies it in a savepoint of its own."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from canteen.sync import tables as synced
from canteen.sync.schema_map import Columns
from canteen.sync.server import fields, versions
from canteen.sync.server.devices import Device, now
from canteen.sync.server.schema import conflict


@dataclass
class Plan:
    """What one op does: its answer, and the rows it inserts, updates or logs."""

    result: dict
    insert: dict | None = None  # the new row's values, id and stamps included
    update: dict | None = None  # the columns it sets, stamps included
    conflict: dict | None = None  # a `sync_conflict` row
    record: dict | None = None  # a `sync_field_version` row


def op_id_of(op: dict) -> str:
    """The op id as the server keeps it."""
    return str(op.get("op_id", ""))[:64]


def rejected(op: dict, reason: str) -> dict:
    """A rejection answer; the reason is one of our codes, nothing of the payload is echoed."""
    return {"op_id": op_id_of(op), "status": "rejected", "reason": reason}


def check(
    who: Device, op: dict, known: Columns | None = None
) -> tuple[synced.SyncTable, dict] | dict:
    """(table, decoded values) of a well-formed op, or its rejection; reads nothing.

    `known`: the tables and columns of the pushing client's schema (None: this server's own).
    """
    table = synced.registry().get(op.get("table"))
    if table is None or (known is not None and table.name not in known):
        return rejected(op, "unknown_table")
    if not synced.site_writable(table):
        return rejected(op, "not_writable")
    values = op.get("values")
    if not isinstance(values, dict) or not isinstance(op.get("id"), str):
        return rejected(op, "bad_op")
    if set(values) - table.writable_columns:
        return rejected(op, "unknown_column")
    if known is not None and set(values) - known[table.name]:
        return rejected(op, "unknown_column")  # a column its schema has not: not its to set
    try:
        values = synced.decode_row(table, values)
    except (ValueError, TypeError):
        return rejected(op, "bad_value")
    if "site_id" in values and values["site_id"] != who.site_id:
        return rejected(op, "other_site")
    return table, values


def plan(
    who: Device,
    table: synced.SyncTable,
    op: dict,
    values: dict,
    existing,
    known: Callable[[], fields.FieldVersions],
    allocate: Callable[[], int],
    stamp: datetime,
) -> Plan:
    """Decide one checked op against the row as it is (`existing`, None when absent).

    `known` gives the row's column versions, `allocate` draws the op's version: both are
    called only when needed, so the batch and the op-by-op path draw the same versions.
    """
    op_id = op_id_of(op)
    if existing is None:
        if values.get("site_id") != who.site_id:
            return Plan(rejected(op, "other_site"))
        version = allocate()
        row = {**values, "id": op["id"], "server_version": version, "updated_at": stamp}
        return Plan({"op_id": op_id, "status": "applied", "server_version": version}, insert=row)
    # The existing row decides whose it is, never the payload (§6.10).
    if existing["site_id"] != who.site_id:
        return Plan(rejected(op, "other_site"))
    changed = [c for c in (op.get("changed") or values) if c in values]
    base = op.get("base_version")
    # Delete wins over a concurrent edit; the edit is logged and the device gets the tombstone.
    # (An edit that clears deleted_at itself is an explicit un-delete and goes through.)
    deleted = existing["deleted_at"] is not None
    if deleted and op.get("kind") != "delete" and values.get("deleted_at", True) is not None:
        return Plan(
            {
                "op_id": op_id,
                "status": "applied",
                "server_version": existing["server_version"],
                "conflicts": [{"columns": changed, "rule": "delete_wins", "winner": "server"}],
                "row": synced.encode_row(table, existing),
            },
            conflict=_conflict(who, table, existing, changed, base, "delete_wins", "server"),
        )
    # A conflict is a column this op changes that another origin changed after the op's base
    # (§6.8): edits of different columns merge, and a device's own writes never conflict.
    versions_of = known()
    differs = [c for c in changed if existing[c] != values[c]]
    clashing = [
        c for c in differs if versions_of.of(c)[0] > (base or 0) and versions_of.of(c)[1] != who.id
    ]
    logged = None
    result = {"op_id": op_id, "status": "applied"}
    if clashing:
        # Last arrival wins for site rows; the overwritten value is logged (§6.8).
        logged = _conflict(who, table, existing, clashing, base, "last_arrival_wins", "client")
    version = allocate()
    result["server_version"] = version
    if clashing:
        result["conflicts"] = [
            {"columns": clashing, "rule": "last_arrival_wins", "winner": "client"}
        ]
    changes = {**{c: values[c] for c in changed}, "server_version": version, "updated_at": stamp}
    record = fields.record(table.name, op["id"], versions_of, version, differs, who.id)
    return Plan(result, update=changes, conflict=logged, record=record)


def apply_one(connection: Connection, who: Device, op: dict, known: Columns | None = None) -> dict:
    """Apply one op in a savepoint of its own: read its row, write, answer (the reference path)."""
    checked = check(who, op, known)
    if isinstance(checked, dict):
        return checked
    table, values = checked
    t = table.table
    savepoint = connection.begin_nested()
    try:
        lookup = select(t).where(t.c.id == op["id"])
        if connection.dialect.name == "postgresql":
            lookup = lookup.with_for_update()
        existing = connection.execute(lookup).mappings().first()
        decided = plan(
            who,
            table,
            op,
            values,
            existing,
            lambda: fields.load(connection, table.name, op["id"], existing["server_version"]),
            lambda: versions.allocate(connection),
            now(),
        )
        if decided.conflict is not None:
            connection.execute(conflict.insert(), decided.conflict)
        if decided.insert is not None:
            connection.execute(t.insert().values(**decided.insert))
        if decided.update is not None:
            connection.execute(t.update().where(t.c.id == op["id"]).values(**decided.update))
        if decided.record is not None:
            fields.save_many(connection, [decided.record])
    except (IntegrityError, DBAPIError):
        savepoint.rollback()
        return rejected(op, "invalid_row")
    if decided.result["status"] == "rejected":
        savepoint.rollback()
    else:
        savepoint.commit()
    return decided.result


def _conflict(who: Device, table, existing, columns, base, rule: str, winner: str) -> dict:
    return {
        "table_name": table.name,
        "row_id": existing["id"],
        "site_id": existing["site_id"],
        "device_id": who.id,
        "columns": json.dumps(sorted(columns)),
        "base_version": base,
        "server_version": existing["server_version"],
        "rule": rule,
        "winner": winner,
        "created_at": now(),
    }
