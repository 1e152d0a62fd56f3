"""A database at 0004 with orders upgrades to 'partly_received' and site.gln, keeping everything."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import NullPool

from canteen.db.lifecycle import schema_differences
from tests.canteen.db.release import alembic_on, count_rows, write_release

RELEASE = "0004"


def test_sqlite_orders_keep_rows_strict_indexes_and_references(tmp_path, demo_source):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}", poolclass=NullPool)
    try:
        with engine.begin() as connection:
            copied = write_release(connection, RELEASE, demo_source.engine)
            assert copied["purchase_order"] > 20
            with pytest.raises(IntegrityError), connection.begin_nested():
                connection.execute(text("UPDATE purchase_order SET status='partly_received'"))
            command.upgrade(alembic_on(connection), "head")
            assert schema_differences(connection) == []
            for table in ("purchase_order", "purchase_order_line", "goods_receipt"):
                assert count_rows(connection, table) == copied[table]
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
            command.downgrade(alembic_on(connection), RELEASE)
            status = connection.execute(
                text("SELECT status FROM purchase_order WHERE id=:id"), {"id": one}
            ).scalar_one()
            assert status == "received"
            assert count_rows(connection, "purchase_order") == copied["purchase_order"]
    finally:
        engine.dispose()
