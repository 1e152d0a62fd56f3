"""`admin init --demo`: the site demo, loaded into the central database as if synced for years.

The demo generator writes a SQLite file quickly; copying that file into PostgreSQL with COPY is
several times faster than generating into PostgreSQL row by row. Every row gets a server version
on the way in (parents' tables first), so an enrolled PC pulls its site's history like any other
change.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from canteen.sync import tables as synced
from canteen.sync.server import versions


@dataclass(frozen=True)
class DemoLoad:
    """What `load_demo` did: rows copied per table, and the seconds each step took."""

    rows: dict[str, int]
    generate_seconds: float
    copy_seconds: float

    @property
    def total(self) -> int:
        """Rows copied in all."""
        return sum(self.rows.values())


def generate_file(
    path: Path, *, sites: int, years: int, seed: int, today: date | None = None
) -> None:
    """Write the demo into a new SQLite file at `path` (the same data as `canteen demo`)."""
    from canteen.db.lifecycle import open_database
    from canteen.demo import generate

    database = open_database(path, create=True)
    try:
        generate(database, sites=sites, years=years, seed=seed, today=today)
    finally:
        database.dispose()


def copy_file(source: Path, engine: Engine, progress: Callable[[str, int], None] | None = None):
    """Copy every synced table of the SQLite file `source` into the (empty) central database.

    One transaction; the rows get versions first .. first + n - 1 in table order (parents
    first). PostgreSQL only: it uses COPY. Returns rows per table.
    """
    counts: dict[str, int] = {}
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        plan = []
        for table in synced.registry().values():
            (count,) = reader.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()
            if count:
                plan.append((table, count))
        with engine.begin() as connection:
            _refuse_unless_empty(connection)
            # SQLite keeps instants as naive UTC text; read them as UTC.
            connection.exec_driver_sql("SET LOCAL TIME ZONE 'UTC'")
            _skip_trigger_checks(connection)
            version = versions.allocate(connection, sum(count for _, count in plan))
            raw = connection.connection.dbapi_connection
            with raw.cursor() as cursor:
                for table, count in plan:
                    _copy_table(reader, cursor, table, version)
                    version += count
                    counts[table.name] = count
                    if progress is not None:
                        progress(table.name, count)
    finally:
        reader.close()
    return counts


def _skip_trigger_checks(connection) -> None:
    # The rows come from a file that enforced the same foreign keys; checking them again costs
    # a trigger call per row. Only a superuser may switch that off; anyone else just checks.
    savepoint = connection.begin_nested()
    try:
        connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
    except DBAPIError:
        savepoint.rollback()
    else:
        savepoint.commit()


def _refuse_unless_empty(connection) -> None:
    from canteen.demo import DatabaseNotEmpty

    for table in synced.registry():
        if connection.exec_driver_sql(f'SELECT 1 FROM "{table}" LIMIT 1').first():
            raise DatabaseNotEmpty("the central database already holds data", table=table)


def _copy_table(reader: sqlite3.Connection, cursor, table: synced.SyncTable, first: int) -> None:
    columns = [c.name for c in table.table.c if c.name != "server_version"]
    listed = ", ".join(f'"{name}"' for name in columns)
    rows = reader.execute(f'SELECT {listed} FROM "{table.name}" ORDER BY rowid')
    # Text COPY: PostgreSQL parses uuids, dates and instants itself; booleans arrive as 0/1.
    with cursor.copy(f'COPY "{table.name}" ({listed}, server_version) FROM STDIN') as copy:
        for number, row in enumerate(rows, start=first):
            copy.write_row((*row, number))


def load_demo(
    engine: Engine,
    *,
    sites: int,
    years: int,
    seed: int,
    today: date | None = None,
    folder: Path | None = None,
) -> DemoLoad:
    """Generate the demo into a temporary SQLite file and copy it into the central database."""
    import time

    with engine.connect() as connection:
        _refuse_unless_empty(connection)  # before minutes of generating, not after
    with tempfile.TemporaryDirectory(dir=folder, prefix="canteen-demo-") as scratch:
        path = Path(scratch) / "demo.db"
        started = time.perf_counter()
        generate_file(path, sites=sites, years=years, seed=seed, today=today)
        generated = time.perf_counter()
        counts = copy_file(path, engine)
        copied = time.perf_counter()
    return DemoLoad(counts, generated - started, copied - generated)
