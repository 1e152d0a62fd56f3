"""The client's side of `verify`: compare table checksums with the server's, re-pull what differs."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select, text

from canteen.db.capture import applying_remote
from canteen.sync import tables as synced
from canteen.sync.apply import upsert_rows
from canteen.sync.checksums import digest


@dataclass(frozen=True)
class TableDifference:
    """A table whose rows here differ from the server's: live row counts on both sides."""

    table: str
    local: int
    server: int


def local_checksums(connection: Connection) -> dict[str, dict]:
    """{table: {count, checksum}} of the live rows the server has acknowledged."""
    answer = {}
    for table in synced.registry().values():
        t = table.table
        rows = connection.execute(
            select(t.c.id, t.c.server_version).where(
                t.c.deleted_at.is_(None), t.c.server_version.is_not(None)
            )
        )
        answer[table.name] = digest(rows)
    return answer


def compare(local: dict[str, dict], server: dict[str, dict]) -> list[TableDifference]:
    """The tables whose checksums differ (tables this app does not know are left out)."""
    return [
        TableDifference(name, mine["count"], server[name]["count"])
        for name, mine in local.items()
        if name in server and server[name] != mine
    ]


def replace_table(connection: Connection, name: str, rows: list[dict]) -> None:
    """Make the local table hold the server's `rows` (wire form), keeping rows with local edits."""
    table = synced.registry()[name]
    waiting = set(
        connection.execute(
            text("SELECT row_id FROM _sync_outbox WHERE table_name = :t AND state = 'pending'"),
            {"t": name},
        ).scalars()
    )
    keep = [r for r in rows if r["id"] not in waiting]
    with applying_remote(connection):
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        for start in range(0, len(keep), 500):
            upsert_rows(connection, table, keep[start : start + 500])
        # Rows the server acknowledged once but no longer has for this PC.
        on_server = {r["id"] for r in rows}
        t = table.table
        known = connection.execute(select(t.c.id).where(t.c.server_version.is_not(None))).scalars()
        extra = [i for i in known if i not in on_server and i not in waiting]
        for start in range(0, len(extra), 500):
            connection.execute(t.delete().where(t.c.id.in_(extra[start : start + 500])))
