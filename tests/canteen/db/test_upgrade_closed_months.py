"""A database at 0005 with a ledger upgrades to closed months and per-line waste, keeping it all."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import NullPool

from canteen.db.lifecycle import schema_differences
from tests.canteen.db.release import alembic_on, count_rows, write_release

RELEASE = "0005"
LEDGER = ("sale", "cost_entry", "budget", "waste_record")


def _upgrade_and_use(connection, copied) -> None:
    assert copied["waste_record"] > 100, "the old file must hold a real ledger"
    command.upgrade(alembic_on(connection), "head")
    assert schema_differences(connection) == []
    for table in LEDGER:
        assert count_rows(connection, table) == copied[table]
    assert count_rows(connection, "closed_month") == 0
    site = connection.execute(text("SELECT id FROM site LIMIT 1")).scalar_one()
    line = connection.execute(text("SELECT id FROM menu_line LIMIT 1")).scalar_one()
    connection.execute(text("UPDATE waste_record SET menu_line_id = :line"), {"line": line})
    values = {"site": site, "day": date(2026, 2, 1), "now": date(2026, 2, 1)}
    insert = (
        "INSERT INTO closed_month (id, site_id, period, closed_on, closed_by, updated_at)"
        " VALUES (:id, :site, :period, :day, '', :now)"
    )
    connection.execute(text(insert), {**values, "id": str(uuid4()), "period": "2026-01"})
    with pytest.raises(IntegrityError), connection.begin_nested():
        connection.execute(text(insert), {**values, "id": str(uuid4()), "period": "2026-01"})
    with pytest.raises(IntegrityError), connection.begin_nested():
        connection.execute(text(insert), {**values, "id": str(uuid4()), "period": "2026-13"})


def test_sqlite_upgrades_keeps_the_ledger_and_goes_back(tmp_path, demo_source):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}", poolclass=NullPool)
    try:
        with engine.begin() as connection:
            copied = write_release(connection, RELEASE, demo_source.engine)
            _upgrade_and_use(connection, copied)
            strict = dict(
                connection.execute(text("SELECT name, strict FROM pragma_table_list")).all()
            )
            assert strict["closed_month"] == 1
            command.downgrade(alembic_on(connection), RELEASE)
            for table in LEDGER:
                assert count_rows(connection, table) == copied[table]
            columns = [
                row[1] for row in connection.exec_driver_sql("PRAGMA table_info(waste_record)")
            ]
            assert "menu_line_id" not in columns
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgresql_upgrades_keeps_the_ledger_and_goes_back(postgres_url, demo_source):
    engine = create_engine(postgres_url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            copied = write_release(connection, RELEASE, demo_source.engine)
            _upgrade_and_use(connection, copied)
            command.downgrade(alembic_on(connection), RELEASE)
            for table in LEDGER:
                assert count_rows(connection, table) == copied[table]
            tables = set(connection.execute(text("SELECT tablename FROM pg_tables")).scalars())
            assert "closed_month" not in tables
            command.downgrade(alembic_on(connection), "base")
    finally:
        engine.dispose()
