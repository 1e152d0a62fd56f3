"""Clock skew (SYNC.md §7.3 F10): hello reports it; nothing is ordered by a client's clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from canteen.sync import state
from canteen.sync.client import SyncClient

from .proto_helpers import headcount, local_value, make_site, server_value

pytestmark = pytest.mark.postgres

THREE_DAYS = 3 * 24 * 3600


@pytest.fixture(scope="module")
def site(central):
    return make_site(central, "CK")[1]


def skewed(days):
    return lambda: datetime.now(UTC) + timedelta(days=days)


def stored_skew(db):
    with db.engine.connect() as connection:
        return float(state.get(connection, state.CLOCK_SKEW))


def test_f10_skewed_clocks_change_no_outcome(enrolled, central, site):
    ahead, _ = enrolled("ahead", "site", site_id=site)
    behind, _ = enrolled("behind", "site", site_id=site)
    ahead_client = SyncClient(ahead, clock=skewed(3))
    behind_client = SyncClient(behind, clock=skewed(-3))
    day = date(2026, 10, 26)  # a business date across the DST change stays as typed
    row = headcount(ahead, site, day, 10)
    ahead_client.cycle()
    behind_client.cycle()
    assert abs(stored_skew(ahead) - THREE_DAYS) < 120
    assert abs(stored_skew(behind) + THREE_DAYS) < 120
    # Both edit covers; the one arriving last wins though its clock is six days earlier.
    headcount(ahead, site, day, 11)
    headcount(behind, site, day, 12)
    assert ahead_client.cycle().conflicts == 0
    assert behind_client.cycle().conflicts == 1
    ahead_client.cycle()
    assert server_value(central, row) == local_value(ahead, row) == local_value(behind, row) == 12
    assert server_value(central, row, "day") == day
    with central.connect() as connection:
        skews = dict(
            connection.execute(
                text(
                    "SELECT label, clock_skew_s FROM sync_device WHERE label IN ('ahead', 'behind')"
                )
            ).all()
        )
    assert skews["ahead"] > THREE_DAYS - 120
    assert skews["behind"] < -THREE_DAYS + 120
