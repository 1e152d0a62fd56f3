"""A database written by the previous release, with data in it, upgrades to head losing nothing."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.pool import NullPool

from canteen.db.lifecycle import alembic_config, prepare_database, schema_differences
from canteen.db.models.covers import Headcount
from canteen.demo.generate import generate
from tests.canteen.db.release import write_release

RELEASE = "0001"  # the schema the first release wrote


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory):
    """A small demo database at head, the rows an older file is filled with."""
    path = tmp_path_factory.mktemp("source") / "demo.db"
    database = prepare_database(path, create=True).database
    generate(database, sites=2, years=1, seed=7, today=date(2026, 11, 30))
    yield database
    database.dispose()


def _counts(connection, tables) -> dict[str, int]:
    return {
        name: connection.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()
        for name in tables
    }


def _check_upgrade(connection, copied: dict[str, int]) -> None:
    assert copied["headcount"] > 300, "the old file must hold real covers"
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    assert schema_differences(connection) == []
    assert _counts(connection, copied) == copied
    unconfirmed = connection.execute(
        select(func.count()).select_from(Headcount.__table__).where(Headcount.confirmed.is_(False))
    ).scalar_one()
    assert unconfirmed == copied["headcount"]


def test_a_release_sqlite_file_upgrades_through_the_apps_open_path(tmp_path, demo_source):
    path = tmp_path / "release.db"
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    with engine.begin() as connection:
        copied = write_release(connection, RELEASE, demo_source.engine)
    engine.dispose()
    prepared = prepare_database(path)
    try:
        assert prepared.revision_before == RELEASE
        assert prepared.backup is not None
        assert prepared.backup.exists()
        with prepared.database.engine.connect() as connection:
            assert _counts(connection, copied) == copied
            strict = dict(
                connection.execute(text("SELECT name, strict FROM pragma_table_list")).all()
            )
            assert strict["headcount"] == 1
        with prepared.database.unit_of_work() as session:
            row = session.scalars(select(Headcount).limit(1)).one()
            row.confirmed = True
        with prepared.database.engine.begin() as connection:
            _check_upgrade_is_idempotent(connection)
    finally:
        prepared.database.dispose()


def _check_upgrade_is_idempotent(connection) -> None:
    assert schema_differences(connection) == []
    confirmed = connection.execute(text("SELECT count(*) FROM headcount WHERE confirmed = 1"))
    assert confirmed.scalar_one() == 1


def test_a_release_sqlite_file_upgrades_with_alembic(tmp_path, demo_source):
    engine = create_engine(f"sqlite:///{tmp_path / 'release.db'}", poolclass=NullPool)
    try:
        with engine.begin() as connection:
            copied = write_release(connection, RELEASE, demo_source.engine)
            _check_upgrade(connection, copied)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_release_postgresql_database_upgrades(postgres_url, demo_source):
    engine = create_engine(postgres_url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            copied = write_release(connection, RELEASE, demo_source.engine)
            _check_upgrade(connection, copied)
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
    finally:
        engine.dispose()
