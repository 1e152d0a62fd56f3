"""Opening a database: first run, demo data with progress and cancel, bad files, no overwrite."""

from __future__ import annotations

import sys
import threading
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from canteen.db.lifecycle import open_database
from canteen.db.models import LocalInfo
from canteen.errors import DatabaseProblem
from tests.factories import make_site
from ui import settings
from ui.startup import Launcher


@pytest.fixture
def launcher(window, context) -> Launcher:
    """The window's launcher, as the app wires it."""
    window.launcher = Launcher(context, window)
    return window.launcher


@pytest.fixture
def good_file(tmp_path) -> Path:
    """A real, current database file with one site."""
    path = tmp_path / "elsewhere" / "kantine.db"
    database = open_database(path, create=True)
    make_site(database, name="Næstved Politistation")
    database.dispose()
    return path


@pytest.fixture
def fake_demo(monkeypatch):
    """A stand-in demo generator: the GUI flow is under test here, not the generator (which is
    slow and tested on its own). It reports progress and stops when asked; `gate` holds it."""
    gate = threading.Event()
    calls = []

    def generate(db, *, sites, years, seed, progress=None, should_cancel=None):
        calls.append((sites, years, seed))
        for step in range(1, 4):
            progress(step, 3)
            gate.wait(10)
            if should_cancel():
                return None
        make_site(db, name="Demo Station")
        with db.unit_of_work() as session:
            session.add(LocalInfo(key="demo_data", value="fake"))
        return None

    module = types.ModuleType("canteen.demo")
    module.generate = generate
    monkeypatch.setitem(sys.modules, "canteen.demo", module)
    return types.SimpleNamespace(gate=gate, calls=calls)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_first_run_offers_demo_data_by_default(launcher, tmp_path):
    launcher.start(tmp_path / "new.db")
    dialog = launcher.first_run_dialog
    assert dialog.isVisible()
    assert dialog.choice() == "demo"
    assert str(tmp_path / "new.db") in dialog.path_label.text()


def test_first_run_creates_an_empty_database(qtbot, launcher, context, tmp_path):
    path = tmp_path / "data" / "kantine.db"
    launcher.start(path)
    dialog = launcher.first_run_dialog
    dialog.empty_button.setChecked(True)
    with qtbot.waitSignal(launcher.opened, timeout=20_000):
        click(qtbot, dialog.continue_button)
    assert path.exists()
    assert context.database is not None
    assert context.database_path == path
    assert context.facts.demo_data is False
    assert settings.get(settings.LAST_DATABASE) == str(path)


def test_first_run_with_demo_data_shows_progress_then_the_labelled_data(
    qtbot, launcher, window, context, tmp_path, fake_demo
):
    path = tmp_path / "kantine.db"
    launcher.start(path)
    click(qtbot, launcher.first_run_dialog.continue_button)
    qtbot.waitUntil(  # the new file is made and migrated first: slow on a busy machine
        lambda: launcher.progress_dialog is not None and launcher.progress_dialog.value() >= 1,
        timeout=20_000,
    )
    assert launcher.progress_dialog.maximum() == 3
    with qtbot.waitSignal(launcher.opened, timeout=20_000):
        fake_demo.gate.set()
    assert fake_demo.calls == [(24, 2, 2026)]
    assert launcher.progress_dialog is None
    assert context.facts.demo_data is True
    assert window.status_panel.demo_label.isVisible()
    assert [site.name for site in context.sites] == ["Demo Station"]


def test_demo_if_new_creates_demo_data_without_asking(qtbot, window, context, tmp_path, fake_demo):
    window.launcher = Launcher(context, window, demo_if_new=True)
    path = tmp_path / "kantine.db"
    window.launcher.start(path)
    assert window.launcher.first_run_dialog is None
    with qtbot.waitSignal(window.launcher.opened, timeout=20_000):
        fake_demo.gate.set()
    assert fake_demo.calls == [(24, 2, 2026)]
    assert context.facts.demo_data is True


