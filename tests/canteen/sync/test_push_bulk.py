"""The bulk push path answers and writes exactly what applying the ops one by one does."""

from __future__ import annotations

import json
import re
import uuid
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from canteen.db.models import Headcount
from canteen.sync.server import devices, push

from .proto_helpers import make_site

pytestmark = pytest.mark.postgres

DAY = date(2026, 6, 1)
DELETED_AT = "2026-06-20T10:00:00+00:00"
# r0..r2 exist (r1 since changed by device B, r2 deleted by B), n0..n2 are new, t0 belongs to
# another site, R0 is r0's id in capitals (the op-by-op path's case).
ROWS = ("r0", "r1", "r2", "n0", "n1", "n2", "t0", "R0")


def enroll(connection, site_id: str, label: str):
    code = devices.make_code(connection, "site", site_id)
    _device_id, token = devices.enroll(connection, code, label)
    return devices.authenticate(connection, token)


def day_of(row: str) -> date:
    return DAY + timedelta(days=ROWS.index(row.lower()))


def op(op_id: str, seq: int, site: str, row_id: str, day: date, covers: int, **extra) -> dict:
    return {
        "op_id": op_id,
        "seq_from": seq,
        "seq_to": seq,
        "table": "headcount",
        "id": row_id,
        "kind": "upsert",
        "base_version": None,
        "changed": None,
        "values": {"site_id": site, "day": day.isoformat(), "service": "lunch", "covers": covers},
        **extra,
    }


@pytest.fixture(scope="module")
def world(central):
    """Committed starting state: device A's rows, B's later edit and delete, another site's row."""
    _, site = make_site(central, "PB")
    _, other = make_site(central, "PT")
    ids = {row: Headcount.id_for(site, day_of(row), "lunch") for row in ROWS}
    ids["t0"] = Headcount.id_for(other, day_of("t0"), "lunch")
    ids["R0"] = ids["r0"].upper()
    with central.begin() as connection:
        a, b = enroll(connection, site, "a"), enroll(connection, site, "b")
        c = enroll(connection, other, "c")
        first = push.push(
            connection,
            a,
            "setup-a",
            [
                op(f"a-setup-{n}", n + 1, site, ids[r], day_of(r), 10)
                for n, r in enumerate(ROWS[:3])
            ],
        )
        base = {r: res["server_version"] for r, res in zip(ROWS, first["results"], strict=False)}
        push.push(connection, b, "setup-b1", [op("b-1", 1, site, ids["r1"], day_of("r1"), 50)])
        deletion = op("b-2", 2, site, ids["r2"], day_of("r2"), 10, kind="delete")
        deletion["values"]["deleted_at"] = DELETED_AT
        deletion["changed"] = ["deleted_at"]
        push.push(connection, b, "setup-b2", [deletion])
        push.push(connection, c, "setup-c", [op("c-1", 1, other, ids["t0"], day_of("t0"), 7)])
    return {"site": site, "other": other, "a": a, "ids": ids, "base": base}


def timeless(data: str) -> str:
    """JSON text without `updated_at` values: the two paths run at different instants."""
    return re.sub(r'"updated_at": "[^"]*"', '"updated_at": "-"', data)


def snapshot(connection, world, answer: dict) -> dict:
    """Everything a push decides: its answer and the rows, logs and versions it leaves."""
    rows = connection.execute(
        text(
            "SELECT id, site_id, day, service, covers, deleted_at, server_version FROM headcount"
            " WHERE site_id IN (:s, :o) ORDER BY id"
        ),
        {"s": world["site"], "o": world["other"]},
    ).all()
    logged = connection.execute(
        text(
            "SELECT table_name, row_id, site_id, device_id, columns, base_version,"
            " server_version, rule, winner FROM sync_conflict ORDER BY id"
        )
    ).all()
    field_rows = connection.execute(
        text("SELECT row_id, versions FROM sync_field_version ORDER BY row_id")
    ).all()
    applied = connection.execute(
        text("SELECT op_id, seq_to, result FROM sync_applied_op WHERE device_id = :d ORDER BY 1"),
        {"d": world["a"].id},
    ).all()
    state = connection.execute(
        text("SELECT high_seq, (SELECT value FROM sync_counter) FROM sync_device WHERE id = :d"),
        {"d": world["a"].id},
    ).one()
    return {
        "answer": timeless(json.dumps(answer)),
        "rows": rows,
        "conflicts": logged,
        "fields": field_rows,
        "applied": [(op_id, seq, timeless(result)) for op_id, seq, result in applied],
        "state": tuple(state),
    }


def both_ways(central, world, ops: list[dict]) -> tuple[dict, dict]:
    """The batch pushed by device A in bulk and op by op, each from the same state (rolled back)."""
    seen = []
    batch_id = str(uuid.uuid4())
    for bulk in (True, False):
        with central.connect() as connection:
            transaction = connection.begin()
            answer = push.push(connection, world["a"], batch_id, ops, bulk=bulk)
            seen.append(snapshot(connection, world, answer))
            transaction.rollback()
    return seen[0], seen[1]


