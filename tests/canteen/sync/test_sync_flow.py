"""End to end over real HTTP: enrolling, isolation, central data, tombstones, rejections."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, text

from canteen.db.models import Headcount, Ingredient
from canteen.domain.ids import new_id
from canteen.sync.server import central as central_writes

pytestmark = pytest.mark.postgres

D1, D2 = new_id(), new_id()
SITE_A, SITE_B, SITE_C = new_id(), new_id(), new_id()
DAY = date(2026, 3, 2)
NOON = datetime(2026, 3, 2, 12, tzinfo=UTC)


@pytest.fixture(scope="module", autouse=True)
def org(central):
    """Two districts; sites A and B in the first, C in the second."""
    with central.begin() as connection:
        for district, code in ((D1, "D1"), (D2, "D2")):
            central_writes.write(
                connection, "district", {"id": district, "code": code, "name": f"Kreds {code}"}
            )
        for site, code, district in ((SITE_A, "A", D1), (SITE_B, "B", D1), (SITE_C, "C", D2)):
            central_writes.write(
                connection,
                "site",
                {
                    "id": site,
                    "district_id": district,
                    "code": code,
                    "name": f"Kantine {code}",
                    "town": "By",
                    "cost_centre": "1",
                },
            )


def add_headcount(db, site_id, covers, day=DAY):
    """A site's local write, as the app makes it (ORM, natural id)."""
    with db.sessions.begin() as session:
        row = Headcount(
            id=Headcount.id_for(site_id, day, "lunch"),
            site_id=site_id,
            day=day,
            service="lunch",
            covers=covers,
        )
        session.add(row)
    return row.id


def headcounts(db):
    with db.engine.connect() as connection:
        return {
            r.id: (r.site_id, r.covers, r.deleted_at)
            for r in connection.execute(select(Headcount.__table__))
        }


def test_site_change_reaches_its_district_but_not_the_other_site(enrolled):
    a, a_client = enrolled("a", "site", site_id=SITE_A)
    b, b_client = enrolled("b", "site", site_id=SITE_B)
    c, c_client = enrolled("c", "site", site_id=SITE_C)
    district, district_client = enrolled("d1", "district", district_id=D1)

    row = add_headcount(a, SITE_A, 87)
    result = a_client.cycle()
    assert (result.pushed, result.rejected, result.clean) == (1, 0, True)

    district_client.cycle()
    b_client.cycle()
    c_client.cycle()
    assert headcounts(district)[row][:2] == (SITE_A, 87)
    assert row not in headcounts(b)
    assert row not in headcounts(c)
    # Every PC has the organisation (central data) from its first sync.
    with b.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM site")).scalar() == 3
    # A pulled row is the server's: not captured into the district PC's outbox.
    with district.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM _sync_outbox")).scalar() == 0


def test_central_catalogue_change_is_pulled_by_sites(central, enrolled):
    a, a_client = enrolled("a", "site", site_id=SITE_A)
    with central.begin() as connection:
        central_writes.write(connection, "ingredient", {"id": new_id(), "name": "Gulerod"})
    a_client.cycle()
    with a.engine.connect() as connection:
        names = connection.execute(select(Ingredient.__table__.c.name)).scalars().all()
    assert "Gulerod" in names


def test_a_tombstone_travels_to_the_district(enrolled):
    a, a_client = enrolled("a", "site", site_id=SITE_A)
    district, district_client = enrolled("d1", "district", district_id=D1)
    row = add_headcount(a, SITE_A, 40, day=date(2026, 3, 3))
    a_client.cycle()
    district_client.cycle()
    assert headcounts(district)[row][2] is None
    with a.sessions.begin() as session:
        session.get(Headcount, row).deleted_at = NOON
    assert a_client.cycle().clean
    district_client.cycle()
    assert headcounts(district)[row][2] == NOON


def test_same_field_edited_on_two_devices_last_arrival_wins(central, enrolled):
    first, first_client = enrolled("a1", "site", site_id=SITE_A)
    second, second_client = enrolled("a2", "site", site_id=SITE_A)
    row = add_headcount(first, SITE_A, 50, day=date(2026, 3, 4))
    first_client.cycle()
    second_client.cycle()
    for db, covers in ((first, 51), (second, 52)):
        with db.sessions.begin() as session:
            session.get(Headcount, row).covers = covers
    assert first_client.cycle().conflicts == 0
    assert second_client.cycle().conflicts == 1
    first_client.cycle()
    assert headcounts(first)[row][1] == headcounts(second)[row][1] == 52
    with central.connect() as connection:
        logged = connection.execute(
            text("SELECT rule, winner FROM sync_conflict WHERE row_id = :r"), {"r": row}
        ).all()
    assert [tuple(r) for r in logged] == [("last_arrival_wins", "client")]


def test_delete_wins_over_a_concurrent_edit(enrolled):
    first, first_client = enrolled("a1", "site", site_id=SITE_A)
    second, second_client = enrolled("a2", "site", site_id=SITE_A)
    row = add_headcount(first, SITE_A, 60, day=date(2026, 3, 5))
    first_client.cycle()
    second_client.cycle()
    with first.sessions.begin() as session:
        session.get(Headcount, row).deleted_at = NOON
    with second.sessions.begin() as session:
        session.get(Headcount, row).covers = 61
    first_client.cycle()
    assert second_client.cycle().conflicts == 1
    # The editing PC converges to the tombstone.
    assert headcounts(second)[row][2] == NOON


def test_a_bad_row_is_rejected_while_the_rest_applies(enrolled, central):
    a, a_client = enrolled("a", "site", site_id=SITE_A)
    good = add_headcount(a, SITE_A, 70, day=date(2026, 3, 6))
    foreign = add_headcount(a, SITE_B, 71, day=date(2026, 3, 6))
    with a.sessions.begin() as session:  # central master data is not the site's to change
        session.add(Ingredient(id=new_id(), name="Lokal ingrediens"))
    result = a_client.cycle()
    assert (result.pushed, result.rejected, result.clean) == (1, 2, False)
    with central.connect() as connection:
        on_server = set(connection.execute(text("SELECT id::text FROM headcount")).scalars())
        assert (
            connection.execute(
                text("SELECT count(*) FROM ingredient WHERE name = 'Lokal ingrediens'")
            ).scalar()
            == 0
        )
    assert good in on_server
    assert foreign not in on_server
    with a.engine.connect() as connection:
        reasons = dict(
            connection.execute(
                text("SELECT table_name, last_error FROM _sync_outbox WHERE state = 'rejected'")
            ).all()
        )
    assert reasons == {"headcount": "other_site", "ingredient": "not_writable"}
