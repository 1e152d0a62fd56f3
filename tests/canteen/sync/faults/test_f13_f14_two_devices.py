"""F13 and F14: two devices of one site writing the same row while apart."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from canteen.db.models import Headcount
from tests.canteen.sync.faults.conftest import (
    add_headcounts,
    local_headcounts,
    outbox,
    server_headcounts,
)

pytestmark = pytest.mark.postgres

NOON = datetime(2026, 6, 1, 12, tzinfo=UTC)


def conflicts_of(central, row_id) -> list[tuple]:
    with central.connect() as connection:
        rows = connection.execute(
            text("SELECT rule, winner FROM sync_conflict WHERE row_id = :r"), {"r": row_id}
        ).all()
    return [tuple(r) for r in rows]


def test_f13_the_same_natural_key_made_on_two_devices_is_one_row(device, central, org):
    first, first_client = device("f13-a", org.site_a)
    second, second_client = device("f13-b", org.site_a)
    day = date(2026, 6, 2)
    (row,) = add_headcounts(first, org.site_a, [day], covers=90)
    (same,) = add_headcounts(second, org.site_a, [day], covers=95)
    assert row == same  # the id is derived from (site, day, service)

    assert first_client.cycle().clean
    answer = second_client.cycle()

    assert (answer.pushed, answer.rejected, answer.clean) == (1, 0, True)  # an update, no violation
    with central.connect() as connection:
        count = connection.execute(
            text("SELECT count(*) FROM headcount WHERE site_id = :s AND day = :d"),
            {"s": org.site_a, "d": day},
        ).scalar()
    assert count == 1
    first_client.cycle()
    on_server = server_headcounts(central, org.site_a)[row]
    assert on_server[0] == 95  # last arrival wins
    assert local_headcounts(first)[row] == local_headcounts(second)[row] == on_server


def test_f14_delete_wins_over_an_offline_edit_and_both_converge(device, central, org):
    first, first_client = device("f14-a", org.site_a)
    second, second_client = device("f14-b", org.site_a)
    (row,) = add_headcounts(first, org.site_a, [date(2026, 6, 3)], covers=60)
    first_client.cycle()
    second_client.cycle()
    with first.sessions.begin() as session:
        session.get(Headcount, row).deleted_at = NOON
    with second.sessions.begin() as session:  # offline meanwhile
        session.get(Headcount, row).covers = 61

    assert first_client.cycle().clean
    edited = second_client.cycle()
    first_client.cycle()

    assert (edited.conflicts, edited.clean) == (1, True)
    assert conflicts_of(central, row) == [("delete_wins", "server")]
    on_server = server_headcounts(central, org.site_a)[row]
    assert on_server[:2] == (60, True)  # the edit was not applied
    assert local_headcounts(first)[row] == local_headcounts(second)[row] == on_server
    assert outbox(first) == outbox(second) == {}
