"""Fixtures for the database tests: migrations with an extra revision."""

from __future__ import annotations

import shutil

import pytest

from canteen.db import lifecycle

REVISION = '''"""A revision written by a test."""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down_revision}"
branch_labels = None
depends_on = None


def upgrade():
{body}


def downgrade():
    pass
'''


@pytest.fixture
def next_revision(tmp_path, monkeypatch):
    """Make the app see a copy of its migrations plus one revision whose upgrade() body you give."""

    def add(body: str, revision: str = "9001_test") -> str:
        copy = tmp_path / "migrations"
        shutil.copytree(
            lifecycle.MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__")
        )
        source = REVISION.format(
            revision=revision, down_revision=lifecycle.head_revision(), body=body
        )
        (copy / "versions" / f"{revision}.py").write_text(source, encoding="utf-8")
        monkeypatch.setattr(lifecycle, "MIGRATIONS_DIR", copy)
        return revision

    return add


@pytest.fixture(scope="session")
def demo_source(tmp_path_factory):
    """A small demo database at head, made once: its rows fill files written as older releases."""
    from datetime import date

    from canteen.db.lifecycle import prepare_database
    from canteen.demo.generate import generate

    path = tmp_path_factory.mktemp("source") / "demo.db"
    database = prepare_database(path, create=True).database
    generate(database, sites=2, years=1, seed=7, today=date(2026, 11, 30))
    yield database
    database.dispose()
