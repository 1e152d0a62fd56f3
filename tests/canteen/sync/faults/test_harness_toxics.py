"""The harness's own faults do what they say (proxy toxics, transport faults), on the real server."""

from __future__ import annotations

import time
from datetime import date
from urllib.parse import urlsplit

import httpx
import pytest

from canteen.sync.errors import SyncProblem
from canteen.sync.server.app import create_app
from tests.canteen.sync.faults.conftest import add_headcounts, days, outbox, point_at, push_log
from tests.canteen.sync.harness.proxy import FaultProxy
from tests.canteen.sync.harness.transport import (
    CUT_REQUEST,
    CUT_RESPONSE,
    DELAY,
    DROP_REQUEST,
    DUPLICATE,
    FaultTransport,
    InProcessTransport,
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def proxy(server):
    address = urlsplit(server)
    running = FaultProxy(address.hostname, address.port)
    yield running
    running.close()


def openapi(url: str, timeout: float = 10.0) -> httpx.Response:
    # Uncompressed, so the bytes on the wire are the bytes counted (the server gzips otherwise).
    return httpx.get(
        f"{url}/openapi.json", timeout=timeout, headers={"Accept-Encoding": "identity"}
    )


def test_the_proxy_passes_traffic_and_resets_or_holds_connections(proxy):
    assert openapi(proxy.url).status_code == 200
    proxy.reset_peer = True
    with pytest.raises(httpx.TransportError):
        openapi(proxy.url)
    proxy.heal()
    proxy.timeout = 5.0
    with pytest.raises(httpx.ReadTimeout):
        openapi(proxy.url, timeout=0.3)
    proxy.heal()
    assert openapi(proxy.url).status_code == 200


def test_the_proxy_slows_traffic_by_latency_and_bandwidth(proxy):
    size = len(openapi(proxy.url).content)
    proxy.latency, proxy.jitter = 0.15, 0.05
    started = time.monotonic()
    openapi(proxy.url)
    assert time.monotonic() - started >= 0.2  # a chunk each way, at least 0.1 s each
    proxy.heal()
    proxy.bandwidth = size * 4  # bytes per second: the answer alone takes 0.25 s
    started = time.monotonic()
    openapi(proxy.url)
    assert time.monotonic() - started >= 0.25


def test_a_dropped_request_never_reaches_the_server_and_a_duplicate_is_harmless(
    device, central, org
):
    faulty = FaultTransport()
    db, client = device("toxics", org.site_a, transport=faulty)
    add_headcounts(db, org.site_a, days(3, start=date(2027, 3, 1)))
    faulty.plan(DROP_REQUEST, "/push")
    with pytest.raises(SyncProblem):
        client.cycle()
    assert push_log(central, "toxics") == []
    faulty.plan(DUPLICATE, "/push")
    faulty.plan(DELAY, "/pull", seconds=0.01)
    assert client.cycle().clean
    duplicate = next(seen for seen in faulty.seen if seen.fault == DUPLICATE)
    statuses = [{r["status"] for r in body["results"]} for body in duplicate.bodies]
    assert statuses == [{"applied"}, {"duplicate"}]
    assert [(a, r) for _, a, r in push_log(central, "toxics")] == [(3, 0)]


def test_point_at_moves_a_client_to_another_address(device, org, proxy):
    db, client = device("moved", org.site_a)
    point_at(db, proxy.url)
    proxy.reset_peer = True
    with pytest.raises(SyncProblem):
        client.cycle()
    proxy.heal()
    assert client.cycle().clean


def test_a_push_cut_mid_body_reaches_the_server_broken_and_commits_nothing(device, central, org):
    faulty = FaultTransport(InProcessTransport(create_app(central)))
    db, client = device("cut-request", org.site_a, transport=faulty)
    add_headcounts(db, org.site_a, days(4, start=date(2027, 4, 1)))
    faulty.plan(CUT_REQUEST, "/push", fraction=0.6)
    with pytest.raises(SyncProblem) as problem:
        client.cycle()
    assert problem.value.reason == "unreachable"
    cut = next(seen for seen in faulty.seen if seen.fault == CUT_REQUEST)
    assert cut.statuses == [400]  # the server saw the body break off and refused it
    assert push_log(central, "cut-request") == []
    assert outbox(db) == {"pending": 4}
    assert client.cycle().clean
    assert [(a, r) for _, a, r in push_log(central, "cut-request")] == [(4, 0)]


def test_an_answer_cut_mid_body_was_committed_and_the_resend_is_a_duplicate(device, central, org):
    faulty = FaultTransport(InProcessTransport(create_app(central)))
    db, client = device("cut-response", org.site_a, transport=faulty)
    add_headcounts(db, org.site_a, days(4, start=date(2027, 5, 1)))
    faulty.plan(CUT_RESPONSE, "/push", fraction=0.5)
    with pytest.raises(SyncProblem) as problem:
        client.cycle()
    assert problem.value.reason == "unreachable"
    assert [(a, r) for _, a, r in push_log(central, "cut-response")] == [(4, 0)]
    assert outbox(db) == {"pending": 4}
    result = client.cycle()
    assert (result.pushed, result.clean) == (4, True)
    assert len(push_log(central, "cut-response")) == 1  # answered from the log
