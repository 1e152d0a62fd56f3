"""Opening a database file: check it, back it up, bring its schema up to date."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from canteen.db.backup import backup_database, backup_path, restore_database
from canteen.db.engine import Database, sqlite_url
from canteen.errors import DatabaseProblem

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

# Alembic, SQLAlchemy and the models are imported only where a file must be created, upgraded
# or compared: opening a file that is already at head (every app start) checks it with sqlite3
# and reads the revisions from the files, so the start page can be read before they load.

# Inside the package (and inside the PyInstaller bundle), so no alembic.ini is needed.
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
# How long to wait for another program's write lock before saying the file is locked.
LOCK_WAIT_SECONDS = 2.0
WRITE_BITS = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


@dataclass(frozen=True)
class Prepared:
    """What opening did: the database, its revision before and now, any backup made."""

    database: Database
    revision_before: str | None
    revision: str
    backup: Path | None
    created: bool
    stamped: bool = False  # a file made by create_all, stamped at head as it was


def alembic_config(url: str | None = None) -> Config:
    """An Alembic config built in code, pointing at the migrations inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    """The newest revision this app knows."""
    return _revisions(str(MIGRATIONS_DIR))[0]


def known_revisions() -> frozenset[str]:
    """Every revision this app knows."""
    return _revisions(str(MIGRATIONS_DIR))[1]


_REVISION_LINE = re.compile(
    r"""^(down_revision|revision)\s*(?::[^=\n]*)?=\s*['"]?([\w]+|None)['"]?""", re.M
)


@cache
def _revisions(location: str) -> tuple[str, frozenset[str]]:
    # Read from the revision files' `revision = ` / `down_revision = ` lines; the history is
    # linear, so the head is the one revision no other revision names as its parent.
    # tests/canteen/db check this against Alembic's own ScriptDirectory.
    known, parents = set(), set()
    for script in Path(location, "versions").glob("*.py"):
        values = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" in values:
            known.add(values["revision"])
            parents.add(values.get("down_revision"))
    heads = known - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {sorted(heads)}")
    return heads.pop(), frozenset(known)


def open_database(path: str | Path, *, create: bool = False) -> Database:
    """The database at `path`, ready to use (created when `create` and missing)."""
    return prepare_database(path, create=create).database


def prepare_database(path: str | Path, *, create: bool = False) -> Prepared:
    """Check the file, back it up if its schema is old, upgrade it; DatabaseProblem if unusable."""
    path = Path(path).absolute()
    is_new = _check_file(path, create)
    _check_folder(path)
    if is_new:
        return _create(path)
    revisions, tables = _probe(path)
    head, known = head_revision(), known_revisions()
    if not revisions and tables:
        _adopt(path)
        return Prepared(Database.sqlite(path), None, head, None, created=False, stamped=True)
    revisions = revisions or []
    unknown = sorted(set(revisions) - known)
    if unknown:
        raise _problem("too_new", path, "was written by a newer version", revision=unknown[0])
    before = "+".join(sorted(revisions)) or None
    if revisions == [head]:
        return Prepared(Database.sqlite(path), head, head, None, created=False)
    backup = backup_path(path, before) if before else None
    _upgrade_or_restore(path, before, backup)
    return Prepared(Database.sqlite(path), before, head, backup, created=False)


def _problem(reason: str, path: Path, what: str, **data) -> DatabaseProblem:
    return DatabaseProblem(f"database {path}: {what}", reason=reason, path=str(path), **data)


def check_sqlite_file(path: Path) -> None:
    """Raise DatabaseProblem (`missing`, `not_sqlite`) unless `path` is an existing SQLite file."""
    if not path.exists():
        raise _problem("missing", path, "no such file")
    if not path.is_file():
        raise _problem("not_sqlite", path, "not a file", detail="not_a_file")
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise _problem("read_only", path, f"cannot be read ({error.strerror})") from error
    if header != SQLITE_HEADER:
        raise _problem("not_sqlite", path, "not a SQLite database", detail="header")


