"""Engine and session setup: SQLite pragmas, one session per unit of work, soft-delete filter.

SQLAlchemy is imported when a `Database` first needs its engine, not when one is made: the app
reads its start page through the plain DB-API connection (`Database.dbapi`) and paints it before
SQLAlchemy (a third of a second of imports) has loaded.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

BUSY_TIMEOUT_MS = 5000
SQLITE_PREFIX = "sqlite:///"


def sqlite_url(path: str | Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"{SQLITE_PREFIX}{Path(path)}"


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL, foreign keys and a busy timeout on every connection."""
    from sqlalchemy import create_engine, event

    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that hide tombstoned rows unless a query asks `include_deleted=True`."""
    from sqlalchemy import event
    from sqlalchemy.orm import sessionmaker

    factory = sessionmaker(engine, expire_on_commit=False)
    event.listen(factory, "do_orm_execute", _hide_deleted)
    return factory


def _hide_deleted(state: ORMExecuteState) -> None:
    from sqlalchemy.orm import with_loader_criteria

    from canteen.db.base import Synced

    if (
        state.is_select
        and not state.is_column_load
        and not state.is_relationship_load
        and not state.execution_options.get("include_deleted", False)
    ):
        state.statement = state.statement.options(
            with_loader_criteria(Synced, lambda cls: cls.deleted_at.is_(None), include_aliases=True)
        )


def _sqlite_file(url: str) -> Path | None:
    # Only the plain file form this module writes itself; anything else goes through SQLAlchemy.
    if not url.startswith(SQLITE_PREFIX):
        return None
    rest = url[len(SQLITE_PREFIX) :]
    return Path(rest) if rest and "?" not in rest and rest != ":memory:" else None


class Database:
    """One database: its engine and a factory of short-lived sessions (one per user action)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._file = _sqlite_file(url)
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        # Background jobs may be first to ask for the engine; only one may build it.
        self._lock = threading.Lock()
        # Idle plain connections, kept: a new one reads the whole schema first (about 2 ms).
        self._idle: list[sqlite3.Connection] = []

    @classmethod
    def sqlite(cls, path: str | Path) -> Database:
        """The database in a SQLite file (created when missing; schema is the migrations' job)."""
        return cls(sqlite_url(path))

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (made, and SQLAlchemy imported, on first use)."""
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    engine = make_engine(self.url)
                    self._sessions = make_session_factory(engine)
                    self._engine = engine
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The session factory."""
        self.engine  # noqa: B018  (makes the factory with the engine)
        assert self._sessions is not None
        return self._sessions

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if self._file is not None:
            return self._file
        if self.engine.dialect.name != "sqlite":
            return None
        return Path(self.engine.url.database) if self.engine.url.database else None

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back if it raises."""
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading only; nothing is committed."""
        with self.sessions() as session:
            yield session

    @contextmanager
    def dbapi(self) -> Iterator[sqlite3.Connection]:
        """A plain sqlite3 connection for reading, closed after the block (SQLite files only).

        The read models of the start page use it, so they work before SQLAlchemy is loaded.
        SQL written for it uses `?` placeholders and filters tombstoned rows itself
        (`deleted_at IS NULL`), as the sessions do.
        """
        if self._file is None:
            raise ValueError(f"plain reads need a SQLite file, not {self.url}")
        with self._lock:
            connection = self._idle.pop() if self._idle else None
        if connection is None:
            # mode=rw: a read never creates a file that is not there. One thread at a time
            # uses a connection, but it may be another thread next time.
            uri = f"{self._file.absolute().as_uri()}?mode=rw"
            connection = sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )
        try:
            yield connection
        finally:
            if connection.in_transaction:  # reads open none; never keep one open if so
                connection.rollback()
            with self._lock:
                self._idle.append(connection)

    def dispose(self) -> None:
        """Close all pooled connections (before a file is moved or backed up)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()
        if self._engine is not None:
            self._engine.dispose()
