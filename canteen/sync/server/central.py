"""Central staff's writes to the central database: every row gets a commit-ordered version."""

from __future__ import annotations

from sqlalchemy import Connection

from canteen.sync import tables as synced
from canteen.sync.server import rls, versions
from canteen.sync.server.devices import now


def write(connection: Connection, table_name: str, values: dict) -> int:
    """Insert or update one row of a synced table (by `id` when given); returns its version."""
    table = synced.registry()[table_name].table
    rls.staff(connection)  # staff may write every row; the policies let 'central' through
    version = versions.allocate(connection)
    row_id = values.get("id")
    exists = (
        row_id is not None
        and connection.execute(table.select().where(table.c.id == row_id)).first()
    )
    stamped = {**values, "server_version": version, "updated_at": now()}
    if exists:
        connection.execute(table.update().where(table.c.id == row_id).values(**stamped))
    else:
        connection.execute(table.insert().values(**stamped))
    return version
