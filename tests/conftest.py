"""Shared fixtures: offscreen Qt, data folders under tmp_path, a fresh SQLite database."""

from __future__ import annotations

import os

# Set before anything imports Qt: tests never open a real window.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox  # pytest-qt has loaded Qt already

from canteen.db.base import Base
from canteen.db.engine import Database


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path, monkeypatch):
    """No test touches the user's real data folder or settings."""
    monkeypatch.setenv("CANTEEN_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def db(tmp_path) -> Database:
    """An empty database with the current schema in a real SQLite file."""
    database = Database.sqlite(tmp_path / "test.db")
    Base.metadata.create_all(database.engine)
    yield database
    database.dispose()


@dataclass(frozen=True)
class ShownBox:
    """What a message box would have shown."""

    title: str
    text: str
    informative: str
    details: str
    buttons: tuple[str, ...]


class MessageBoxes(list):
    """The message boxes a test "showed"; `answer(label)` queues the button pressed next."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[str] = []

    def answer(self, label: str) -> None:
        """Press the button labelled `label` in the next box (unanswered boxes are just closed)."""
        self.answers.append(label)


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch) -> MessageBoxes:
    """No modal message box blocks a test: `exec` records the box and presses a queued answer."""
    shown = MessageBoxes()

    def fake_exec(box: QMessageBox) -> int:
        buttons = tuple(button.text() for button in box.buttons())
        shown.append(
            ShownBox(
                box.windowTitle(), box.text(), box.informativeText(), box.detailedText(), buttons
            )
        )
        if shown.answers:
            label = shown.answers.pop(0)
            pressed = [button for button in box.buttons() if button.text() == label]
            assert pressed, f"no button {label!r} in the box (has {buttons})"
            pressed[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.fixture(autouse=True)
def _no_file_dialogs(monkeypatch):
    """A native file dialog would block: a test that needs one patches it to answer."""

    def unexpected(*_args, **_kwargs):
        raise AssertionError("a file dialog opened; patch QFileDialog in the test")

    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, unexpected)
