"""Shared fixtures: offscreen Qt, data folders under tmp_path, a fresh SQLite database."""

from __future__ import annotations

import os

# Set before anything imports Qt: tests never open a real window.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

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
