"""Alembic environment: migrates the connection the app hands over, or a URL from the config."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, make_url
from sqlalchemy.pool import NullPool

import canteen.db.models  # noqa: F401  (registers every table on Base.metadata)
from canteen.db.base import Base
from canteen.db.models.sync import schema_filter

config = context.config
target_metadata = Base.metadata


def _configure(dialect: str, **options) -> None:
    context.configure(
        # The outbox and its flag live only in a canteen PC's SQLite file.
        include_object=schema_filter(dialect),
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table (a no-op elsewhere).
        render_as_batch=True,
        compare_type=True,
        compare_server_default=True,
        **options,
    )


def run_offline() -> None:
    """Write the SQL for a URL instead of running it (`alembic upgrade --sql`)."""
    url = config.get_main_option("sqlalchemy.url")
    _configure(make_url(url).get_backend_name(), url=url, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Run on the caller's connection (inside its transaction), else on a fresh one."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection.dialect.name, connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"), poolclass=NullPool)
    with engine.connect() as fresh:
        _configure(fresh.dialect.name, connection=fresh)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
