"""The app's start path (open a file at head, read the workspace and the overview) is plain sqlite3.

SQLAlchemy, the models and the forecasting libraries cost a third of a second of imports; the
start page is painted before they load, so the modules it reads through must not import them.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from canteen.db.engine import Database
from canteen.db.lifecycle import open_database
from canteen.services.overview import site_overview
from tests.factories import make_headcount, make_site, make_user

START = """
import json, sys
from datetime import date
from pathlib import Path
from canteen.services.workspace import load_workspace
from canteen.services.overview import site_overview
opened = load_workspace(Path(sys.argv[1]))
overview = site_overview(opened.database, opened.sites[0].id, today=date(2026, 11, 25))
heavy = sorted(
    name for name in sys.modules
    if name.split(".")[0] in ("sqlalchemy", "alembic", "holidays", "numpy", "pandas")
    or name.startswith("canteen.db.models")
)
print(json.dumps({"heavy": heavy, "site": overview.site.name, "total": overview.weeks[-1].total}))
"""


def test_opening_a_file_and_reading_the_start_page_loads_no_sqlalchemy(tmp_path):
    path = tmp_path / "start.db"
    db = open_database(path, create=True)
    site = make_site(db, name="Rønne Politistation")
    make_user(db, "central")
    make_headcount(db, site, date(2026, 11, 23), 42)
    db.dispose()
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", START, str(path)],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    found = json.loads(result.stdout)
    assert found == {"heavy": [], "site": "Rønne Politistation", "total": 42}


def test_the_engine_is_made_on_first_use_and_plain_reads_never_create_a_file(tmp_path):
    db = open_database(tmp_path / "lazy.db", create=True)
    assert db.path == tmp_path / "lazy.db"
    # The same file through both doors: what a session wrote, a plain read sees.
    site = make_site(db)
    assert site_overview(db, site, today=date(2026, 11, 25)).site.id == site
    db.dispose()

    missing = Database.sqlite(tmp_path / "missing.db")
    with pytest.raises(sqlite3.OperationalError, match="unable to open"), missing.dbapi():
        pass
    assert not (tmp_path / "missing.db").exists()


def test_a_server_database_has_no_plain_reads():
    with pytest.raises(ValueError, match="SQLite file"), Database("postgresql://h/db").dbapi():
        pass


def test_plain_connections_are_kept_for_the_next_read_until_disposed(tmp_path):
    # A new connection reads the whole schema first (milliseconds): reads reuse idle ones.
    db = open_database(tmp_path / "pool.db", create=True)
    with db.dbapi() as first:
        pass
    with db.dbapi() as again:
        assert again is first
        with db.dbapi() as meanwhile:  # a second reader at the same time gets its own
            assert meanwhile is not first
    db.dispose()
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        first.execute("SELECT 1")
    with db.dbapi() as after:
        assert after.execute("SELECT count(*) FROM site").fetchone() == (0,)
    db.dispose()