def test_cancelling_demo_data_removes_the_new_file_and_asks_again(
    qtbot, launcher, context, tmp_path, fake_demo
):
    path = tmp_path / "kantine.db"
    launcher.start(path)
    click(qtbot, launcher.first_run_dialog.continue_button)
    qtbot.waitUntil(  # the new file is made and migrated first: slow on a busy machine
        lambda: launcher.progress_dialog is not None and launcher.progress_dialog.value() >= 1,
        timeout=20_000,
    )
    task = launcher.task
    cancel_button = launcher.progress_dialog.findChild(QPushButton)
    assert cancel_button.text() == "Cancel"
    with qtbot.waitSignal(task.cancelled, timeout=20_000):
        click(qtbot, cancel_button)
        fake_demo.gate.set()
    assert not path.exists()
    assert context.database is None
    assert launcher.first_run_dialog is not None
    assert launcher.first_run_dialog.isVisible()


def test_quitting_the_first_run_dialog_gives_up(qtbot, launcher, tmp_path):
    launcher.start(tmp_path / "kantine.db")
    with qtbot.waitSignal(launcher.gave_up):
        click(qtbot, launcher.first_run_dialog.quit_button)
    assert not (tmp_path / "kantine.db").exists()


def test_first_run_can_open_an_existing_file(
    qtbot, launcher, context, tmp_path, good_file, monkeypatch
):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good_file), ""))
    launcher.start(tmp_path / "kantine.db")
    launcher.first_run_dialog.open_button.setChecked(True)
    with qtbot.waitSignal(launcher.opened, timeout=20_000):
        click(qtbot, launcher.first_run_dialog.continue_button)
    assert context.database_path == good_file
    assert [site.name for site in context.sites] == ["Næstved Politistation"]
    assert not (tmp_path / "kantine.db").exists()


def test_a_file_that_is_no_database_is_explained_and_never_changed(
    qtbot, launcher, tmp_path, message_boxes
):
    path = tmp_path / "notes.db"
    path.write_text("menu ideas, not a database")
    message_boxes.answer("Quit")
    with qtbot.waitSignal(launcher.gave_up, timeout=20_000):
        launcher.start(path)
    box = message_boxes[0]
    assert box.title == "The database cannot be used"
    assert box.text == f"The file {path} is not a canteen database."
    assert box.buttons == ("Open another file…", "Quit")
    assert path.read_text() == "menu ideas, not a database"


def test_after_a_bad_file_another_one_can_be_opened(
    qtbot, launcher, context, tmp_path, good_file, message_boxes, monkeypatch
):
    path = tmp_path / "notes.db"
    path.write_text("not a database")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good_file), ""))
    message_boxes.answer("Open another file…")
    with qtbot.waitSignal(launcher.opened, timeout=20_000):
        launcher.start(path)
    assert context.database_path == good_file


def test_a_failed_migration_names_the_backup(qtbot, launcher, tmp_path, message_boxes, monkeypatch):
    path = tmp_path / "old.db"
    path.write_bytes(b"SQLite format 3\x00")

    def failing(*_args, **_kwargs):
        raise DatabaseProblem(
            "upgrade failed", reason="migration_failed", path=str(path), backup="/backups/old.bak"
        )

    monkeypatch.setattr("canteen.services.workspace.load_workspace", failing)
    message_boxes.answer("Quit")
    with qtbot.waitSignal(launcher.gave_up, timeout=20_000):
        launcher.start(path)
    assert "could not be updated" in message_boxes[0].text
    assert "/backups/old.bak" in message_boxes[0].informative


def test_a_problem_with_another_file_keeps_the_open_database(
    qtbot, launcher, context, good_file, tmp_path, message_boxes
):
    with qtbot.waitSignal(launcher.opened, timeout=20_000):
        launcher.open_file(good_file)
    bad = tmp_path / "bad.db"
    bad.write_text("nonsense")
    message_boxes.answer("Keep the current database")
    launcher.open_file(bad)
    qtbot.waitUntil(lambda: len(message_boxes) == 1)
    assert message_boxes[0].buttons == ("Open another file…", "Keep the current database")
    assert context.database_path == good_file


def test_creating_never_overwrites_an_existing_file(launcher, tmp_path, message_boxes):
    path = tmp_path / "kantine.db"
    path.write_bytes(b"precious")
    launcher.create(path, None)
    assert message_boxes[0].title == "The file already exists"
    assert path.read_bytes() == b"precious"
    assert launcher.task is None
