"""A database written by the release at 0002, with data, upgrades to the supplier-terms tables."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import create_engine, insert, select, text
from sqlalchemy.pool import NullPool

from canteen.db.lifecycle import prepare_database, schema_differences
from canteen.db.models import PreferredProduct, SupplierSiteTerms
from tests.canteen.db.release import alembic_on, write_release

RELEASE = "0002"  # the schema the current release writes
NEW = ("supplier_site_terms", "preferred_product")


def _counts(connection, tables) -> dict[str, int]:
    return {
        name: connection.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()
        for name in tables
    }


def _terms(source) -> list[dict]:
    with source.engine.connect() as reading:
        return [dict(r._mapping) for r in reading.execute(select(SupplierSiteTerms.__table__))]


def _upgrade_and_fill(connection, copied: dict[str, int], terms: list[dict]) -> None:
    assert not set(NEW) & set(copied), "the release had no supplier terms"
    assert copied["purchase_order"] > 50, "the old file must hold real orders"
    config = alembic_on(connection)
    command.upgrade(config, "head")
    assert schema_differences(connection) == []
    assert _counts(connection, copied) == copied
    assert _counts(connection, NEW) == dict.fromkeys(NEW, 0)
    # The new tables take the rows a site would write after upgrading.
    connection.execute(insert(SupplierSiteTerms.__table__), terms)
    assert _counts(connection, ["supplier_site_terms"])["supplier_site_terms"] == len(terms)


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
        with prepared.database.engine.connect() as connection:
            assert _counts(connection, copied) == copied
            strict = dict(
                connection.execute(text("SELECT name, strict FROM pragma_table_list")).all()
            )
            assert strict["supplier_site_terms"] == 1
            assert strict["preferred_product"] == 1
        with prepared.database.unit_of_work() as session:
            product = session.execute(
                text("SELECT id, ingredient_id FROM supplier_product")
            ).first()
            site_id = session.execute(text("SELECT id FROM site ORDER BY code")).scalars().first()
            session.add(
                PreferredProduct(
                    site_id=site_id, ingredient_id=product.ingredient_id, product_id=product.id
                )
            )
        with prepared.database.reading() as session:
            assert len(session.scalars(select(PreferredProduct)).all()) == 1
    finally:
        prepared.database.dispose()


def test_a_release_sqlite_file_upgrades_with_alembic(tmp_path, demo_source):
    engine = create_engine(f"sqlite:///{tmp_path / 'release.db'}", poolclass=NullPool)
    try:
        with engine.begin() as connection:
            copied = write_release(connection, RELEASE, demo_source.engine)
            _upgrade_and_fill(connection, copied, _terms(demo_source))
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_release_postgresql_database_upgrades(postgres_url, demo_source):
    engine = create_engine(postgres_url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            copied = write_release(connection, RELEASE, demo_source.engine)
            _upgrade_and_fill(connection, copied, _terms(demo_source))
            config = alembic_on(connection)
            command.downgrade(config, RELEASE)
            assert _counts(connection, copied) == copied
            tables = set(connection.execute(text("SELECT tablename FROM pg_tables")).scalars())
            assert not set(NEW) & tables
            command.downgrade(config, "base")
    finally:
        engine.dispose()
