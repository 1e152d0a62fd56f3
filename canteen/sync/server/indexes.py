"""The central database's pull indexes: rows by version, within a site's or district's scope.

A pull asks each synced table for `server_version > cursor` in its scope, ordered by version.
Without these, every page of a 250-site database scans whole tables. Server-only (the canteen
PCs' SQLite files never pull from themselves), so `admin init` creates them, not a migration.
"""

from __future__ import annotations

from sqlalchemy import Connection

from canteen.sync import tables as synced


def ensure_indexes(connection: Connection) -> int:
    """Create any missing pull index (PostgreSQL only); returns how many statements ran."""
    if connection.dialect.name != "postgresql":
        return 0
    ran = 0
    for table in synced.registry().values():
        scopes = [[]]
        if table.has_site:
            scopes.append(["site_id"])
        if table.has_district:
            scopes.append(["district_id"])
        for scope in scopes:
            columns = [*scope, "server_version"]
            name = f"sv_{table.name}_{'_'.join(c.split('_')[0] for c in columns)}"[:63]
            listed = ", ".join(f'"{c}"' for c in columns)
            connection.exec_driver_sql(
                f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table.name}" ({listed})'
            )
            ran += 1
    return ran
