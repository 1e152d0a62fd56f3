"""Engine and session setup: SQLite pragmas, one session per unit of work, soft-delete filter."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria

from canteen.db.base import Synced

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: str | Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{Path(path)}"


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL, foreign keys and a busy timeout on every connection."""
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
    factory = sessionmaker(engine, expire_on_commit=False)
    event.listen(factory, "do_orm_execute", _hide_deleted)
    return factory


def _hide_deleted(state: ORMExecuteState) -> None:
    if (
        state.is_select
        and not state.is_column_load
        and not state.is_relationship_load
        and not state.execution_options.get("include_deleted", False)
    ):
        state.statement = state.statement.options(
            with_loader_criteria(Synced, lambda cls: cls.deleted_at.is_(None), include_aliases=True)
        )


class Database:
    """One database: its engine and a factory of short-lived sessions (one per user action)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.sessions = make_session_factory(self.engine)

    @classmethod
    def sqlite(cls, path: str | Path) -> Database:
        """The database in a SQLite file (created when missing; schema is the migrations' job)."""
        return cls(sqlite_url(path))

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
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

    def dispose(self) -> None:
        """Close all pooled connections (before a file is moved or backed up)."""
        self.engine.dispose()
