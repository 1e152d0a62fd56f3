"""SYNC.md §7.4 "site A pulls → zero rows of B", checked in every synced table, on demo data
where B has rows in nearly every table (so the check cannot pass by emptiness)."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from sqlalchemy import text

from canteen.db.engine import Database
from canteen.demo.generate import generate
from canteen.sync import protocol as wire
from canteen.sync import tables as synced
from canteen.sync.server import pull
from canteen.sync.server.setup import init_database
from tests.canteen.sync.conftest import code_for

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture(scope="module")
def sites(central, central_url):
    """Two demo sites with a year of history on the central database, versioned: (A, B)."""
    db = Database(central_url)
    try:
        generate(db, sites=2, years=1, seed=7, today=date(2026, 3, 2))
    finally:
        db.dispose()
    init_database(central)
    with central.connect() as connection:
        rows = connection.execute(
            text("SELECT id::text, district_id::text FROM site ORDER BY code")
        )
        return [tuple(r) for r in rows]


def pull_all(server: str, central, scope: str, **where) -> list[dict]:
    """Every change a newly enrolled device of `scope` pulls, page by page."""
    with httpx.Client(base_url=server + wire.PREFIX, timeout=60) as http:
        made = http.post("/enroll", json={"code": code_for(central, scope, **where)}).json()
        http.headers["Authorization"] = f"Bearer {made['token']}"
        changes, cursor, more = [], 0, True
        while more:
            page = http.post(
                "/pull",
                json={"schema_version": wire.schema_version(), "cursor": cursor, "limit": 5000},
            ).json()
            changes += page["changes"]
            cursor, more = page["next_cursor"], page["has_more"]
    return changes


def test_a_site_pulls_no_row_of_another_site_in_any_table(sites, server, central):
    (site_a, _), (site_b, district_b) = sites
    pulled = pull_all(server, central, "site", site_id=site_a)
    seen_b: dict[str, int] = {}
    for change in pulled:
        row = change["row"]
        if row.get("site_id") == site_b:
            seen_b[change["t"]] = seen_b.get(change["t"], 0) + 1
    with central.connect() as connection:
        b_rows = {
            table.name: connection.execute(
                text(f'SELECT count(*) FROM "{table.name}" WHERE site_id = :b'), {"b": site_b}
            ).scalar()
            for table in synced.registry().values()
            if table.has_site
        }
    # Central tables carrying a site_id (users) are master data everybody sees; every site and
    # shared table must show A nothing of B's.
    private = {
        name: count
        for name, count in b_rows.items()
        if synced.registry()[name].owner in ("site", "shared")
    }
    assert sum(1 for count in private.values() if count) >= 15, private  # B really has data
    assert {name: seen_b.get(name, 0) for name in private} == dict.fromkeys(private, 0)
    if district_b != sites[0][1]:
        budgets = [
            c for c in pulled if c["t"] == "budget" and c["row"]["district_id"] == district_b
        ]
        assert budgets == []
    assert any(c["row"].get("site_id") == site_a for c in pulled)  # and A got its own


def test_with_the_servers_own_filter_broken_rls_still_hides_the_other_site(
    sites, server, central, monkeypatch
):
    """The second wall alone: pull's scope filter is switched off (a bug in the first wall), the
    server (in this process) still answers as the app role under RLS."""
    (site_a, _), (site_b, _) = sites
    monkeypatch.setattr(pull, "scope_filter", lambda table, who: None)
    pulled = pull_all(server, central, "site", site_id=site_a)
    private = [c for c in pulled if synced.registry()[c["t"]].owner in ("site", "shared")]
    assert [c["t"] for c in private if c["row"].get("site_id") == site_b] == []
    assert any(c["row"].get("site_id") == site_a for c in private)
