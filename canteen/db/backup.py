"""Copies of a SQLite database made with SQLite's backup API: safe while the file is in use."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from canteen.errors import DatabaseProblem, ValidationError

BACKUP_FOLDER = "backups"
BUSY_TIMEOUT_SECONDS = 5.0


def backup_path(database: Path, revision: str, now: datetime | None = None) -> Path:
    """A free name in `backups/` beside `database`, e.g. `kantine-0001-20250301T101500Z.db`."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = database.parent / BACKUP_FOLDER
    candidate = folder / f"{database.stem}-{revision}-{stamp}.db"
    serial = 1
    while candidate.exists():
        serial += 1
        candidate = folder / f"{database.stem}-{revision}-{stamp}-{serial}.db"
    return candidate


def backup_database(source: Path, target: Path) -> Path:
    """Copy the database file `source` into the new file `target` (never overwrites)."""
    source, target = Path(source), Path(target)
    if target.exists():
        raise ValidationError(f"will not overwrite {target}", path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written under a temporary name and renamed, so a half-written copy never looks complete.
    partial = target.with_name(target.name + ".partial")
    reader = sqlite3.connect(source, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        writer = sqlite3.connect(partial)
        try:
            reader.backup(writer)
            # A backup is one self-contained file: no -wal/-shm beside it when opened.
            writer.execute("PRAGMA journal_mode = DELETE")
        finally:
            writer.close()
        os.replace(partial, target)
    except sqlite3.OperationalError as error:
        partial.unlink(missing_ok=True)
        if error.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise
        raise DatabaseProblem(
            f"database {source}: in use by another program", reason="locked", path=str(source)
        ) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        reader.close()
    return target


def restore_database(backup: Path, target: Path) -> None:
    """Put the content of `backup` back into `target`, page by page, through SQLite."""
    reader = sqlite3.connect(backup, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        writer = sqlite3.connect(target, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()
