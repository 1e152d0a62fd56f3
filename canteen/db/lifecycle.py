"""Opening a database file: check it, back it up, bring its schema up to date."""

from __future__ import annotations

from pathlib import Path

from canteen.db.base import Base
from canteen.db.engine import Database


def open_database(path: str | Path, *, create: bool = False) -> Database:
    """The database at `path`, ready to use (created when `create` and missing)."""
    # Placeholder until migrations land: creates the schema directly.
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    database = Database.sqlite(path)
    Base.metadata.create_all(database.engine)
    return database
