"""A database at 0006 with waste upgrades to kind 'buffet', keeping rows, STRICT and triggers."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import NullPool

from canteen.db.lifecycle import alembic_config, prepare_database, schema_differences
from canteen.demo.generate import generate
from tests.canteen.db.release import write_release

RELEASE = "0006"


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory):
    """A small demo database at head: its waste records fill the old file."""
    path = tmp_path_factory.mktemp("source") / "demo.db"
    database = prepare_database(path, create=True).database
    generate(database, sites=1, years=1, seed=7, today=date(2026, 11, 30))
    yield database
    database.dispose()


def _count(connection, table: str) -> int:
    return connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def _config(connection):
    config = alembic_config()
    config.attributes["connection"] = connection
    return config


def _set_kind(connection, row: str, kind: str) -> None:
    connection.execute(
        text("UPDATE waste_record SET kind=:kind WHERE id=:id"), {"kind": kind, "id": row}
    )


def _upgrade_use_and_go_back(connection, copied) -> str:
    assert copied["waste_record"] > 100, "the old file must hold real waste"
    row = connection.execute(text("SELECT id FROM waste_record LIMIT 1")).scalar_one()
    with pytest.raises(IntegrityError), connection.begin_nested():
        _set_kind(connection, row, "buffet")
    command.upgrade(_config(connection), "head")
    assert schema_differences(connection) == []
    assert _count(connection, "waste_record") == copied["waste_record"]
    _set_kind(connection, row, "buffet")
    with pytest.raises(IntegrityError), connection.begin_nested():
        _set_kind(connection, row, "lost")
    command.downgrade(_config(connection), RELEASE)
    kind = connection.execute(
        text("SELECT kind FROM waste_record WHERE id=:id"), {"id": row}
    ).scalar_one()
    assert kind == "production"
    assert _count(connection, "waste_record") == copied["waste_record"]
    return row


def test_sqlite_waste_keeps_rows_strict_indexes_and_triggers(tmp_path, demo_source):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}", poolclass=NullPool)
    try:
        with engine.begin() as connection:
            copied = write_release(connection, RELEASE, demo_source.engine)

            def kept():
                return set(
                    connection.execute(
                        text(
                            "SELECT type || ':' || name FROM sqlite_master"
                            " WHERE tbl_name='waste_record' AND type IN ('index', 'trigger')"
                        )
                    ).scalars()
                )

            before = kept()
            assert any(name.startswith("trigger:") for name in before)
            command.upgrade(_config(connection), "head")
            assert kept() == before
            strict = dict(
                connection.execute(text("SELECT name, strict FROM pragma_table_list")).all()
            )
            assert strict["waste_record"] == 1
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            command.downgrade(_config(connection), RELEASE)
            _upgrade_use_and_go_back(connection, copied)
            assert kept() == before
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgresql_waste_upgrades_and_goes_back(postgres_url, demo_source):
    engine = create_engine(postgres_url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            copied = write_release(connection, RELEASE, demo_source.engine)
            _upgrade_use_and_go_back(connection, copied)
            command.downgrade(_config(connection), "base")
    finally:
        engine.dispose()
