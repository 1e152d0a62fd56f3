"""Starting the app: the command line, the smoke test, and nothing heavy before the first paint."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from datetime import date

import pytest

from canteen.commands import gui
from canteen.db.lifecycle import open_database
from tests.factories import make_headcount, make_site

SHOW_WINDOW_AND_LIST_HEAVY_MODULES = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
import ui.app
from ui.context import AppContext
from ui.main_window import MainWindow
window = MainWindow(AppContext())
window.show()
app.processEvents()
heavy = ("sqlalchemy", "alembic", "canteen.db", "canteen.services", "numpy", "pandas")
print(sorted(name for name in sys.modules if name.split(".")[0] in heavy or name in heavy))
"""


def run_python(args: list[str], tmp_path, timeout: int = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CANTEEN_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=timeout
    )


def test_the_window_is_built_without_loading_database_code(tmp_path):
    done = run_python(["-c", SHOW_WINDOW_AND_LIST_HEAVY_MODULES], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_gui_command_takes_database_smoke_test_and_language():
    parser = argparse.ArgumentParser()
    gui.register(parser.add_subparsers())
    args = parser.parse_args(["gui", "--database", "x.db", "--smoke-test", "--lang", "da"])
    assert (args.database, args.smoke_test, args.lang, args.func) == ("x.db", True, "da", gui.run)
    with pytest.raises(SystemExit):
        parser.parse_args(["gui", "--lang", "fr"])


@pytest.fixture
def scale_free_database(tmp_path):
    """A small real database file: one site with covers today."""
    path = tmp_path / "kantine.db"
    database = open_database(path, create=True)
    site = make_site(database, name="Rønne Politistation")
    make_headcount(database, site, date(2026, 1, 5), 64)
    database.dispose()
    return path


def test_smoke_test_paints_the_site_and_exits_0(tmp_path, scale_free_database):
    # No command: `canteen` starts the GUI.
    done = run_python(
        ["-m", "canteen", "--smoke-test", "--database", str(scale_free_database)], tmp_path
    )
    assert done.returncode == 0, done.stderr
    first, data = done.stdout.strip().splitlines()
    assert re.fullmatch(r"first paint \d+\.\d{3} s", first)
    assert re.fullmatch(r"site data painted \d+\.\d{3} s \(Rønne Politistation\)", data)
    assert not (tmp_path / "data" / "settings.ini").exists()  # the smoke test leaves no settings


def test_smoke_test_with_a_bad_file_fails_with_the_reason(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("not a database")
    done = run_python(["-m", "canteen", "gui", "--smoke-test", "--database", str(bad)], tmp_path)
    assert done.returncode == 1
    assert "er ikke en kantinedatabase" in done.stderr  # Danish: the default language
    assert bad.read_text() == "not a database"


@pytest.mark.slow
def test_smoke_test_creates_a_missing_database_with_a_little_demo_data(tmp_path):
    missing = tmp_path / "new" / "kantine.db"
    done = run_python(
        ["-m", "canteen", "gui", "--smoke-test", "--database", str(missing)], tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert missing.exists()
    assert done.stdout.splitlines()[0].startswith("first paint ")
    assert done.stdout.splitlines()[1].startswith("site data painted ")


SMOKE_RECORDING_THE_WARM_UP = """
import sys
import canteen.commands.gui
import canteen.services.workspace as workspace
from canteen.cli import main

def warm_up(database):
    print("warm up; sqlalchemy loaded before:", "sqlalchemy" in sys.modules, flush=True)

workspace.warm_up = warm_up
sys.exit(main(["--smoke-test", "--database", sys.argv[1]]))
"""


def test_the_site_is_painted_before_sqlalchemy_loads_which_follows_once(
    tmp_path, scale_free_database
):
    done = run_python(["-c", SMOKE_RECORDING_THE_WARM_UP, str(scale_free_database)], tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines.count("warm up; sqlalchemy loaded before: False") == 1
    assert any(line.startswith("site data painted") for line in lines)
