"""open_database refuses unusable files with a reason, and upgrades old ones after a backup."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from canteen.db import lifecycle
from canteen.db.lifecycle import (
    delete_new_database,
    head_revision,
    open_database,
    prepare_database,
)
from canteen.db.models import District, Site
from canteen.errors import DatabaseProblem
from tests.factories import make_site


def refusal(path: Path, **options) -> DatabaseProblem:
    """The DatabaseProblem open_database raises for `path` (fails the test if it opens)."""
    with pytest.raises(DatabaseProblem) as caught:
        open_database(path, **options)
    assert caught.value.path == str(path.absolute())
    assert caught.value.data["reason"] == caught.value.reason
    return caught.value


def revision_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection, connection:
        return [v for (v,) in connection.execute("SELECT version_num FROM alembic_version")]


def columns_of(path: Path, table: str) -> list[str]:
    with closing(sqlite3.connect(path)) as connection, connection:
        return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


@pytest.fixture
def current(tmp_path) -> Path:
    """A database at head holding one site (and its district)."""
    path = tmp_path / "kantine.db"
    database = open_database(path, create=True)
    make_site(database, name="Holstebro")
    database.dispose()
    return path


# Missing and new files


def test_a_missing_file_is_refused_and_not_created(tmp_path):
    path = tmp_path / "nothing.db"
    assert refusal(path).reason == "missing"
    assert not path.exists()


def test_create_makes_a_database_at_head(tmp_path):
    path = tmp_path / "new" / "kantine.db"
    prepared = prepare_database(path, create=True)
    try:
        assert (prepared.created, prepared.revision_before, prepared.backup) == (True, None, None)
        assert revision_in(path) == [head_revision()] == [prepared.revision]
        with prepared.database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        make_site(prepared.database)
    finally:
        prepared.database.dispose()


def test_an_empty_file_counts_as_missing(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    assert refusal(path).reason == "missing"
    open_database(path, create=True).dispose()
    assert revision_in(path) == [head_revision()]


def test_an_empty_file_with_a_write_ahead_log_beside_it_is_not_overwritten(tmp_path):
    path = tmp_path / "kantine.db"
    path.touch()
    wal = tmp_path / "kantine.db-wal"
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(60))
    assert refusal(path, create=True).reason == "not_sqlite"
    assert wal.read_bytes() == b"\x37\x7f\x06\x82" + bytes(60)


# Files that are not (our) SQLite databases


@pytest.mark.parametrize(
    "content",
    [
        b"name;covers\nAarhus;120\n",
        b"%PDF-1.7\n" + bytes(range(256)) * 8,
        b"SQLite format 2\x00" + b"\x00" * 4080,
        b"SQLite format 3",  # the header without its closing zero byte
    ],
    ids=["csv", "pdf", "old_sqlite", "short_header"],
)
@pytest.mark.parametrize("create", [False, True])
def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path, content, create):
    path = tmp_path / "kantine.db"
    path.write_bytes(content)
    problem = refusal(path, create=create)
    assert (problem.reason, problem.data["detail"]) == ("not_sqlite", "header")
    assert path.read_bytes() == content


def test_a_corrupt_file_with_a_good_header_is_refused(tmp_path):
    path = tmp_path / "kantine.db"
    content = lifecycle.SQLITE_HEADER + bytes(range(256)) * 16
    path.write_bytes(content)
    assert refusal(path).reason == "not_sqlite"
    assert path.read_bytes() == content


def test_a_folder_is_not_a_database(tmp_path):
    assert refusal(tmp_path, create=True).reason == "not_sqlite"


def test_another_programs_sqlite_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    before = path.read_bytes()
    problem = refusal(path)
    assert (problem.reason, problem.data["detail"]) == ("not_sqlite", "unknown_schema")
    assert path.read_bytes() == before


@pytest.mark.parametrize("empty_version_table", [False, True])
def test_a_file_made_by_create_all_is_adopted_at_head(db, empty_version_table):
    site_id = make_site(db, name="Viborg")
    db.dispose()
    if empty_version_table:
        with closing(sqlite3.connect(db.path)) as connection, connection:
            connection.execute("CREATE TABLE alembic_version (version_num TEXT NOT NULL)")
    prepared = prepare_database(db.path)
    try:
        assert (prepared.stamped, prepared.backup) == (True, None)
        assert revision_in(db.path) == [head_revision()]
        with prepared.database.reading() as session:
            assert session.get(Site, site_id).name == "Viborg"
    finally:
        prepared.database.dispose()


# Read-only files and folders. Tests may run as root, whom chmod does not stop; open_database
# treats a file or folder without any write bit as read-only (os.access alone would say root
# may write), so these tests mean the same as root and as a normal user.


@pytest.fixture
def read_only(request):
    """chmod a path read-only for the test, and back afterwards so tmp_path can be cleaned."""
    changed: list[tuple[Path, int]] = []

    def make(path: Path, mode: int) -> None:
        changed.append((path, path.stat().st_mode))
        path.chmod(mode)

    yield make
    for path, mode in reversed(changed):
        path.chmod(mode)


@pytest.mark.parametrize("create", [False, True])
def test_a_read_only_file_is_refused(current, read_only, create):
    before = current.read_bytes()
    read_only(current, 0o444)
    assert refusal(current, create=create).reason == "read_only"
    assert current.read_bytes() == before


def test_a_database_in_a_read_only_folder_is_refused(current, read_only):
    read_only(current.parent, 0o555)
    problem = refusal(current)
    assert (problem.reason, problem.data["folder"]) == ("read_only", str(current.parent))
    assert not (current.parent / "backups").exists()


def test_a_new_database_in_a_read_only_folder_is_refused(tmp_path, read_only):
    folder = tmp_path / "locked-away"
    folder.mkdir()
    read_only(folder, 0o555)
    assert refusal(folder / "kantine.db", create=True).reason == "read_only"
    assert list(folder.iterdir()) == []


# Locked by another program

HOLD_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode = " + sys.argv[2])
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
"""


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_a_file_locked_by_another_program_is_refused_after_a_short_wait(
    current, monkeypatch, journal_mode
):
    monkeypatch.setattr(lifecycle, "LOCK_WAIT_SECONDS", 0.2)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(current), journal_mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        assert refusal(current).reason == "locked"
        assert time.monotonic() - started < 3
    finally:
        holder.communicate("done\n", timeout=10)
    open_database(current).dispose()  # fine again once the other program lets go


