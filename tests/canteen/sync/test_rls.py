"""Row-level security on the central PostgreSQL database: the second wall (SYNC.md §6.10, §7.4)."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, ProgrammingError

from canteen.cli import main
from canteen.db.models import Headcount
from canteen.domain.ids import new_id
from canteen.sync import protocol as wire
from canteen.sync import tables as synced
from canteen.sync.server import central as central_writes
from canteen.sync.server import devices, rls
from canteen.sync.server.app import create_app
from canteen.sync.server.devices import Device
from tests.canteen.sync.conftest import serving

pytestmark = pytest.mark.postgres

D1, D2 = new_id(), new_id()
SITE_A, SITE_B, SITE_C = new_id(), new_id(), new_id()
DAY = date(2026, 3, 2)


def headcount(site_id: str, covers: int) -> dict:
    return {
        "id": Headcount.id_for(site_id, DAY, "lunch"),
        "site_id": site_id,
        "day": DAY,
        "service": "lunch",
        "covers": covers,
    }


@pytest.fixture(scope="module", autouse=True)
def org(central):
    """Sites A and B in district 1, C in district 2; one headcount row each."""
    with central.begin() as connection:
        for district, code in ((D1, "D1"), (D2, "D2")):
            central_writes.write(
                connection, "district", {"id": district, "code": code, "name": code}
            )
        for site, code, district in ((SITE_A, "A", D1), (SITE_B, "B", D1), (SITE_C, "C", D2)):
            central_writes.write(
                connection,
                "site",
                {
                    "id": site,
                    "district_id": district,
                    "code": code,
                    "name": code,
                    "town": "By",
                    "cost_centre": "1",
                },
            )
        for site, covers in ((SITE_A, 10), (SITE_B, 20), (SITE_C, 30)):
            central_writes.write(connection, "headcount", headcount(site, covers))


def site_device(site_id: str, district_id: str = D1) -> Device:
    return Device(new_id(), "site", site_id, district_id, (site_id,))


def visible_sites(connection) -> list[str]:
    rows = connection.execute(text("SELECT site_id::text FROM headcount ORDER BY covers"))
    return list(rows.scalars())


def test_without_a_context_the_app_role_sees_no_site_row(central):
    with central.begin() as connection:
        assert len(visible_sites(connection)) == 3  # the owner (staff) sees them all
        rls.enter(connection, None)
        for table in synced.registry().values():
            if table.has_site and table.owner not in ("central", "shared"):
                count = connection.execute(text(f'SELECT count(*) FROM "{table.name}"')).scalar()
                assert count == 0, table.name
        assert visible_sites(connection) == []


def test_a_site_context_sees_its_own_rows_and_cannot_write_another_sites(central):
    with central.connect() as connection, connection.begin():
        rls.enter(connection, site_device(SITE_A))
        assert visible_sites(connection) == [SITE_A]
        # An update of B's row by id finds nothing to change.
        changed = connection.execute(
            text("UPDATE headcount SET covers = 99 WHERE site_id = :b"), {"b": SITE_B}
        )
        assert changed.rowcount == 0
    row = headcount(SITE_B, 5) | {"id": new_id(), "day": date(2026, 3, 3), "server_version": 1}
    with pytest.raises(ProgrammingError, match="row-level security"):
        as_site_a(central, Headcount.__table__.insert().values(**row))
    # Moving its own row to another site is refused by WITH CHECK.
    move = text("UPDATE headcount SET site_id = CAST(:b AS uuid) WHERE site_id = CAST(:a AS uuid)")
    with pytest.raises(ProgrammingError, match="row-level security"):
        as_site_a(central, move.bindparams(a=SITE_A, b=SITE_B))
    with central.connect() as connection:
        assert visible_sites(connection) == [SITE_A, SITE_B, SITE_C]


def as_site_a(central, statement) -> None:
    """Run one statement in a transaction of site A's device."""
    with central.begin() as connection:
        rls.enter(connection, site_device(SITE_A))
        connection.execute(statement)


def test_district_and_central_contexts_see_their_scope(central):
    with central.begin() as connection:
        rls.enter(connection, Device(new_id(), "district", None, D1, (SITE_A, SITE_B)))
        assert visible_sites(connection) == [SITE_A, SITE_B]
        # District PCs are read-only: an update finds no row it may change.
        changed = connection.execute(text("UPDATE headcount SET covers = covers + 1"))
        assert changed.rowcount == 0
    with central.begin() as connection:
        rls.enter(connection, Device(new_id(), "central", None, None, None))
        assert visible_sites(connection) == [SITE_A, SITE_B, SITE_C]


def test_a_site_device_cannot_write_central_tables_even_past_the_server(central):
    with central.begin() as connection:
        rls.enter(connection, site_device(SITE_A))
        assert connection.execute(text("SELECT count(*) FROM site")).scalar() == 3
        with pytest.raises(DBAPIError, match="row-level security"), connection.begin_nested():
            connection.execute(
                text("INSERT INTO ingredient (id, name) VALUES (:id, 'x')"), {"id": new_id()}
            )


