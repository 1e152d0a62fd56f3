"""A database written by the previous release, with data in it, upgrades to head losing nothing."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.pool import NullPool

from canteen.db import capture
from canteen.db.lifecycle import prepare_database, schema_differences
from canteen.db.models.covers import Headcount
from tests.canteen.db.release import alembic_on, write_release

RELEASE = "0002"  # the schema the current release writes
RELEASES = ["0001", "0002"]  # every release a user may still have a file of


def _counts(connection, tables) -> dict[str, int]:
    return {
        name: connection.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()
        for name in tables
    }


def _damage(connection) -> dict:
    """What a release file may hold that 0003 must mend: a dish on a code with no line, a budget
    naming another district, a site's recipe line marked central. Returns what to expect."""
    one = lambda sql: connection.execute(text(sql)).first()  # noqa: E731
    (item_id,) = one("SELECT id FROM menu_item ORDER BY id LIMIT 1")
    connection.execute(
        text("UPDATE menu_item SET menu_line = 'gone' WHERE id = :i"), {"i": item_id}
    )
    budget_id, site_id, district_id = one("SELECT id, site_id, district_id FROM budget LIMIT 1")
    other = one("SELECT id FROM district WHERE id <> :d LIMIT 1".replace(":d", f"'{district_id}'"))
    connection.execute(
        text("UPDATE budget SET district_id = :o WHERE id = :b"), {"o": other[0], "b": budget_id}
    )
    line_id, recipe_site = one(
        "SELECT recipe_line.id, recipe.site_id FROM recipe_line"
        " JOIN recipe ON recipe.id = recipe_line.recipe_id WHERE recipe.site_id IS NOT NULL LIMIT 1"
    )
    connection.execute(text("UPDATE recipe_line SET site_id = NULL WHERE id = :l"), {"l": line_id})
    codes = {
        table: dict(connection.execute(text(f"SELECT id, menu_line FROM {table}")).all())
        for table in ("menu_item", "menu_cycle_item")
    }
    return {
        "codes": codes,
        "budget": (budget_id, str(district_id)),
        "line": (line_id, str(recipe_site)),
        "orphan": item_id,
    }


def _check_mended(connection, expected: dict) -> None:
    for table, codes in expected["codes"].items():
        now = connection.execute(
            text(
                f"SELECT t.id, l.code FROM {table} AS t JOIN menu_line AS l ON l.id = t.menu_line_id"
            )
        )
        assert dict(now.all()) == codes, f"every {table} keeps its line"
    removed = connection.execute(
        text(
            "SELECT l.code, l.active, l.deleted_at IS NOT NULL FROM menu_item AS i"
            " JOIN menu_line AS l ON l.id = i.menu_line_id WHERE i.id = :i"
        ),
        {"i": expected["orphan"]},
    ).one()
    assert tuple(removed) == ("gone", False, True)
    budget_id, district_id = expected["budget"]
    found = connection.execute(
        text("SELECT district_id FROM budget WHERE id = :b"), {"b": budget_id}
    )
    assert str(found.scalar_one()) == district_id
    line_id, site_id = expected["line"]
    found = connection.execute(
        text("SELECT site_id FROM recipe_line WHERE id = :l"), {"l": line_id}
    )
    assert str(found.scalar_one()) == site_id


def _check_upgrade(connection, copied: dict[str, int], release: str) -> None:
    assert copied["headcount"] > 300, "the old file must hold real covers"
    expected = _damage(connection)
    config = alembic_on(connection)
    command.upgrade(config, "head")
    assert schema_differences(connection) == []
    new_lines = connection.execute(text("SELECT count(*) FROM menu_line WHERE code = 'gone'"))
    assert _counts(connection, copied) == {**copied, "menu_line": copied["menu_line"] + 1}
    assert new_lines.scalar_one() == 1
    _check_mended(connection, expected)
    unconfirmed = connection.execute(
        select(func.count()).select_from(Headcount.__table__).where(Headcount.confirmed.is_(False))
    ).scalar_one()
    if release == "0001":
        assert unconfirmed == copied["headcount"]
    if connection.dialect.name == "sqlite":
        # Nothing the upgrade itself wrote waits to be sent; the next local write does.
        assert connection.execute(text("SELECT count(*) FROM _sync_outbox")).scalar_one() == 0
        connection.execute(text("UPDATE headcount SET covers = covers + 1 WHERE rowid = 1"))
        assert connection.execute(text("SELECT count(*) FROM _sync_outbox")).scalar_one() == 1
    else:
        tables = set(inspect(connection).get_table_names())
        assert "_sync_outbox" not in tables, "the server keeps no outbox"


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
            assert capture.installed(connection)["menu_item"] == set(capture.KINDS)
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


@pytest.mark.parametrize("release", RELEASES)
def test_a_release_sqlite_file_upgrades_with_alembic(tmp_path, demo_source, release):
    engine = create_engine(f"sqlite:///{tmp_path / 'release.db'}", poolclass=NullPool)
    try:
        with engine.begin() as connection:
            copied = write_release(connection, release, demo_source.engine)
            _check_upgrade(connection, copied, release)
    finally:
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("release", RELEASES)
def test_a_release_postgresql_database_upgrades(postgres_url, demo_source, release):
    engine = create_engine(postgres_url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            copied = write_release(connection, release, demo_source.engine)
            _check_upgrade(connection, copied, release)
            config = alembic_on(connection)
            command.downgrade(config, "base")
    finally:
        engine.dispose()
