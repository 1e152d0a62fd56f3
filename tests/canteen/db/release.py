"""A database as an older release wrote it: its schema at that revision, filled with real rows."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Connection, Engine, MetaData, insert, select, text

from canteen.db.lifecycle import alembic_config


def write_release(target: Connection, revision: str, source: Engine) -> dict[str, int]:
    """Migrate `target` to `revision` and copy `source`'s rows into the columns that revision has.

    Returns the rows copied per table. `source` is a database at head (demo data); columns added
    after `revision` are left out, which is what a file written by that release holds.
    """
    config = alembic_config()
    config.attributes["connection"] = target
    command.upgrade(config, revision)
    old = MetaData()
    old.reflect(target)
    copied: dict[str, int] = {}
    with source.connect() as reading:
        current = MetaData()
        current.reflect(reading)
        for table in old.sorted_tables:
            # The file's own bookkeeping (revision, sync outbox and flag) is not copied.
            own = table.name == "alembic_version" or table.name.startswith("_sync_")
            if own or table.name not in current.tables:
                continue
            have = set(table.columns.keys())
            source_table = current.tables[table.name]
            columns = [c for c in source_table.columns if c.name in have]
            query = select(*columns)
            if "menu_line" in have and "menu_line_id" in source_table.c:
                # Before 0003 a dish named its menu line by code.
                line = current.tables["menu_line"]
                query = query.add_columns(line.c.code.label("menu_line")).join(
                    line, line.c.id == source_table.c.menu_line_id
                )
            rows = [dict(r._mapping) for r in reading.execute(query)]
            if rows:
                target.execute(insert(table), rows)
            copied[table.name] = len(rows)
    return copied


def alembic_on(connection: Connection):
    """An Alembic config that runs on this connection (inside the caller's transaction)."""
    config = alembic_config()
    config.attributes["connection"] = connection
    return config


def count_rows(connection: Connection, table: str) -> int:
    """How many rows a table holds, tombstones included."""
    return connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
