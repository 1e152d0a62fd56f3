"""`canteen db upgrade|check|backup`: keep a database file healthy from the command line."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from canteen.commands.common import add_database_option, database_path
from canteen.db.backup import backup_database
from canteen.db.lifecycle import (
    LOCK_WAIT_SECONDS,
    check_sqlite_file,
    head_revision,
    known_revisions,
    prepare_database,
    schema_differences,
)
from canteen.errors import DatabaseProblem


@dataclass(frozen=True)
class Findings:
    """What a check of one database file found; `problems` is empty when all is well."""

    revision: str | None
    head: str
    problems: tuple[str, ...]


def register(subparsers) -> None:
    """Add `db` with its actions `upgrade`, `check` and `backup`."""
    parser = subparsers.add_parser("db", help="upgrade, check or back up a database file")
    actions = parser.add_subparsers(dest="db_action", metavar="ACTION", required=True)

    upgrade = actions.add_parser("upgrade", help="back up the file, then bring its schema to head")
    add_database_option(upgrade)
    upgrade.set_defaults(func=run_upgrade)

    check = actions.add_parser("check", help="integrity, foreign keys and schema revision")
    add_database_option(check)
    check.set_defaults(func=run_check)

    backup = actions.add_parser("backup", help="copy the database safely, even while in use")
    add_database_option(backup)
    backup.add_argument("--out", type=Path, required=True, help="the new backup file")
    backup.set_defaults(func=run_backup)


def _path(args) -> Path:
    return database_path(args)


def run_upgrade(args) -> int:
    """Open the file the way the app does: checked, backed up when old, upgraded."""
    prepared = prepare_database(_path(args))
    prepared.database.dispose()
    if prepared.revision_before == prepared.revision:
        print(f"{_path(args)}: already at revision {prepared.revision}")
        return 0
    if prepared.stamped:
        print(f"{_path(args)}: schema already matched; marked as revision {prepared.revision}")
        return 0
    print(
        f"{_path(args)}: upgraded from {prepared.revision_before or 'nothing'} to {prepared.revision}"
    )
    if prepared.backup:
        print(f"backup of the old file: {prepared.backup}")
    return 0


def run_check(args) -> int:
    """Print what is wrong with the file (exit 1), or that all is well."""
    path = _path(args)
    findings = inspect_database(path)
    if findings.problems:
        for problem in findings.problems:
            print(f"problem: {problem}")
        print(f"{path}: {len(findings.problems)} problem(s) found")
        return 1
    print(f"{path}: ok (revision {findings.revision}, integrity ok, foreign keys ok)")
    return 0


def run_backup(args) -> int:
    """Copy the file with SQLite's backup API to a new file."""
    path = _path(args)
    check_sqlite_file(path)
    target = backup_database(path, args.out.absolute())
    print(f"backup written: {target}")
    return 0


def inspect_database(path: Path) -> Findings:
    """Read-only check: integrity, foreign keys, revision against head, schema against models."""
    check_sqlite_file(path)
    problems: list[str] = []
    uri = f"{path.as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, timeout=LOCK_WAIT_SECONDS)
    try:
        integrity = [message for (message,) in connection.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems += [f"integrity: {message}" for message in integrity]
        for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: {table} row {rowid} points at a missing {parent}")
        stamped = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()[0]
        revisions = (
            [v for (v,) in connection.execute("SELECT version_num FROM alembic_version")]
            if stamped
            else []
        )
    except sqlite3.Error as error:
        if error.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise DatabaseProblem(
                f"database {path}: in use by another program", reason="locked", path=str(path)
            ) from error
        # Damage bad enough that SQLite cannot even finish its own checks.
        return Findings(None, head_revision(), (*problems, f"integrity: {error}"))
    finally:
        connection.close()

    head = head_revision()
    revision = "+".join(sorted(revisions)) or None
    if revision is None:
        problems.append("revision: none stamped (not made by the canteen app's migrations)")
    elif set(revisions) - known_revisions():
        problems.append(f"revision: {revision} is newer than this app knows (head {head})")
    elif revision != head:
        problems.append(f"revision: {revision}, head is {head} (run `canteen db upgrade`)")
    else:
        problems += [f"schema: {_describe(d)}" for d in _differences(uri)]
    return Findings(revision, head, tuple(problems))


def _differences(uri: str) -> list:
    engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=NullPool
    )
    try:
        with engine.connect() as connection:
            return schema_differences(connection)
    finally:
        engine.dispose()


def _describe(difference) -> str:
    # Alembic gives ("add_table", Table) or a list of ("modify_type", schema, table, column, ...).
    step = difference[0] if isinstance(difference, list) else difference
    names = [getattr(part, "name", part) for part in step[1:] if part is not None]
    return " ".join(str(part) for part in (step[0], *names[:3]))
