"""End to end over real HTTP: enrolling, isolation, central data, tombstones, rejections."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, text

from canteen.db.models import Headcount
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
