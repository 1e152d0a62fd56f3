"""Per-op dedupe and the replay guard (SYNC.md §6.7; F4, F4b)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import text

from canteen.sync.client import SyncClient
from canteen.sync.errors import SyncProblem
from tests.canteen.sync.harness.transport import DROP_RESPONSE, FaultTransport

from .proto_helpers import Recording, headcount, local_value, make_site, post, server_value

pytestmark = pytest.mark.postgres

DAY = date(2026, 4, 6)


@pytest.fixture(scope="module")
def site(central):
    return make_site(central, "DD")[1]


def test_f4_an_old_batch_replayed_later_changes_nothing(enrolled, central, server, site):
    db, _ = enrolled("f4", "site", site_id=site)
    recorder = Recording()
    client = SyncClient(db, transport=recorder)
    row = headcount(db, site, DAY, 10)
    assert client.cycle().clean
    old = recorder.bodies("push")[-1]
    headcount(db, site, DAY, 11)
    assert client.cycle().clean
    assert server_value(central, row) == 11

    # The same batch again: its stored answer, every op a duplicate.
    again = post(server, db, "/push", old).json()
    assert [r["status"] for r in again["results"]] == ["duplicate"]
    # The same ops in a new batch: found by op id, duplicates too.
    moved = post(server, db, "/push", {**old, "batch_id": str(uuid.uuid4())}).json()
    assert [r["status"] for r in moved["results"]] == ["duplicate"]
    # The old change under a new op id (a restored copy rebuilding it): refused by seq.
    fresh = [{**op, "op_id": uuid.uuid4().hex} for op in old["ops"]]
    replay = post(server, db, "/push", {"batch_id": str(uuid.uuid4()), "ops": fresh}).json()
    assert [r["status"] for r in replay["results"]] == ["replay_refused"]
    assert server_value(central, row) == 11
    with central.connect() as connection:
        assert (
            connection.execute(
                text("SELECT count(*) FROM sync_conflict WHERE row_id = :r"), {"r": row}
            ).scalar()
            == 0
        )
        applied = connection.execute(
            text(
                "SELECT count(*) FROM sync_applied_op a JOIN sync_device d ON d.id = a.device_id"
                " WHERE d.label = 'f4'"
            )
        ).scalar()
    assert applied == 2  # the two real pushes, nothing from the replays


def test_f4b_lost_answer_then_new_edits_apply_cleanly(enrolled, central, site):
    db, _ = enrolled("f4b", "site", site_id=site)
    rows = [headcount(db, site, date(2026, 4, d), 20 + d) for d in (7, 8)]
    cut = SyncClient(db, transport=_first_push_answer_lost())
    with pytest.raises(SyncProblem):
        cut.cycle()
    # Two more edits of the same rows before the retry.
    for covers in (30, 31):
        for d in (7, 8):
            headcount(db, site, date(2026, 4, d), covers + d)
    result = cut.cycle()
    assert (result.clean, result.conflicts, result.rejected) == (True, 0, 0)
    assert [server_value(central, r) for r in rows] == [38, 39]
    assert [local_value(db, r) for r in rows] == [38, 39]


def test_f4b_a_coalesced_op_reaching_past_high_seq_applies(enrolled, central, server, site):
    db, client = enrolled("f4b-raw", "site", site_id=site)
    row = headcount(db, site, date(2026, 4, 9), 5)
    assert client.cycle().clean
    high = post(server, db, "/hello", {}).json()["device_high_seq"]
    with db.engine.connect() as connection:
        version = connection.execute(
            text("SELECT server_version FROM headcount WHERE id = :r"), {"r": row}
        ).scalar()
    op = {
        "op_id": uuid.uuid4().hex,
        "seq_from": high,
        "seq_to": high + 2,
        "table": "headcount",
        "id": row,
        "kind": "upsert",
        "base_version": version,
        "changed": ["covers"],
        "values": {"site_id": site, "covers": 7},
    }
    answer = post(server, db, "/push", {"batch_id": str(uuid.uuid4()), "ops": [op]}).json()
    assert answer["results"][0]["status"] == "applied"
    assert "conflicts" not in answer["results"][0]
    assert answer["device_high_seq"] == high + 2
    assert server_value(central, row) == 7


def test_out_of_range_sequence_numbers_are_422(enrolled, server, site):
    db, _ = enrolled("wild", "site", site_id=site)
    op = {
        "op_id": uuid.uuid4().hex,
        "table": "headcount",
        "id": "x",
        "kind": "upsert",
        "values": {},
    }
    for field in ("seq_from", "seq_to", "base_version"):
        for value in (-1, 10**19):
            body = {"batch_id": str(uuid.uuid4()), "ops": [{**op, field: value}]}
            assert post(server, db, "/push", body).status_code == 422, (field, value)


def _first_push_answer_lost() -> FaultTransport:
    """The first push reaches the server and commits; its answer is lost."""
    transport = FaultTransport()
    transport.plan(DROP_RESPONSE, "/push")
    return transport
