"""`canteen admin init --demo` on real PostgreSQL: the demo as if synced for years."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from datetime import date

import pytest
from sqlalchemy import text

from canteen.cli import main
from canteen.sync import tables as synced

pytestmark = pytest.mark.postgres

TODAY = date(2026, 11, 25)
DEMO = ["--sites", "3", "--years", "1", "--seed", "7", "--today", TODAY.isoformat()]


@pytest.fixture(scope="module")
def loaded(central_url, central):
    """The central DB after `admin init --demo`; the rows it reported loading."""
    args = ["admin", "--database-url", central_url, "--lang", "en", "init", "--demo", *DEMO]
    output = io.StringIO()
    with redirect_stdout(output):
        assert main(args) == 0
    return int(output.getvalue().split("loaded: ")[1].split()[0].replace(",", ""))


def counts(connection, where: str = "", **params) -> dict[str, int]:
    """Rows per synced table, optionally filtered."""
    return {
        name: connection.execute(text(f'SELECT count(*) FROM "{name}" {where}'), params).scalar()
        for name in synced.registry()
    }


def test_every_demo_row_is_loaded_with_a_distinct_version(loaded, central):
    with central.connect() as connection:
        rows = counts(connection)
        versioned = counts(connection, "WHERE server_version IS NOT NULL")
        distinct = sum(
            connection.execute(
                text(f'SELECT count(DISTINCT server_version) FROM "{name}"')
            ).scalar()
            for name in synced.registry()
        )
        counter = connection.execute(text("SELECT value FROM sync_counter")).scalar()
        per_site = connection.execute(
            text("SELECT count(DISTINCT site_id) FROM headcount")
        ).scalar()
    assert rows == versioned
    assert sum(rows.values()) == loaded == counter == distinct > 50_000
    assert per_site == 3
    assert all(rows[name] for name in ("ingredient", "recipe", "menu_item", "goods_receipt_line"))


def test_a_second_demo_into_the_same_database_is_refused(loaded, central_url, capsys):
    assert main(["admin", "--database-url", central_url, "init", "--demo", *DEMO]) == 1
    assert "allerede data" in capsys.readouterr().err


def test_an_enrolled_site_pulls_its_history_and_the_catalogue_but_no_other_site(
    loaded, central, enrolled
):
    with central.connect() as connection:
        site_id, other_id = (
            connection.execute(text("SELECT id FROM site ORDER BY code")).scalars().all()[:2]
        )
    db, _client = enrolled("site", "site", site_id=str(site_id))
    for name, table in synced.registry().items():
        if table.owner not in ("site", "shared"):
            continue
        shared = " OR site_id IS NULL" if table.owner == "shared" else ""
        query = f'SELECT id FROM "{name}" WHERE site_id = :site{shared} ORDER BY id'
        with central.connect() as connection:
            expected = [
                str(r) for r in connection.execute(text(query), {"site": site_id}).scalars()
            ]
        with db.dbapi() as local:
            got = [r[0] for r in local.execute(f'SELECT id FROM "{name}" ORDER BY id')]
        assert got == expected, name
    with central.connect() as connection:
        catalogue = connection.execute(text("SELECT count(*) FROM ingredient")).scalar()
    with db.dbapi() as local:
        assert local.execute("SELECT count(*) FROM ingredient").fetchone()[0] == catalogue > 0
        assert local.execute("SELECT count(*) FROM headcount").fetchone()[0] > 300
        assert not local.execute(
            "SELECT 1 FROM headcount WHERE site_id = ?", (str(other_id),)
        ).fetchall()
        assert local.execute("SELECT count(*) FROM _sync_outbox").fetchone()[0] == 0
