"""F15, F16, F17: a client older, far older, or newer than the server (the schema window).

The client's schema number is changed at its edge only: `canteen.sync.client` is given a copy
of `protocol` with another `schema_version()`; the server (same process) keeps the real one.
"""

from __future__ import annotations

import json
import types
from datetime import date

import httpx
import pytest

import canteen.sync.client as client_module
from canteen.db.models import Headcount
from canteen.sync import protocol
from canteen.sync.errors import SyncProblem
from tests.canteen.sync.faults.conftest import (
    add_headcounts,
    days,
    local_headcounts,
    outbox,
    push_log,
    server_headcounts,
)

pytestmark = pytest.mark.postgres

HEAD = protocol.schema_version()


def client_at_schema(monkeypatch, version: int) -> None:
    """Make the sync client speak schema `version` (an older or newer app)."""
    shim = types.SimpleNamespace(
        **{k: getattr(protocol, k) for k in ("PREFIX", "PULL_PAGE", "MAX_OPS", "PROTOCOL")},
        schema_version=lambda: version,
    )
    monkeypatch.setattr(client_module, "protocol", shim)


class NewerServerRows(httpx.HTTPTransport):
    """Adds a column this client does not know to every pulled row (a newer server's row)."""

    def handle_request(self, request):
        response = super().handle_request(request)
        if not request.url.path.endswith("/pull"):
            return response
        page = json.loads(response.read())
        for change in page["changes"]:
            change["row"]["column_from_the_future"] = "x"
        return httpx.Response(200, json=page, request=request)


def test_f15_an_older_client_in_the_window_pushes_only_what_it_changed(
    device, central, org, monkeypatch
):
    newer, newer_client = device("f15-new", org.site_a)
    older, older_client = device("f15-old", org.site_a, transport=NewerServerRows())
    (row,) = add_headcounts(newer, org.site_a, [date(2026, 9, 1)], covers=10)
    newer_client.cycle()
    older_client.cycle()  # pulls rows carrying an unknown column: left out, no error
    assert local_headcounts(older)[row] == server_headcounts(central, org.site_a)[row]
    with newer.sessions.begin() as session:
        session.get(Headcount, row).confirmed = True
    newer_client.cycle()
    client_at_schema(monkeypatch, HEAD - 1)
    with older.sessions.begin() as session:
        session.get(Headcount, row).covers = 12

    result = older_client.cycle()

    assert (result.pushed, result.rejected, result.clean) == (1, 0, True)
    newer_client.cycle()
    with newer.sessions() as session:
        merged = session.get(Headcount, row)
        assert (merged.covers, merged.confirmed) == (12, True)  # PATCH: the other column kept


def test_f16_a_client_below_the_minimum_keeps_its_outbox_until_upgraded(
    device, central, org, monkeypatch
):
    db, client = device("f16", org.site_a)
    ids = add_headcounts(db, org.site_a, days(4, start=date(2026, 9, 10)))
    client_at_schema(monkeypatch, protocol.MIN_SCHEMA - 1)

    with pytest.raises(SyncProblem) as problem:
        client.cycle()

    assert problem.value.reason == "client_too_old"  # the server said 426
    assert outbox(db) == {"pending": 4}
    assert push_log(central, "f16") == []

    monkeypatch.setattr(client_module, "protocol", protocol)  # the app is upgraded
    result = client.cycle()

    assert (result.pushed, result.clean) == (4, True)
    assert set(ids) <= set(server_headcounts(central, org.site_a))


def test_f17_a_client_newer_than_the_server_loses_nothing_and_resumes(
    device, central, org, monkeypatch
):
    db, client = device("f17", org.site_a)
    ids = add_headcounts(db, org.site_a, days(4, start=date(2026, 9, 20)))
    client_at_schema(monkeypatch, HEAD + 1)

    for _ in range(2):  # the scheduler would try again later: still nothing lost
        with pytest.raises(SyncProblem) as problem:
            client.cycle()
        assert problem.value.reason == "server_too_old"  # the server said 503
    assert outbox(db) == {"pending": 4}
    assert push_log(central, "f17") == []

    monkeypatch.setattr(
        client_module, "protocol", protocol
    )  # the server is upgraded to the client's schema
    result = client.cycle()

    assert (result.pushed, result.clean) == (4, True)
    assert set(ids) <= set(server_headcounts(central, org.site_a))
