"""The set-wise push bookkeeping (`canteen.sync.outbox`) against the op-by-op reference.

Two copies of one client file go through the same batches and the same server answers: one
with `outbox`, one with `outbox_reference` (the code as it was). Outbox, rows, stored conflicts,
the batch in flight and the counts must come out the same, whatever the mix of answers and
whichever rows were edited again while their batch was in flight.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from canteen.db.base import Base
from canteen.db.capture import applying_remote
from canteen.db.engine import Database
from canteen.db.models import Headcount
from canteen.sync import outbox, state
from canteen.sync.status import CONFLICTS
from tests.canteen.sync import outbox_reference as reference
from tests.factories import make_district, make_site

DAY = date(2026, 3, 2)
WHEN = "2026-03-02 12:00:00.000000"
ROWS = 10  # headcounts, half of them known to the server already
LEDGER = 4  # cost entries, all new
GHOST = "0190a1b2-0000-7000-8000-00000000dead"  # an outbox entry whose row is gone
SHOUTED = "0190A1B2-0000-7000-8000-00000000BEEF"  # a row stored with capitals: not found


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A client file with a site, synced and unsynced rows, and a few odd outbox entries."""
    path = tmp_path_factory.mktemp("outbox-template") / "template.db"
    db = Database.sqlite(path)
    Base.metadata.create_all(db.engine)
    site = make_site(db, make_district(db))
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM _sync_outbox"))
        for n in range(ROWS):
            connection.execute(
                text(
                    """INSERT INTO headcount (id, site_id, day, service, covers, source,
                           confirmed, updated_at)
                       VALUES (:id, :site, :day, 'lunch', :n, 'manual', 0, :now)"""
                ),
                {
                    "id": _headcount(site, n),
                    "site": site,
                    "day": DAY + timedelta(n),
                    "n": n,
                    "now": WHEN,
                },
            )
        # The first half were pushed before: they have versions and are now edited again.
        with applying_remote(connection):
            connection.execute(
                text("UPDATE headcount SET server_version = 100 + covers WHERE covers < :half"),
                {"half": ROWS // 2},
            )
            connection.execute(
                text(
                    "DELETE FROM _sync_outbox WHERE row_id IN (SELECT id FROM headcount "
                    "WHERE server_version IS NOT NULL)"
                )
            )
        connection.execute(
            text("UPDATE headcount SET covers = covers + 1000 WHERE covers < :h"), {"h": ROWS // 2}
        )
        for n in range(LEDGER):
            connection.execute(
                text(
                    """INSERT INTO cost_entry (id, site_id, period, day, category, amount_ore,
                           source, note, updated_at)
                       VALUES (:id, :site, '2026-03', :day, 'other', :n, 'manual', '', :now)"""
                ),
                {
                    "id": f"0190a1b2-0000-7000-8000-{n:012d}",
                    "site": site,
                    "day": DAY,
                    "n": n,
                    "now": WHEN,
                },
            )
        connection.execute(
            text(
                """INSERT INTO headcount (id, site_id, day, service, covers, source, confirmed,
                       updated_at)
                   VALUES (:id, :site, :day, 'dinner', 7, 'manual', 0, :now)"""
            ),
            {"id": SHOUTED, "site": site, "day": DAY, "now": WHEN},
        )
        connection.execute(
            text(
                """INSERT INTO _sync_outbox (table_name, row_id, op, changed_at, state, attempts)
                   VALUES ('headcount', :ghost, 'upsert', :now, 'pending', 0),
                          ('no_such_table', :ghost, 'upsert', :now, 'pending', 0)"""
            ),
            {"ghost": GHOST, "now": WHEN},
        )
    db.dispose()
    return path


def _headcount(site: str, n: int) -> str:
    return Headcount.id_for(site, DAY + timedelta(n), "lunch")


def _copy(source, target) -> Database:
    with sqlite3.connect(source) as reading, sqlite3.connect(target) as writing:
        reading.backup(writing)
    return Database.sqlite(target)


RESULTS = st.one_of(
    st.none(),  # no answer for this op
    st.builds(lambda v: {"status": "applied", "server_version": v}, st.integers(200, 300)),
    st.builds(lambda v: {"status": "duplicate", "server_version": v}, st.integers(200, 300)),
    st.builds(
        lambda why: {"status": "rejected", **({"reason": why} if why else {})},
        st.sampled_from([None, "closed_period", "invalid_row"]),
    ),
    st.just({"status": "replay_refused"}),
    st.builds(
        lambda v, winner: {
            "status": "applied",
            "server_version": v,
            "conflicts": [{"columns": ["covers"], "rule": "lww", "winner": winner}],
        },
        st.integers(200, 300),
        st.sampled_from(["device", "server"]),
    ),
    st.just({"status": "applied", "server_version": 299, "kept": True}),  # server's own copy
)


def _answer(batch: dict, draws: list) -> dict:
    results = []
    for op, result in zip(batch["ops"], draws, strict=False):
        if result is None:
            continue
        result = {**result, "op_id": op["op_id"]}
        # The server's own copy comes whole; a new row's op carries every column too.
        if result.pop("kept", False) and op["changed"] is None:
            result["row"] = {
                **op["values"],
                "id": op["id"],
                "server_version": 298,  # unlike the answer's: shows which write won
                "deleted_at": "2026-03-03T08:00:00Z",
                "updated_at": "2026-03-03T08:00:00Z",
            }
        results.append(result)
    return {"results": results}


def _normal(batch: dict | None):
    """A batch without its random ids (both sides draw their own)."""
    if batch is None:
        return None
    return [{k: v for k, v in op.items() if k != "op_id"} for op in batch["ops"]]


def _snapshot(db: Database) -> dict:
    with db.engine.connect() as connection:
        found = {
            "outbox": connection.execute(
                text(
                    "SELECT seq, table_name, row_id, op, changed_cols, base_version, state, "
                    "attempts, last_error FROM _sync_outbox ORDER BY seq"
                )
            ).all(),
            "headcount": connection.execute(
                text(
                    "SELECT id, covers, server_version, deleted_at, updated_at > :now "
                    "FROM headcount ORDER BY id"
                ),
                {"now": WHEN},
            ).all(),
            "cost_entry": connection.execute(
                text(
                    "SELECT id, amount_ore, server_version, deleted_at, updated_at > :now "
                    "FROM cost_entry ORDER BY id"
                ),
                {"now": WHEN},
            ).all(),
            "inflight": _normal(json.loads(state.get(connection, state.INFLIGHT) or "null")),
        }
        conflicts = json.loads(state.get(connection, CONFLICTS) or "[]")
    found["conflicts"] = [{k: v for k, v in c.items() if k != "at"} for c in conflicts]
    return found


ROUND = st.tuples(
    st.integers(1, ROWS + LEDGER + 3),  # batch size
    st.lists(RESULTS, min_size=ROWS + LEDGER + 3, max_size=ROWS + LEDGER + 3),
    st.sets(st.integers(0, ROWS - 1), max_size=4),  # headcounts edited while in flight
    st.booleans(),  # the answer is lost: the next round resends the batch in flight
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rounds=st.lists(ROUND, min_size=1, max_size=3))
def test_set_wise_bookkeeping_matches_op_by_op(template, tmp_path, rounds):
    new = _copy(template, tmp_path / "new.db")
    old = _copy(template, tmp_path / "old.db")
    try:
        with new.engine.connect() as connection:
            site = connection.execute(text("SELECT id FROM site")).scalar()
        for size, draws, edited, lost in rounds:
            batches = []
            for db, side in ((new, outbox), (old, reference)):
                with db.engine.begin() as connection:
                    batches.append(side.build_batch(connection, size))
            assert _normal(batches[0]) == _normal(batches[1])
            for db in (new, old):
                with db.engine.begin() as connection:
                    for n in sorted(edited):
                        connection.execute(
                            text("UPDATE headcount SET covers = covers + 1 WHERE id = :id"),
                            {"id": _headcount(site, n)},
                        )
            if batches[0] is None or lost:
                continue
            counts = []
            for db, side, batch in ((new, outbox, batches[0]), (old, reference, batches[1])):
                with db.engine.begin() as connection:
                    counts.append(side.take_answer(connection, batch, _answer(batch, draws)))
            assert counts[0] == counts[1]
            assert _snapshot(new) == _snapshot(old)
        assert _snapshot(new) == _snapshot(old)
    finally:
        new.dispose()
        old.dispose()


def test_an_entry_edited_while_in_flight_stays_pending_with_the_servers_version(template, tmp_path):
    db = _copy(template, tmp_path / "one.db")
    with db.engine.begin() as connection:
        batch = outbox.build_batch(connection, 3)
        row = batch["ops"][0]["id"]
        connection.execute(
            text("UPDATE headcount SET covers = covers + 1 WHERE id = :id"), {"id": row}
        )
    answer = {
        "results": [
            {"op_id": op["op_id"], "status": "applied", "server_version": 500 + i}
            for i, op in enumerate(batch["ops"])
        ]
    }
    with db.engine.begin() as connection:
        assert outbox.take_answer(connection, batch, answer) == (3, 0, 0)
        left = connection.execute(
            text("SELECT row_id, state, base_version FROM _sync_outbox WHERE row_id = :id"),
            {"id": row},
        ).all()
        version = connection.execute(
            text("SELECT server_version FROM headcount WHERE id = :id"), {"id": row}
        ).scalar()
    db.dispose()
    assert left == [(row, "pending", 500)]  # the newer edit goes next, rebased
    assert version == 500


TWICE = [
    ("applied", "kept"),
    ("kept", "applied"),
    ("applied", "rejected"),
    ("rejected", "applied"),
    ("kept", "rejected"),
    ("duplicate", "applied"),
]


@pytest.mark.parametrize(("first", "second"), TWICE)
def test_a_row_answered_twice_in_one_batch_ends_as_op_by_op(template, tmp_path, first, second):
    # Never built by build_batch (one outbox entry per row), but a hand-made batch may have it.
    shapes = {
        "applied": {"status": "applied", "server_version": 401},
        "duplicate": {"status": "duplicate", "server_version": 402},
        "rejected": {"status": "rejected", "reason": "invalid_row"},
        "kept": {"status": "applied", "server_version": 403, "kept": True},
    }
    ends = []
    for side in (outbox, reference):
        db = _copy(template, tmp_path / f"{side.__name__}.db")
        with db.engine.begin() as connection:
            batch = side.build_batch(connection, 1)
        (op,) = batch["ops"]
        batch["ops"].append({**op, "op_id": op["op_id"] + "-again"})
        answer = _answer(batch, [dict(shapes[first]), dict(shapes[second])])
        with db.engine.begin() as connection:
            counts = side.take_answer(connection, batch, answer)
        ends.append((counts, _snapshot(db)))
        db.dispose()
    assert ends[0] == ends[1]
