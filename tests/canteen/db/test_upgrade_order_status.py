"""A database at 0004 with orders upgrades to 'partly_received' and site.gln, keeping everything."""

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

RELEASE = "0004"


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory):
    """A small demo database at head: its orders and lines fill the old file."""
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


def test_sqlite_orders_keep_rows_strict_indexes_and_references(tmp_path, demo_source):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}", poolclass=NullPool)
    try:
        with engine.begin() as connection:
            copied = write_release(connection, RELEASE, demo_source.engine)
            assert copied["purchase_order"] > 20
            with pytest.raises(IntegrityError), connection.begin_nested():
                connection.execute(text("UPDATE purchase_order SET status='partly_received'"))
            command.upgrade(_config(connection), "head")
            assert schema_differences(connection) == []
            for table in ("purchase_order", "purchase_order_line", "goods_receipt"):
                assert _count(connection, table) == copied[table]
            strict = dict(
                connection.execute(text("SELECT name, strict FROM pragma_table_list")).all()
            )
            assert strict["purchase_order"] == 1
            indexes = set(
                connection.execute(
                    text(
                        "SELECT name FROM sqlite_master WHERE type='index'"
                        " AND tbl_name='purchase_order'"
                    )
                ).scalars()
            )
            assert {"ix_purchase_order_site_id", "ix_purchase_order_supplier_id"} <= indexes
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            one = connection.execute(text("SELECT id FROM purchase_order LIMIT 1")).scalar_one()
            connection.execute(
                text("UPDATE purchase_order SET status='partly_received' WHERE id=:id"), {"id": one}
            )
            with pytest.raises(IntegrityError), connection.begin_nested():
                connection.execute(
                    text("UPDATE purchase_order SET status='lost' WHERE id=:id"), {"id": one}
                )
            connection.execute(text("UPDATE site SET gln='5798000416604'"))
            command.downgrade(_config(connection), RELEASE)
            status = connection.execute(
                text("SELECT status FROM purchase_order WHERE id=:id"), {"id": one}
            ).scalar_one()
            assert status == "received"
            assert _count(connection, "purchase_order") == copied["purchase_order"]
    finally:
        engine.dispose()
