"""Running sync work off the GUI thread: each job opens its own engine on the file and closes it.

SYNC.md §6.12: the sync has its own SQLite connection (WAL and a 5 s busy timeout come from
`canteen.db.engine`), and its transactions begin with BEGIN IMMEDIATE, so a transaction that
reads first and writes later never finds the file changed under it (SQLITE_BUSY_SNAPSHOT) when
the user saves something at the same moment: it waits for the lock instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from canteen.db.engine import Database

T = TypeVar("T")


def _immediate(engine) -> None:
    from sqlalchemy import event

    # pysqlite's own BEGIN would be deferred; SQLAlchemy's recipe takes the BEGIN over.
    @event.listens_for(engine, "connect")
    def _no_driver_begin(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin_immediate(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def own_database(url: str) -> Iterator[Database]:
    """A Database of its own on `url` for one background job, disposed afterwards."""
    database = Database(url)
    if database.engine.dialect.name == "sqlite":
        _immediate(database.engine)
    try:
        yield database
    finally:
        database.dispose()


def with_own_database(url: str, job: Callable[[Database], T]) -> T:
    """Run `job(database)` on a database of its own (for `run_task`)."""
    with own_database(url) as database:
        return job(database)


def run_cycle(url: str, transport=None):
    """One full sync cycle of the file at `url`; returns the CycleResult (SyncProblem on refusal)."""
    from canteen.sync.client import SyncClient

    with own_database(url) as database:
        return SyncClient(database, transport).cycle()


def enroll(url: str, server: str, code: str, label: str | None = None, transport=None) -> dict:
    """Enroll the file at `url` with `server` using a one-time `code`; returns the device facts."""
    from canteen.sync.client import SyncClient

    with own_database(url) as database:
        return SyncClient(database, transport).enroll(server, code, label)
