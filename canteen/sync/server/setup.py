"""Creating or upgrading the central database: the shared migrations, then the server's tables."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text

from canteen.sync import tables as synced
from canteen.sync.server import rls
from canteen.sync.server.indexes import ensure_indexes
from canteen.sync.server.schema import counter, upgrade


def server_engine(url: str) -> Engine:
    """An engine on the central database (SQLite gets the app's pragmas)."""
    from canteen.db.engine import make_engine

    return make_engine(url)


def init_database(engine: Engine) -> int:
    """Bring the schema to head, add the server tables, version any unversioned rows, and on
    PostgreSQL put row-level security on the synced tables for the server's role (rls.py).

    Returns how many rows got a version. Safe to run again (an upgrade is the same command).
    """
    from alembic import command

    from canteen.db.lifecycle import alembic_config

    with engine.begin() as connection:
        # Central staff's work: under FORCE RLS a non-superuser owner sees rows only so.
        rls.staff(connection)
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with engine.begin() as connection:
        rls.staff(connection)
        if connection.dialect.name == "sqlite":
            _drop_capture(connection)
        # Creates what is missing, so an older central database is brought up to date too.
        upgrade(connection)
        ensure_indexes(connection)
        rls.install(connection)
        if connection.execute(text("SELECT count(*) FROM sync_counter")).scalar() == 0:
            connection.execute(counter.insert().values(id=1, value=0))
        return stamp_unversioned(connection)


def _drop_capture(connection: Connection) -> None:
    # A SQLite file used as the server (one-machine demo) is not a canteen PC: no outbox.
    from canteen.db.capture import TRIGGER_PREFIX

    names = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, ?) = ?",
        (len(TRIGGER_PREFIX), TRIGGER_PREFIX),
    ).all()
    for (name,) in names:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')


def stamp_unversioned(connection: Connection) -> int:
    """Give every synced row without a server_version one, parents before children."""
    from canteen.sync.server import versions

    total = 0
    for table in synced.registry().values():
        name = table.name
        missing = connection.execute(
            text(f'SELECT count(*) FROM "{name}" WHERE server_version IS NULL')
        ).scalar()
        if not missing:
            continue
        first = versions.allocate(connection, missing)
        connection.execute(
            text(
                f"""UPDATE "{name}" SET server_version = :first + numbered.n - 1
                    FROM (SELECT id, row_number() OVER (ORDER BY id) AS n
                          FROM "{name}" WHERE server_version IS NULL) AS numbered
                    WHERE "{name}".id = numbered.id"""
            ),
            {"first": first},
        )
        total += missing
    return total
