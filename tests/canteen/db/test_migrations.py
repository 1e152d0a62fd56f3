"""The migrations build exactly the models' schema, on SQLite and on PostgreSQL."""

from __future__ import annotations

import re

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.pool import NullPool

from canteen.db.base import Base
from canteen.db.engine import Database
from canteen.db.lifecycle import (
    MIGRATIONS_DIR,
    alembic_config,
    head_revision,
    prepare_database,
    schema_differences,
)


def snapshot(engine) -> dict:
    """Everything a schema promises, per table, in a form two databases can be compared by."""
    inspector = inspect(engine)
    tables = {}
    for name in sorted(inspector.get_table_names()):
        if name == "alembic_version":
            continue
        tables[name] = {
            # By name: a column added by a later revision comes last, which changes no promise.
            "columns": sorted(
                (c["name"], str(c["type"]), c["nullable"], c["default"])
                for c in inspector.get_columns(name)
            ),
            "primary_key": inspector.get_pk_constraint(name),
            "foreign_keys": sorted(
                (fk["name"], *fk["constrained_columns"], fk["referred_table"])
                for fk in inspector.get_foreign_keys(name)
            ),
            "unique": sorted(
                (u["name"], *u["column_names"]) for u in inspector.get_unique_constraints(name)
            ),
            "indexes": sorted(
                (i["name"], bool(i["unique"]), *i["column_names"])
                for i in inspector.get_indexes(name)
            ),
            "checks": sorted(
                (c["name"], " ".join(c["sqltext"].split()))
                for c in inspector.get_check_constraints(name)
            ),
        }
    return tables


def strict_tables(engine) -> dict[str, bool]:
    """Each table and whether SQLite created it STRICT."""
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT name, strict FROM pragma_table_list"))
        return {name: bool(strict) for name, strict in rows if not name.startswith("sqlite_")}


@pytest.fixture
def migrated(tmp_path) -> Database:
    """An empty file upgraded to head through the app's own open path."""
    database = prepare_database(tmp_path / "migrated.db", create=True).database
    yield database
    database.dispose()


def test_migrations_build_the_same_schema_as_the_models(migrated, db):
    with migrated.engine.connect() as connection:
        assert schema_differences(connection) == []
    assert snapshot(migrated.engine) == snapshot(db.engine)
    assert set(snapshot(db.engine)) == set(Base.metadata.tables)


def test_every_table_is_strict_and_every_constraint_is_named(migrated):
    strict = strict_tables(migrated.engine)
    assert {name for name, is_strict in strict.items() if not is_strict} == {"alembic_version"}
    for table, promises in snapshot(migrated.engine).items():
        # SQLite spells AUTOINCREMENT on the column itself, where a key has no name.
        autoincrement = Base.metadata.tables[table].kwargs.get("sqlite_autoincrement")
        assert promises["primary_key"]["name"] == (None if autoincrement else f"pk_{table}")
        for kind, prefix in (("foreign_keys", "fk_"), ("unique", "uq_"), ("checks", "ck_")):
            for promise in promises[kind]:
                assert promise[0].startswith(f"{prefix}{table}_"), (table, promise)
        for index in promises["indexes"]:
            assert index[0].startswith(("ix_", "sqlite_autoindex_")), (table, index)


def test_downgrade_to_nothing_and_up_again(migrated):
    before = snapshot(migrated.engine)
    with migrated.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        assert inspect(connection).get_table_names() == ["alembic_version"]
        command.upgrade(config, "head")
    assert snapshot(migrated.engine) == before


def test_revisions_form_one_line_named_by_number():
    scripts = ScriptDirectory.from_config(alembic_config())
    assert scripts.get_heads() == [head_revision()]
    files = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py"))
    assert files, "no revision files"
    for script in scripts.walk_revisions():
        assert re.fullmatch(r"\d{4}", script.revision)
        assert f"{script.revision}_" in script.path.rsplit("/", 1)[-1]
    assert len(files) == len(list(scripts.walk_revisions()))


@pytest.mark.postgres
def test_migrations_run_on_postgresql(postgres_url):
    engine = create_engine(postgres_url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            assert schema_differences(connection) == []
            checks = inspect(connection).get_check_constraints("cost_entry")
            assert "ck_cost_entry_period_format" in {c["name"] for c in checks}
            columns = {c["name"]: c["type"] for c in inspect(connection).get_columns("recipe")}
            assert str(columns["id"]) == "UUID"
            # Versions are 64-bit on the server: 2**31 would run out (migration 0009).
            versions = {
                c["name"]: str(c["type"]) for c in inspect(connection).get_columns("headcount")
            }
            assert versions["server_version"] == "BIGINT"
            command.downgrade(config, "base")
            assert inspect(connection).get_table_names() == ["alembic_version"]
    finally:
        engine.dispose()


def test_revisions_read_from_the_files_match_alembics_own_reading():
    from alembic.script import ScriptDirectory

    from canteen.db.lifecycle import alembic_config, head_revision, known_revisions

    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {s.revision for s in scripts.walk_revisions()}


def _triggers(engine) -> set[tuple[str, str]]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'"
        )
        return set(rows.all())


def test_migrations_and_create_all_build_the_same_triggers(migrated, db):
    found = _triggers(migrated.engine)
    assert found == _triggers(db.engine)
    assert ("guard_recipe_line_site_insert", "recipe_line") in found
    assert ("sync_update_menu_item", "menu_item") in found


@pytest.mark.postgres
def test_the_scope_checks_hold_on_postgresql(postgres_url):
    from sqlalchemy.exc import IntegrityError

    from canteen.db.engine import Database
    from tests.factories import make_district, make_ingredient, make_recipe, make_site

    engine = create_engine(postgres_url, poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    engine.dispose()
    database = Database(postgres_url)
    try:
        district, other = make_district(database), make_district(database, code="D-2")
        site = make_site(database, district)
        ingredient = make_ingredient(database)
        recipe = make_recipe(database, [(ingredient, 1, "kg")], site_id=site)
        with database.engine.connect() as connection:
            line = {"r": recipe, "i": ingredient}
            for sql, named in (
                (
                    "INSERT INTO recipe_line (id, recipe_id, ingredient_id, site_id, position,"
                    " quantity, unit, prep_loss_pct, note, updated_at) VALUES (gen_random_uuid(),"
                    " :r, :i, NULL, 1, 1, 'kg', 0, '', now())",
                    "ck_recipe_line_site_matches_recipe",
                ),
                (
                    "INSERT INTO budget (id, district_id, site_id, period, category, amount_ore,"
                    " updated_at) VALUES (gen_random_uuid(), :o, :s, '2026-01', 'labour', 1, now())",
                    "fk_budget_site_district_site",
                ),
            ):
                with pytest.raises(IntegrityError, match=named), connection.begin():
                    connection.execute(text(sql), {**line, "o": other, "s": site})
        with database.engine.begin() as connection:
            # A site's own line, and a budget of the site's own district, are fine.
            connection.execute(
                text(
                    "INSERT INTO recipe_line (id, recipe_id, ingredient_id, site_id, position,"
                    " quantity, unit, prep_loss_pct, note, updated_at) VALUES (gen_random_uuid(),"
                    " :r, :i, :s, 1, 1, 'kg', 0, '', now())"
                ),
                {"r": recipe, "i": ingredient, "s": site},
            )
            connection.execute(
                text(
                    "INSERT INTO budget (id, district_id, site_id, period, category, amount_ore,"
                    " updated_at) VALUES (gen_random_uuid(), :d, :s, '2026-01', 'labour', 1, now())"
                ),
                {"d": district, "s": site},
            )
    finally:
        database.dispose()
