"""F18 (one poison op in a hundred) and F19 (503 three times, then the outbox drains)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from canteen.sync.errors import SyncProblem
from tests.canteen.sync.faults.conftest import (
    add_headcounts,
    days,
    outbox,
    push_log,
    server_headcounts,
)
from tests.canteen.sync.harness.retry import backoff_bound, sync_with_backoff
from tests.canteen.sync.harness.transport import STATUS, FaultTransport

pytestmark = pytest.mark.postgres


def test_f18_one_poison_op_in_a_hundred_leaves_99_applied(device, central, org):
    db, client = device("f18", org.site_a)
    good = add_headcounts(db, org.site_a, days(99, start=date(2026, 7, 1)))
    # A row for another site: refused by the server, never by the client.
    (poison,) = add_headcounts(db, org.site_b, [date(2026, 7, 1)])

    result = client.cycle()

    assert (result.pushed, result.rejected, result.pending, result.rejected_waiting) == (
        99,
        1,
        0,
        1,
    )
    assert set(good) <= set(server_headcounts(central, org.site_a))
    assert poison not in server_headcounts(central, org.site_b)
    assert [(a, r) for _, a, r in push_log(central, "f18")] == [(99, 1)]
    with db.engine.connect() as connection:
        waiting = connection.execute(
            text("SELECT row_id, last_error FROM _sync_outbox WHERE state = 'rejected'")
        ).all()
    assert [tuple(r) for r in waiting] == [(poison, "other_site")]
    # The queue keeps moving past it.
    (later,) = add_headcounts(db, org.site_a, [date(2026, 12, 1)])
    assert client.cycle().pushed == 1
    assert later in server_headcounts(central, org.site_a)


def test_f19_three_503s_then_the_outbox_drains_within_the_backoff_bound(device, central, org):
    faulty = FaultTransport()
    db, client = device("f19", org.site_a, transport=faulty)
    ids = add_headcounts(db, org.site_a, days(10, start=date(2027, 1, 1)))
    for _ in range(3):
        faulty.plan(STATUS, "/push", status=503)
    slept = []

    result, waits = sync_with_backoff(client, sleep=slept.append, base=1.0, cap=60.0)

    # No local write between the attempts: the outbox drains by retrying alone.
    assert result.clean
    assert result.pushed == 10
    assert waits == slept == [1.0, 2.0, 4.0]
    assert sum(waits) <= backoff_bound(3, 1.0, 60.0)
    assert outbox(db) == {}
    assert set(ids) <= set(server_headcounts(central, org.site_a))
    assert len(push_log(central, "f19")) == 1


def test_a_503_that_is_not_the_schema_window_is_a_server_error(device, org):
    faulty = FaultTransport()
    _, client = device("f19-word", org.site_a, transport=faulty)
    faulty.plan(STATUS, "/hello", status=503)

    with pytest.raises(SyncProblem) as problem:
        client.cycle()

    # Worded "try again later", not "the server is older than this program".
    assert problem.value.reason == "server_error"
