"""Serving a pull: the rows a device may see with a version above its cursor (SYNC.md §6.5)."""

from __future__ import annotations

from sqlalchemy import Connection, false, or_, select

from canteen.db.base import CENTRAL, DISTRICT, SHARED
from canteen.sync import tables as synced
from canteen.sync.schema_map import Columns
from canteen.sync.server.devices import Device

MAX_PAGE = 5000


def scope_filter(table: synced.SyncTable, who: Device):
    """The WHERE clause of the rows of `table` that `who` may see (None: all of them)."""
    t = table.table
    if who.site_ids is None or table.owner == CENTRAL:
        return None
    if table.owner == DISTRICT:
        if table.has_district and who.district_id:
            return t.c.district_id == who.district_id
        return t.c.site_id.in_(who.site_ids) if table.has_site else false()
    mine = t.c.site_id.in_(who.site_ids) if who.site_ids else false()
    if table.owner == SHARED:
        return or_(t.c.site_id.is_(None), mine)
    return mine


def pull(
    connection: Connection,
    who: Device,
    cursor: int,
    limit: int,
    tables: list[str] | None = None,
    known: Columns | None = None,
) -> dict:
    """One page of changes after `cursor`, in version order, over every synced table (or some).

    `known`: the tables and columns of an older client's schema (schema_map.known_at); rows of
    other tables are left out and other columns dropped, and the cursor moves past them with the
    next row it can have (what was left out comes with the backfill after its upgrade). None:
    everything, as it is.
    """
    limit = max(1, min(limit, MAX_PAGE))
    candidates = []
    for table in synced.registry().values():
        if tables is not None and table.name not in tables:
            continue
        if known is not None and table.name not in known:
            continue
        t = table.table
        shown = [c for c in t.c if known is None or c.name in known[table.name]]
        query = select(*shown).where(t.c.server_version > cursor)
        where = scope_filter(table, who)
        if where is not None:
            query = query.where(where)
        # Each table's first `limit` rows hold every row of the page that comes from it.
        query = query.order_by(t.c.server_version).limit(limit + 1)
        for row in connection.execute(query).mappings():
            candidates.append((row["server_version"], table, row))
    candidates.sort(key=lambda item: item[0])
    page = candidates[:limit]
    changes = [
        {
            "t": table.name,
            "id": row["id"],
            "v": version,
            "deleted": row["deleted_at"] is not None,
            "row": {name: synced.encode(value) for name, value in row.items()},
        }
        for version, table, row in page
    ]
    return {
        "changes": changes,
        "next_cursor": page[-1][0] if page else cursor,
        "has_more": len(candidates) > limit,
    }