def delete_new_database(path: Path) -> None:
    """Delete a database file this program has just created, with its journal and WAL files.

    Raises DatabaseProblem (`not_sqlite`) and deletes nothing when `path` holds something other
    than a SQLite database (or the empty file SQLite makes first): never remove a user's file.
    """
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        check_sqlite_file(path)
    for side in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + side).unlink(missing_ok=True)


def _check_file(path: Path, create: bool) -> bool:
    """True when a new database is to be made at `path`; raises when the file is unusable."""
    # An empty file is what SQLite itself makes of a new database: nothing to lose in it,
    # unless a write-ahead log beside it still holds pages that never reached the file.
    if not path.exists() or (path.is_file() and path.stat().st_size == 0 and not _has_wal(path)):
        if not create:
            raise _problem("missing", path, "no such file or an empty one")
        return True
    check_sqlite_file(path)
    if not _file_writable(path):
        raise _problem("read_only", path, "the file is read-only")
    return False


def _has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _file_writable(path: Path) -> bool:
    # Root passes os.access() for any file, so a file with no write bit at all counts as
    # read-only too (what the user meant by chmod a-w or the Windows read-only flag); the
    # open probes what the bits cannot see: read-only mounts and Windows ACLs.
    if not path.stat().st_mode & WRITE_BITS or not os.access(path, os.W_OK):
        return False
    try:
        with path.open("r+b"):
            return True
    except OSError:
        return False


