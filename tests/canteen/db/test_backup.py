"""Backups with SQLite's backup API: complete while the file is in use, never overwriting."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from canteen.db.backup import backup_database, backup_path, restore_database
from canteen.db.lifecycle import open_database
from canteen.db.models import Site
from canteen.errors import ValidationError
from tests.factories import make_site


def site_names(path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection, connection:
        return [name for (name,) in connection.execute("SELECT name FROM site ORDER BY name")]


@pytest.fixture
def live(tmp_path):
    """A database in use: WAL mode, rows still in the -wal file, a reader holding a snapshot."""
    database = open_database(tmp_path / "kantine.db", create=True)
    make_site(database, name="Esbjerg")
    make_site(database, name="Ribe")
    assert (tmp_path / "kantine.db-wal").stat().st_size > 0
    yield database
    database.dispose()


def test_a_backup_holds_what_was_committed_even_while_the_file_is_in_use(live, tmp_path):
    target = tmp_path / "copies" / "copy.db"
    with live.reading() as session:
        assert len(session.scalars(select(Site)).all()) == 2  # an open read transaction
        assert backup_database(live.path, target) == target
    assert site_names(target) == ["Esbjerg", "Ribe"]
    with closing(sqlite3.connect(target)) as connection, connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.db"]


def test_a_backup_never_overwrites(live, tmp_path):
    target = tmp_path / "copy.db"
    target.write_bytes(b"keep me")
    with pytest.raises(ValidationError):
        backup_database(live.path, target)
    assert target.read_bytes() == b"keep me"


def test_backup_names_carry_revision_and_utc_time_and_never_collide(tmp_path):
    database = tmp_path / "kantine.db"
    moment = datetime(2025, 3, 1, 11, 15, 0, tzinfo=UTC)
    first = backup_path(database, "0001", moment)
    assert first == tmp_path / "backups" / "kantine-0001-20250301T111500Z.db"
    first.parent.mkdir()
    first.touch()
    assert backup_path(database, "0001", moment).name == "kantine-0001-20250301T111500Z-2.db"


def test_restore_puts_the_backup_back(live, tmp_path):
    target = backup_database(live.path, tmp_path / "copy.db")
    make_site(live, name="Varde")
    live.dispose()
    restore_database(target, live.path)
    assert site_names(live.path) == ["Esbjerg", "Ribe"]