def test_every_site_id_table_has_force_rls_and_a_policy(central):
    """The meta-test (§7.4): fails when any table with a site_id column lacks the wall."""
    with central.connect() as connection:
        assert rls.unprotected(connection) == []
        site_tables = [t.name for t in synced.registry().values() if t.has_site]
        assert "headcount" in site_tables
        connection.rollback()
        # Prove the test can fail: break the wall three ways in a transaction (DDL is
        # transactional in PostgreSQL), then throw it away.
        connection.exec_driver_sql(f"DROP POLICY {rls.READ_POLICY} ON headcount")
        connection.exec_driver_sql(f"DROP POLICY {rls.WRITE_POLICY} ON headcount")
        connection.exec_driver_sql("ALTER TABLE sale NO FORCE ROW LEVEL SECURITY")
        connection.exec_driver_sql("CREATE TABLE newcomer (id uuid, site_id uuid)")
        assert rls.unprotected(connection) == ["headcount", "newcomer", "sale"]
        connection.rollback()
        assert rls.unprotected(connection) == []


def test_the_app_role_owns_nothing_and_cannot_bypass(central):
    with central.connect() as connection:
        role = connection.execute(
            text("SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = :r"),
            {"r": rls.APP_ROLE},
        ).one()
        assert tuple(role) == (False, False, False)
        owned = connection.execute(
            text("SELECT count(*) FROM pg_tables WHERE tableowner = :r"), {"r": rls.APP_ROLE}
        ).scalar()
        assert owned == 0


def test_the_server_logged_in_as_a_member_of_the_app_role_syncs(central, central_url):
    """Production shape: a LOGIN role that only holds canteen_app; without SET ROLE it can do
    nothing, so a transaction that skipped the hook fails closed."""
    login = f"srv_{new_id()[:8]}"
    with central.begin() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {login} LOGIN NOINHERIT IN ROLE {rls.APP_ROLE}")
        code = devices.make_code(connection, "site", SITE_A)
    engine = create_engine(make_url(central_url).set(username=login))
    try:
        with engine.connect() as connection:
            assert rls.ready(connection)
            with pytest.raises(ProgrammingError, match="permission denied"):
                connection.execute(text("SELECT count(*) FROM headcount"))
        with serving(create_app(engine)) as base:
            pushed = enroll_pull_push(base, code)
        assert [r["status"] for r in pushed["results"]] == ["applied"]
    finally:
        engine.dispose()
        with central.begin() as connection:
            connection.exec_driver_sql(f"DROP OWNED BY {login}")
            connection.exec_driver_sql(f"DROP ROLE {login}")


def enroll_pull_push(base: str, code: str) -> dict:
    """Enroll at site A, check the first pull holds A's rows and no other site's, push one row."""
    with httpx.Client(base_url=base) as client:
        made = client.post(f"{wire.PREFIX}/enroll", json={"code": code}).json()
        auth = {"Authorization": f"Bearer {made['token']}"}
        pulled = client.post(
            f"{wire.PREFIX}/pull",
            json={"schema_version": wire.schema_version(), "cursor": 0, "limit": 5000},
            headers=auth,
        ).json()
        counts = {(c["t"], c["row"].get("site_id")) for c in pulled["changes"]}
        assert ("headcount", SITE_A) in counts
        assert not [c for c in pulled["changes"] if c["row"].get("site_id") in (SITE_B, SITE_C)]
        op = {
            "op_id": new_id(),
            "table": "headcount",
            "id": Headcount.id_for(SITE_A, date(2026, 3, 4), "lunch"),
            "kind": "upsert",
            "values": {"site_id": SITE_A, "day": "2026-03-04", "service": "lunch", "covers": 7},
        }
        return client.post(
            f"{wire.PREFIX}/push",
            json={"schema_version": wire.schema_version(), "batch_id": new_id(), "ops": [op]},
            headers=auth,
        ).json()


def test_a_login_outside_the_app_role_is_not_ready(central, central_url, capsys):
    login = f"other_{new_id()[:8]}"
    with central.begin() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {login} LOGIN")
    engine = create_engine(make_url(central_url).set(username=login))
    try:
        with engine.connect() as connection:
            assert not rls.ready(connection)
        with pytest.raises(rls.NotReady, match="admin"):
            create_app(engine)
        url = make_url(central_url).set(username=login).render_as_string(hide_password=False)
        assert main(["server", "--database-url", url, "--port", "0"]) == 1
        assert "canteen_app" in capsys.readouterr().err
    finally:
        engine.dispose()
        with central.begin() as connection:
            connection.exec_driver_sql(f"DROP ROLE {login}")