def _check_folder(path: Path) -> None:
    """SQLite writes its journal beside the file, and backups go there: the folder must be writable."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _problem("read_only", path, f"cannot make folder ({error.strerror})") from error
    bits_ok = folder.stat().st_mode & WRITE_BITS and os.access(folder, os.W_OK | os.X_OK)
    if bits_ok:
        try:
            handle, probe = tempfile.mkstemp(dir=folder, prefix=".canteen-probe-")
            os.close(handle)
            os.unlink(probe)
            return
        except OSError:
            pass
    raise _problem("read_only", path, "the folder is read-only", folder=str(folder))


def _probe(path: Path) -> tuple[list[str] | None, list[str]]:
    """The revisions stamped in the file (None without an alembic_version table) and its tables."""
    try:
        connection = sqlite3.connect(path, timeout=LOCK_WAIT_SECONDS, isolation_level=None)
    except sqlite3.Error as error:
        raise _problem("not_sqlite", path, f"cannot be opened ({error})", detail="open") from error
    try:
        # Taking the write lock now tells "locked" apart; in WAL mode readers never wait.
        connection.execute("BEGIN IMMEDIATE")
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        tables = [name for (name,) in rows if not name.startswith("sqlite_")]
        revisions = None
        if "alembic_version" in tables:
            tables.remove("alembic_version")
            revisions = [
                v for (v,) in connection.execute("SELECT version_num FROM alembic_version")
            ]
        connection.execute("ROLLBACK")
    except sqlite3.Error as error:
        raise _sqlite_problem(path, error) from error
    finally:
        connection.close()
    return revisions, tables


def _sqlite_problem(path: Path, error: sqlite3.Error) -> DatabaseProblem:
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if code is not None else None
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return _problem("locked", path, "in use by another program", waited=LOCK_WAIT_SECONDS)
    if primary == sqlite3.SQLITE_READONLY:
        return _problem("read_only", path, "the file is read-only")
    return _problem("not_sqlite", path, f"not a usable SQLite database ({error})", detail="corrupt")


def _create(path: Path) -> Prepared:
    try:
        _upgrade(path)
    except Exception as error:
        for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise _problem("migration_failed", path, f"could not be created ({error})") from error
    return Prepared(Database.sqlite(path), None, head_revision(), None, created=True)


def _upgrade_or_restore(path: Path, before: str | None, backup: Path | None) -> None:
    """Back up and upgrade under one write lock; on failure the file is as it was (or put back)."""
    schema_before = _schema_version(path)
    try:
        _upgrade(path, backup=backup)
    except Exception as error:
        if _busy(error):
            raise _problem("locked", path, "in use by another program") from error
        made = backup if backup is not None and backup.exists() else None
        # All DDL ran in one transaction, so a rollback normally undoes it; a revision that
        # committed on its own would leave a changed schema, which the backup then replaces.
        restored = made is not None and _schema_version(path) != schema_before
        if restored:
            restore_database(made, path)
        raise _problem(
            "migration_failed",
            path,
            f"upgrade from {before} failed ({error}); "
            + (f"backup kept at {made}" if made else "no backup was made"),
            backup=str(made) if made else None,
            revision=before,
            restored=restored,
        ) from error


def _schema_version(path: Path) -> int:
    connection = sqlite3.connect(path, timeout=LOCK_WAIT_SECONDS)
    try:
        return connection.execute("PRAGMA schema_version").fetchone()[0]
    finally:
        connection.close()


def _busy(error: BaseException | None) -> bool:
    while error is not None:
        original = getattr(error, "orig", error)
        code = getattr(original, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return True
        error = error.__cause__
    return False


def _migration_engine(path: Path) -> Engine:
    """An engine whose transactions cover DDL too, with foreign keys off while tables are rebuilt."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    engine = create_engine(sqlite_url(path), poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we say BEGIN ourselves, so DDL is inside it
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        dbapi_connection.execute(f"PRAGMA busy_timeout = {int(LOCK_WAIT_SECONDS * 1000)}")

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _upgrade(path: Path, backup: Path | None = None) -> None:
    """Back up, run every pending revision and check foreign keys, all in one write transaction."""
    engine = _migration_engine(path)
    try:
        with engine.connect() as connection, connection.begin():
            if backup is not None:
                # Copied by a second connection while this one holds the write lock but has not
                # written yet: readers still see the file, and nobody can change it in between.
                backup_database(path, backup)
            from alembic import command

            before = _stamped_revision(connection)
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            # Rebuilding a table in batch mode drops its triggers: put them back from the schema.
            import canteen.db.models  # noqa: F401  (registers every table on Base.metadata)
            from canteen.db import capture, guards

            capture.install(connection)
            guards.install_guards(connection)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                table, _rowid, parent, _fk = broken[0]
                raise RuntimeError(
                    f"{len(broken)} rows break foreign keys, e.g. {table} -> {parent}"
                )
            after = head_revision()
            if before and before.isdigit() and after.isdigit():
                from canteen.sync import backfill

                # An enrolled PC pulls again what the new schema adds (SYNC.md §6.11).
                backfill.record_upgrade(connection, int(before), int(after))
    finally:
        engine.dispose()


def _stamped_revision(connection: Connection) -> str | None:
    """The revision the file is at, None for a new file."""
    stamped = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).scalar()
    if not stamped:
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _adopt(path: Path) -> None:
    """A file made by create_all (no revision): stamp it at head if Alembic finds no difference."""
    engine = _migration_engine(path)
    try:
        with engine.connect() as connection, connection.begin():
            differences = schema_differences(connection)
            if differences:
                raise _problem(
                    "not_sqlite", path, "not a canteen database", detail="unknown_schema"
                )
            from alembic import command

            config = alembic_config()
            config.attributes["connection"] = connection
            command.stamp(config, "head")
    finally:
        engine.dispose()


def schema_differences(connection: Connection) -> list:
    """Where the database's schema differs from the models (Alembic autogenerate's diff list)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    import canteen.db.models  # noqa: F401  (registers every table on Base.metadata)
    from canteen.db.base import Base
    from canteen.db.models.sync import schema_filter

    context = MigrationContext.configure(
        connection,
        opts={
            "compare_type": True,
            "compare_server_default": True,
            "include_object": schema_filter(connection.dialect.name),
        },
    )
    return compare_metadata(context, Base.metadata)