def build(world, specs: list[dict]) -> list[dict]:
    """Ops of device A from drawn specs (see `spec`)."""
    ops = []
    for n, s in enumerate(specs):
        row = s["row"]
        op_id = f"h-{n}"
        if s["op"] == "setup":
            op_id = "a-setup-0"
        elif s["op"] == "repeat" and ops:
            op_id = ops[n // 2]["op_id"]
        elif s["op"] == "again" and ops:
            op_id = ops[-1]["op_id"]
        seq = 2 if s["replay"] else 10 + n
        extra = {
            "base_version": {"none": None, "old": world["base"].get(row.lower(), 1)}[s["base"]]
        }
        if s["covers_only"]:
            extra["changed"] = ["covers"]
        made = op(op_id, seq, world["site"], world["ids"][row], day_of(row), s["covers"], **extra)
        if s["delete"]:
            made["kind"] = "delete"
            made["values"]["deleted_at"] = DELETED_AT
            made["changed"] = ["deleted_at"]
        ops.append(made)
    return ops


spec = st.fixed_dictionaries(
    {
        "row": st.sampled_from(ROWS),
        "covers": st.sampled_from([-1, 5, 10, 50]),
        "base": st.sampled_from(["none", "old"]),
        "covers_only": st.booleans(),
        "delete": st.booleans(),
        "op": st.sampled_from(["fresh", "fresh", "fresh", "setup", "repeat", "again"]),
        "replay": st.sampled_from([False, False, False, True]),
    }
)


def test_a_mixed_batch_answers_as_op_by_op(central, world):
    specs = [
        {"row": "n0", "covers": 5},  # new row
        {"row": "r0", "covers": 50},  # update
        {"row": "r1", "covers": 5, "base": "old", "covers_only": True},  # conflict: B changed it
        {"row": "r2", "covers": 5},  # delete wins
        {"row": "r0", "covers": 5, "op": "setup"},  # duplicate of a setup op
        {"row": "n1", "covers": 5, "replay": True},  # replay from a restored copy
        {"row": "n2", "covers": -1},  # breaks covers >= 0
        {"row": "t0", "covers": 5},  # another site's row
        {"row": "n1", "covers": 10},  # new row after the bad one
        {"row": "n0", "covers": 6},  # the same row again in the batch
        {"row": "n0", "covers": 7, "op": "again"},  # an op id twice in the batch
    ]
    defaults = {"base": "none", "covers_only": False, "delete": False, "op": "fresh"}
    ops = build(world, [{**defaults, "replay": False, **s} for s in specs])
    bulk, one_by_one = both_ways(central, world, ops)
    results = json.loads(bulk["answer"])["results"]
    statuses = [(r["status"], r.get("reason")) for r in results]
    assert statuses == [
        ("applied", None),
        ("applied", None),
        ("applied", None),
        ("applied", None),
        ("duplicate", None),
        ("replay_refused", None),
        ("rejected", "invalid_row"),
        ("rejected", "other_site"),
        ("applied", None),
        ("applied", None),
        ("duplicate", None),
    ]
    assert [c["rule"] for c in results[2]["conflicts"]] == ["last_arrival_wins"]
    assert [c["rule"] for c in results[3]["conflicts"]] == ["delete_wins"]
    assert bulk == one_by_one


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(specs=st.lists(spec, min_size=1, max_size=10))
def test_random_batches_answer_as_op_by_op(central, world, specs):
    bulk, one_by_one = both_ways(central, world, build(world, specs))
    assert bulk == one_by_one


def test_a_clean_batch_never_falls_back_to_op_by_op(central, world, monkeypatch):
    from canteen.sync.server import push_one

    def refuse(*_args):
        raise AssertionError("fell back to op by op")

    monkeypatch.setattr(push_one, "apply_one", refuse)
    ids = world["ids"]
    update = op("clean-1", 40, world["site"], ids["r0"], day_of("r0"), 12)
    update["values"].update(
        line_portions='{"veg": 4}', confirmed=True, source="pos", deleted_at=None
    )
    second = op("clean-2", 41, world["site"], ids["r1"], day_of("r1"), 13, changed=["covers"])
    new = op("clean-3", 42, world["site"], ids["n0"], day_of("n0"), 14)
    with central.connect() as connection:
        transaction = connection.begin()
        answer = push.push(connection, world["a"], "clean", [update, second, new])
        rows = connection.execute(
            text(
                "SELECT id, covers, line_portions, confirmed, source FROM headcount WHERE id IN"
                " (:a, :b, :c) ORDER BY covers"
            ),
            {"a": ids["r0"], "b": ids["r1"], "c": ids["n0"]},
        ).all()
        transaction.rollback()
    assert [r["status"] for r in answer["results"]] == ["applied"] * 3
    assert [tuple(r)[1:] for r in rows] == [
        (12, '{"veg": 4}', True, "pos"),
        (13, None, False, "manual"),
        (14, None, False, "manual"),
    ]
