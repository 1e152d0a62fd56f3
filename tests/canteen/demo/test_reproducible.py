"""Same seed and today give the same rows, ids included; cancelling writes nothing."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import func, select

from canteen.db.base import Base
from canteen.db.engine import Database
from canteen.db.models import LocalInfo, Site
from canteen.demo import DatabaseNotEmpty, DemoCancelled, generate, holds_data
from canteen.errors import CanteenError
from tests.factories import make_district

TODAY = date(2026, 3, 18)


def _fresh(tmp_path, name: str) -> Database:
    database = Database.sqlite(tmp_path / name)
    Base.metadata.create_all(database.engine)
    return database


def content_hash(db: Database) -> str:
    """A hash over every row of every table except the file's own facts and sync bookkeeping."""
    digest = hashlib.sha256()
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            # The outbox records when each row was written: wall-clock time, not content.
            if table.name == LocalInfo.__tablename__ or table.info.get("client_only"):
                continue
            digest.update(table.name.encode())
            for row in connection.execute(select(table).order_by(*table.primary_key.columns)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


# Run in a child process with another hash seed, so set or dict order cannot leak into the data.
CHILD = """
import sys
from datetime import date
from canteen.db.base import Base
from canteen.db.engine import Database
from canteen.demo import generate
database = Database.sqlite(sys.argv[1])
Base.metadata.create_all(database.engine)
generate(database, sites=2, years=1, seed=5, today=date(2026, 3, 18))
database.dispose()
"""


def test_same_seed_same_content_other_seed_other_content(tmp_path):
    child = tmp_path / "child.db"
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    subprocess.run([sys.executable, "-c", CHILD, str(child)], check=True, env=env, timeout=120)
    hashes = []
    for name, seed in (("a.db", 5), ("b.db", 6)):
        database = _fresh(tmp_path, name)
        generate(database, sites=2, years=1, seed=seed, today=TODAY)
        hashes.append(content_hash(database))
        database.dispose()
    child_db = Database.sqlite(child)
    assert content_hash(child_db) == hashes[0]
    child_db.dispose()
    assert hashes[0] != hashes[1]


@pytest.mark.parametrize("cancel_at", [1, 4])
def test_cancel_leaves_no_demo_rows(tmp_path, cancel_at):
    database = _fresh(tmp_path, "cancel.db")
    asked = []

    def should_cancel() -> bool:
        asked.append(True)
        return len(asked) >= cancel_at

    with pytest.raises(DemoCancelled) as raised:
        generate(database, sites=2, years=1, today=TODAY, should_cancel=should_cancel)
    assert isinstance(raised.value, CanteenError)
    with database.reading() as session:
        assert not holds_data(session)
        assert session.scalar(select(func.count()).select_from(LocalInfo)) == 0
    database.dispose()


def test_refuses_a_database_that_holds_data(db):
    make_district(db)
    with pytest.raises(DatabaseNotEmpty):
        generate(db, sites=1, years=1, today=TODAY)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Site)) == 0
