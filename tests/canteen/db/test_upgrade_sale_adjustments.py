"""A database at 0007 with sales upgrades to sale_adjustment: sales kept, corrections work."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import NullPool

from canteen.db import capture
from canteen.db.lifecycle import prepare_database, schema_differences
from canteen.db.models import SaleAdjustment
from canteen.demo.generate import generate
from tests.canteen.db.release import alembic_on, count_rows, write_release

RELEASE = "0007"
INSERT = text(
    "INSERT INTO sale_adjustment (id, sale_id, site_id, day, service, revision, kind, period,"
    " covers_sold, revenue_ore, note, updated_at) VALUES (:id, :sale, :site, :day, :service,"
    " 1, :kind, :period, :covers, :ore, '', CURRENT_TIMESTAMP)"
)


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory):
    """A small demo database at head: its sales fill the old file."""
    path = tmp_path_factory.mktemp("source") / "demo.db"
    database = prepare_database(path, create=True).database
    generate(database, sites=1, years=1, seed=7, today=date(2026, 11, 30))
    yield database
    database.dispose()


def _correct_one(connection) -> None:
    """A reversal and an entry for one booked sale; a reversal adding covers is refused."""
    sale = connection.execute(
        text("SELECT id, site_id, day, service, covers_sold, revenue_ore FROM sale LIMIT 1")
    ).one()
    day = sale.day if isinstance(sale.day, date) else date.fromisoformat(sale.day)
    values = {
        "sale": sale.id,
        "site": sale.site_id,
        "day": day,
        "service": sale.service,
        "period": day.isoformat()[:7],
    }
    for kind, covers, ore in (("reversal", -sale.covers_sold, -sale.revenue_ore), ("entry", 1, 1)):
        row_id = SaleAdjustment.id_for(sale.site_id, day, sale.service, 1, kind)
        connection.execute(
            INSERT, {**values, "id": row_id, "kind": kind, "covers": covers, "ore": ore}
        )
    with pytest.raises(IntegrityError), connection.begin_nested():
        connection.execute(
            INSERT,
            {**values, "id": "00000000-0000-0000-0000-000000000001", "kind": "reversal",
             "covers": 5, "ore": 0},
        )  # fmt: skip


def _upgrade_use_and_go_back(connection, copied) -> None:
    assert copied["sale"] > 100, "the old file must hold real sales"
    command.upgrade(alembic_on(connection), "head")
    assert schema_differences(connection) == []
    assert count_rows(connection, "sale") == copied["sale"]
    _correct_one(connection)
    assert count_rows(connection, "sale_adjustment") == 2
    command.downgrade(alembic_on(connection), RELEASE)
    assert count_rows(connection, "sale") == copied["sale"]


def test_sqlite_sales_keep_and_corrections_are_captured(tmp_path, demo_source):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}", poolclass=NullPool)
    try:
        with engine.begin() as connection:
            copied = write_release(connection, RELEASE, demo_source.engine)
            command.upgrade(alembic_on(connection), "head")
            assert capture.installed(connection)["sale_adjustment"] == set(capture.KINDS)
            strict = dict(
                connection.execute(text("SELECT name, strict FROM pragma_table_list")).all()
            )
            assert strict["sale_adjustment"] == 1
            command.downgrade(alembic_on(connection), RELEASE)
            _upgrade_use_and_go_back(connection, copied)
            tables = connection.execute(
                text("SELECT name FROM sqlite_master WHERE name = 'sale_adjustment'")
            ).all()
            assert tables == []
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgresql_sales_keep_and_corrections_work(postgres_url, demo_source):
    engine = create_engine(postgres_url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            copied = write_release(connection, RELEASE, demo_source.engine)
            _upgrade_use_and_go_back(connection, copied)
            command.downgrade(alembic_on(connection), "base")
    finally:
        engine.dispose()
