"""Serving `verify`: the checksums of every synced table over what a device may see."""

from __future__ import annotations

from sqlalchemy import Connection, select

from canteen.sync import tables as synced
from canteen.sync.checksums import digest
from canteen.sync.schema_map import Columns
from canteen.sync.server.devices import Device
from canteen.sync.server.pull import scope_filter


def verify(connection: Connection, who: Device, known: Columns | None = None) -> dict:
    """{table: {count, checksum}} of the live rows `who` may see, over the tables its schema
    has (`known`, see pull.pull; None: every table)."""
    answer = {}
    for table in synced.registry().values():
        if known is not None and table.name not in known:
            continue  # a table an older client cannot have is no difference to repair
        t = table.table
        query = select(t.c.id, t.c.server_version).where(t.c.deleted_at.is_(None))
        where = scope_filter(table, who)
        if where is not None:
            query = query.where(where)
        answer[table.name] = digest(connection.execute(query))
    return {"tables": answer}
