"""`canteen db upgrade|check|backup` through the real command line entry point."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from canteen import cli
from canteen.db.lifecycle import head_revision, open_database
from canteen.domain.ids import new_id
from tests.factories import make_site


@pytest.fixture
def run(capsys):
    """Run `canteen ARGS...`; returns (exit code, stdout, stderr)."""

    def invoke(*args: str | Path) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def current(tmp_path) -> Path:
    """A database at head with one site, its WAL folded back into the file."""
    path = tmp_path / "kantine.db"
    database = open_database(path, create=True)
    make_site(database, name="Næstved")
    database.dispose()
    return path


def sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()


def test_upgrade_of_a_current_file_says_so(run, current):
    code, out, _ = run("db", "upgrade", "--database", current)
    assert (code, out.strip()) == (0, f"{current}: already at revision {head_revision()}")


def test_upgrade_backs_up_and_upgrades(run, current, next_revision):
    old = head_revision()
    new = next_revision('    op.add_column("district", sa.Column("extra", sa.Integer()))\n')
    code, out, _ = run("db", "upgrade", "--database", current)
    assert code == 0
    assert f"upgraded from {old} to {new}" in out
    backup = Path(out.split("backup of the old file: ")[1].strip())
    assert backup.parent == current.parent / "backups"
    assert backup.exists()


def test_upgrade_of_a_file_made_by_create_all_marks_it(run, db):
    db.dispose()
    code, out, _ = run("db", "upgrade", "--database", db.path)
    assert code == 0
    assert f"schema already matched; marked as revision {head_revision()}" in out
    code, out, _ = run("db", "check", "--database", db.path)
    assert code == 0


def test_upgrade_of_a_missing_file_fails_clearly(run, tmp_path):
    code, _, err = run("db", "upgrade", "--database", tmp_path / "none.db")
    assert code == 1
    assert "findes ikke" in err  # the command line speaks Danish unless asked otherwise
    assert "Traceback" not in err


def test_check_of_a_healthy_file(run, current):
    code, out, _ = run("db", "check", "--database", current)
    assert code == 0
    assert f"ok (revision {head_revision()}, integrity ok, foreign keys ok)" in out


def _orphan_site(path: Path) -> str:
    sql(
        path,
        "PRAGMA foreign_keys = OFF",
        "INSERT INTO site (id, district_id, code, name, town, address, cost_centre, services,"
        f" capacity, usual_covers, updated_at) VALUES ('{new_id()}', '{new_id()}', 'X', 'Ø', 'Ø', '', 'C',"
        " 'lunch', 0, 0, '2025-01-01 00:00:00')",
    )
    return "foreign key: site row 2 points at a missing district"


def _dropped_index(path: Path) -> str:
    sql(path, "DROP INDEX ix_site_district_id")
    return "schema: add_index ix_site_district_id"


def _newer(path: Path) -> str:
    sql(path, "UPDATE alembic_version SET version_num = '9999'")
    return "revision: 9999 is newer than this app knows"


def _unstamped(path: Path) -> str:
    sql(path, "DROP TABLE alembic_version")
    return "revision: none stamped"


def _index_out_of_step(path: Path) -> str:
    # Redefine the index behind SQLite's back: its entries no longer match the table.
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_site_district_id ON site (code)'"
            " WHERE name = 'ix_site_district_id'"
        )
    return "integrity: row 1 missing from index ix_site_district_id"


def _broken_index_page(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection, connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_site_district_id'"
        ).fetchone()[0]
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\x00" * page_size)
    return "integrity: database disk image is malformed"


@pytest.mark.parametrize(
    "spoil",
    [_orphan_site, _dropped_index, _newer, _unstamped, _index_out_of_step, _broken_index_page],
    ids=["foreign_key", "schema_drift", "too_new", "unstamped", "index", "malformed"],
)
def test_check_finds_the_problem_and_exits_1(run, current, spoil):
    expected = spoil(current)
    before = current.read_bytes()
    code, out, _ = run("db", "check", "--database", current)
    assert code == 1
    assert expected in out
    assert "problem(s) found" in out
    assert current.read_bytes() == before  # a check never changes the file


def test_check_says_an_old_file_needs_an_upgrade_and_leaves_it(run, current, next_revision):
    new = next_revision('    op.add_column("district", sa.Column("extra", sa.Integer()))\n')
    code, out, _ = run("db", "check", "--database", current)
    assert code == 1
    assert f"head is {new} (run `canteen db upgrade`)" in out
    assert not (current.parent / "backups").exists()


def test_check_of_a_file_that_is_not_sqlite(run, tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database")
    code, _, err = run("db", "check", "--database", path)
    assert code == 1
    assert "ikke en SQLite-database" in err


def test_backup_writes_a_copy_and_never_overwrites(run, current, tmp_path):
    target = tmp_path / "copy.db"
    code, out, _ = run("db", "backup", "--database", current, "--out", target)
    assert (code, out.strip()) == (0, f"backup written: {target}")
    with closing(sqlite3.connect(target)) as connection, connection:
        assert connection.execute("SELECT name FROM site").fetchall() == [("Næstved",)]
    code, _, err = run("db", "backup", "--database", current, "--out", target)
    assert code == 1
    assert "will not overwrite" in err


def test_backup_of_a_missing_file_makes_nothing(run, tmp_path):
    code, _, err = run(
        "db", "backup", "--database", tmp_path / "none.db", "--out", tmp_path / "c.db"
    )
    assert code == 1
    assert "findes ikke" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []
