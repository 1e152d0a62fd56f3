"""F3: the same batch delivered twice at once: one applied, one duplicate, no 500."""

from __future__ import annotations

from datetime import date

import pytest

from tests.canteen.sync.faults.conftest import (
    add_headcounts,
    days,
    local_headcounts,
    push_log,
    server_headcounts,
)
from tests.canteen.sync.harness.transport import DUPLICATE_CONCURRENT, FaultTransport

pytestmark = pytest.mark.postgres


def test_a_batch_sent_twice_at_once_is_applied_once(device, central, org):
    faulty = FaultTransport()
    db, client = device("f3", org.site_a, transport=faulty)
    ids = add_headcounts(db, org.site_a, days(20, start=date(2026, 2, 1)))
    faulty.plan(DUPLICATE_CONCURRENT, "/push")

    result = client.cycle()

    push = next(seen for seen in faulty.seen if seen.fault == DUPLICATE_CONCURRENT)
    assert push.statuses == [200, 200]
    statuses = [{r["status"] for r in body["results"]} for body in push.bodies]
    assert sorted(s.pop() for s in statuses) == ["applied", "duplicate"]
    assert result.clean
    assert [(applied, rejected) for _, applied, rejected in push_log(central, "f3")] == [(20, 0)]
    on_server = server_headcounts(central, org.site_a)
    assert {i: on_server[i] for i in ids} == {i: local_headcounts(db)[i] for i in ids}
