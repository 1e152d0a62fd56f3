"""Per-column conflicts (SYNC.md §6.8; F11, F12): only the same column edited twice conflicts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from canteen.db.models import Headcount

from .proto_helpers import headcount, local_value, make_site, server_value

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def site(central):
    return make_site(central, "FC")[1]


def conflicts_of(central, row_id):
    with central.connect() as connection:
        return connection.execute(
            text("SELECT columns, rule, winner FROM sync_conflict WHERE row_id = :r"),
            {"r": row_id},
        ).all()


def set_portions(db, row_id, portions):
    with db.sessions.begin() as session:
        session.get(Headcount, row_id).line_portions = portions


@pytest.mark.parametrize("first", ["covers", "portions"])
def test_f11_different_columns_on_two_devices_both_kept(enrolled, central, site, first):
    day = date(2026, 5, 4 if first == "covers" else 5)
    a, a_client = enrolled(f"f11a-{first}", "site", site_id=site)
    b, b_client = enrolled(f"f11b-{first}", "site", site_id=site)
    row = headcount(a, site, day, 40)
    a_client.cycle()
    b_client.cycle()
    # Both offline: A changes covers, B the portions; they sync in either order.
    headcount(a, site, day, 44)
    set_portions(b, row, '{"veg": 9}')
    order = [(a_client, a), (b_client, b)] if first == "covers" else [(b_client, b), (a_client, a)]
    for client, _ in order:
        assert client.cycle().conflicts == 0
    for client, _ in order:
        client.cycle()
    assert conflicts_of(central, row) == []
    assert (server_value(central, row), server_value(central, row, "line_portions")) == (
        44,
        '{"veg": 9}',
    )
    for db in (a, b):
        assert (local_value(db, row), local_value(db, row, "line_portions")) == (44, '{"veg": 9}')


def test_f12_same_column_last_arrival_wins_one_conflict(enrolled, central, site):
    day = date(2026, 5, 6)
    a, a_client = enrolled("f12a", "site", site_id=site)
    b, b_client = enrolled("f12b", "site", site_id=site)
    row = headcount(a, site, day, 60)
    a_client.cycle()
    b_client.cycle()
    headcount(a, site, day, 61)
    set_portions(a, row, '{"dish": 1}')
    headcount(b, site, day, 62)
    assert a_client.cycle().conflicts == 0
    assert b_client.cycle().conflicts == 1
    a_client.cycle()
    assert server_value(central, row) == local_value(a, row) == local_value(b, row) == 62
    # A's other column survives B's later edit of covers.
    assert local_value(b, row, "line_portions") == '{"dish": 1}'
    assert [tuple(c) for c in conflicts_of(central, row)] == [
        ('["covers"]', "last_arrival_wins", "client")
    ]


def test_a_devices_own_earlier_write_is_no_conflict(enrolled, central, site):
    # A pushes twice from the same stale base (its answer was taken, but the base is old):
    # the column's last writer is A itself, so nothing is logged.
    day = date(2026, 5, 7)
    a, a_client = enrolled("own", "site", site_id=site)
    row = headcount(a, site, day, 70)
    a_client.cycle()
    headcount(a, site, day, 71)
    a_client.cycle()
    with a.engine.begin() as connection:
        connection.execute(text("UPDATE headcount SET covers = 72 WHERE id = :r"), {"r": row})
        connection.execute(
            text("UPDATE _sync_outbox SET base_version = 1 WHERE row_id = :r"), {"r": row}
        )
    assert a_client.cycle().conflicts == 0
    assert server_value(central, row) == 72
    assert conflicts_of(central, row) == []