# Revisions


def test_a_database_from_a_newer_version_is_refused(current):
    with closing(sqlite3.connect(current)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    problem = refusal(current)
    assert (problem.reason, problem.data["revision"]) == ("too_new", "9999")
    assert revision_in(current) == ["9999"]
    assert not (current.parent / "backups").exists()


def test_a_database_at_head_opens_without_a_backup(current):
    prepared = prepare_database(current)
    prepared.database.dispose()
    assert (prepared.revision_before, prepared.revision) == (head_revision(), head_revision())
    assert prepared.backup is None
    assert not (current.parent / "backups").exists()


# A revision that rebuilds `site` (referenced by most tables) with a new CHECK: the batch copy
# needs foreign keys off while it drops and renames, and must keep the table STRICT.
REBUILD_SITE = """\
    with op.batch_alter_table(
        "site", recreate="always", table_kwargs={"sqlite_strict": True}
    ) as batch:
        batch.create_check_constraint("capacity_sane", "capacity < 100000")
"""


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_an_old_database_is_backed_up_then_upgraded(current, next_revision, journal_mode):
    with closing(sqlite3.connect(current)) as connection, connection:
        connection.execute(f"PRAGMA journal_mode = {journal_mode}")
    old = head_revision()
    new = next_revision(REBUILD_SITE)
    started = datetime.now(UTC).replace(microsecond=0)
    prepared = prepare_database(current)
    try:
        assert (prepared.revision_before, prepared.revision) == (old, new)
        assert revision_in(current) == [new]
        backup = prepared.backup
        assert backup.parent == current.parent / "backups"
        found = re.fullmatch(rf"kantine-{old}-(\d{{8}}T\d{{6}}Z)\.db", backup.name)
        made = datetime.strptime(found.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        assert started <= made <= datetime.now(UTC) + timedelta(seconds=1)
        assert revision_in(backup) == [old]
        with closing(sqlite3.connect(backup)) as connection, connection:
            assert connection.execute("SELECT name FROM site").fetchall() == [("Holstebro",)]
            assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        with prepared.database.reading() as session:
            site = session.scalars(select(Site)).one()
            assert site.name == "Holstebro"
            assert session.get(District, site.district_id) is not None
        with prepared.database.engine.connect() as connection:
            sql = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'site'"
            ).scalar()
            assert "ck_site_capacity_sane" in sql
            assert sql.rstrip().endswith("STRICT")
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        prepared.database.dispose()


@pytest.mark.parametrize(
    ("body", "cause"),
    [
        # Changes something, then fails: the one transaction takes the change back.
        (
            '    op.add_column("district", sa.Column("extra", sa.Integer()))\n'
            '    op.execute("INSERT INTO no_such_table VALUES (1)")\n',
            "no such table: no_such_table",
        ),
        # Leaves rows pointing at nothing: the foreign key check before commit catches it.
        (
            '    op.add_column("district", sa.Column("extra", sa.Integer()))\n'
            "    op.execute(\"UPDATE site SET district_id = 'gone'\")\n",
            "1 rows break foreign keys, e.g. site -> district",
        ),
    ],
    ids=["sql_error", "broken_foreign_keys"],
)
def test_a_failed_upgrade_leaves_the_file_as_it_was_and_says_where_the_backup_is(
    current, next_revision, body, cause
):
    old = head_revision()
    next_revision(body)
    problem = refusal(current)
    assert (problem.reason, problem.data["revision"]) == ("migration_failed", old)
    assert cause in str(problem)
    assert problem.data["restored"] is False
    backup = Path(problem.data["backup"])
    assert backup.parent == current.parent / "backups"
    assert str(backup) in str(problem)
    for path in (current, backup):
        assert revision_in(path) == [old]
        assert "extra" not in columns_of(path, "district")
        with closing(sqlite3.connect(path)) as connection, connection:
            assert connection.execute("SELECT count(*) FROM district").fetchone() == (1,)


def test_a_revision_that_commits_on_its_own_is_undone_from_the_backup(current, next_revision):
    old = head_revision()
    next_revision(
        '    op.add_column("district", sa.Column("extra", sa.Integer()))\n'
        '    op.execute("COMMIT")\n'
        '    op.execute("INSERT INTO no_such_table VALUES (1)")\n'
    )
    problem = refusal(current)
    assert problem.reason == "migration_failed"
    assert problem.data["restored"] is True
    assert Path(problem.data["backup"]).exists()
    assert revision_in(current) == [old]
    assert "extra" not in columns_of(current, "district")
    with closing(sqlite3.connect(current)) as connection, connection:
        assert connection.execute("SELECT name FROM site").fetchall() == [("Holstebro",)]


def test_a_failed_create_leaves_no_file(tmp_path, next_revision):
    next_revision('    op.execute("INSERT INTO no_such_table VALUES (1)")\n')
    path = tmp_path / "kantine.db"
    problem = refusal(path, create=True)
    assert (problem.reason, problem.data.get("backup")) == ("migration_failed", None)
    assert sorted(os.listdir(tmp_path)) == ["migrations"]


def test_delete_new_database_removes_the_file_and_its_side_files(tmp_path):
    path = tmp_path / "ny.db"
    open_database(path, create=True).dispose()
    for side in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + side).write_bytes(b"")
    delete_new_database(path)
    assert list(tmp_path.iterdir()) == []


def test_delete_new_database_never_removes_a_file_that_is_no_database(tmp_path):
    path = tmp_path / "regnskab.db"
    path.write_text("not a database, someone's work")
    with pytest.raises(DatabaseProblem, match="not a SQLite database"):
        delete_new_database(path)
    assert path.read_text() == "not a database, someone's work"
