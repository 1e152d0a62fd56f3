"""F1: the network is cut halfway through a push's body (TCP fault proxy, `limit_data`)."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx
import pytest

from canteen.sync import outbox, protocol
from canteen.sync.errors import SyncProblem
from tests.canteen.sync.faults.conftest import (
    add_headcounts,
    days,
    point_at,
    push_log,
    server_headcounts,
)
from tests.canteen.sync.faults.conftest import (
    outbox as outbox_of,
)
from tests.canteen.sync.harness.proxy import FaultProxy

pytestmark = pytest.mark.postgres


@pytest.fixture
def proxy(server):
    address = urlsplit(server)
    running = FaultProxy(address.hostname, address.port)
    yield running
    running.close()


def test_a_push_cut_at_half_its_body_is_not_applied_and_the_retry_applies_it_once(
    device, central, org, proxy
):
    db, client = device("f1", org.site_a)
    ids = add_headcounts(db, org.site_a, days(40))
    # The batch is fixed before sending (and resent verbatim), so its exact body is known.
    with db.engine.begin() as connection:
        batch = outbox.build_batch(connection)
    body = httpx.Request(
        "POST", "http://x", json={"schema_version": protocol.schema_version(), **batch}
    ).content
    point_at(db, proxy.url)
    proxy.limit_after = b"POST /sync/v1/push"
    proxy.limit_data = len(body) // 2
    before = server_headcounts(central, org.site_a)

    with pytest.raises(SyncProblem) as problem:
        client.cycle()

    assert problem.value.reason == "unreachable"
    assert proxy.cut.is_set()
    assert server_headcounts(central, org.site_a) == before  # nothing committed
    assert push_log(central, "f1") == []
    assert outbox_of(db) == {"pending": 40}

    proxy.heal()
    result = client.cycle()

    assert (result.pushed, result.rejected, result.conflicts, result.clean) == (40, 0, 0, True)
    assert set(ids) <= set(server_headcounts(central, org.site_a))
    assert [(applied, rejected) for _, applied, rejected in push_log(central, "f1")] == [(40, 0)]
    assert outbox_of(db) == {}
