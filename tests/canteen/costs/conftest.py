"""A database of either kind: the report's queries must give the same figures on both."""

from __future__ import annotations

from itertools import count

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from canteen.db.base import Base
from canteen.db.engine import Database

_names = count(1)


@pytest.fixture
def pg_db(postgres_url) -> Database:
    """An empty database with the current schema on the throwaway PostgreSQL server."""
    name = f"costs_{next(_names)}"
    admin = create_engine(postgres_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        connection.execute(text(f"CREATE DATABASE {name}"))
    database = Database(postgres_url.replace("/postgres?", f"/{name}?"))
    Base.metadata.create_all(database.engine)
    yield database
    database.dispose()
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE {name}"))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request) -> Database:
    """The SQLite `db`, then the PostgreSQL one."""
    return request.getfixturevalue("db" if request.param == "sqlite" else "pg_db")
