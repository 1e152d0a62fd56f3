"""`canteen demo` makes a database, and refuses one that already holds data."""

from __future__ import annotations

from sqlalchemy import func, select

from canteen.cli import main
from canteen.db.lifecycle import open_database
from canteen.db.models import Site


def _site_count(path) -> int:
    database = open_database(path)
    try:
        with database.reading() as session:
            return session.scalar(select(func.count()).select_from(Site))
    finally:
        database.dispose()


def test_demo_command_creates_then_refuses(tmp_path, capsys):
    path = tmp_path / "demo.db"
    args = [
        "demo",
        "--database",
        str(path),
        "--sites",
        "1",
        "--years",
        "1",
        "--today",
        "2026-03-18",
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "headcounts" in out
    assert "Took" in out
    assert "MB" in out
    assert _site_count(path) == 1

    assert main([*args[:3], "--sites", "2", "--years", "1"]) == 1
    err = capsys.readouterr().err
    assert "already holds data" in err
    assert _site_count(path) == 1
