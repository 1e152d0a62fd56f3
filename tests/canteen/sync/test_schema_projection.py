"""The server answers each client in its own schema (SYNC.md §6.11): pulls and verify leave out
what an older schema lacks, pushes beyond it are refused, and what it does not send is kept."""

from __future__ import annotations

import itertools
import uuid
from datetime import date

import pytest

from canteen.db.models import ClosedMonth, WasteRecord
from canteen.domain.ids import new_id
from canteen.sync import protocol
from tests.canteen.sync.old_files import correct_sale
from tests.canteen.sync.proto_helpers import make_site, post

pytestmark = pytest.mark.postgres

HEAD = protocol.schema_version()
DAY = date(2026, 5, 4)
LINE = new_id()  # waste_record.menu_line_id names a menu line without a foreign key


@pytest.fixture(autouse=True)
def window_from_five(monkeypatch):
    """Serve schema 5 as the window did before 0007's buffet kind raised it to 7: the
    projection is generic, and 5 is the version that lacks a table and a column."""
    monkeypatch.setattr(protocol, "MIN_SCHEMA", 5)


@pytest.fixture
def site(central):
    """A site of its own for each test (a closed month and a sale exist once per site)."""
    return make_site(central, f"P{uuid.uuid4().hex[:6]}")[1]


@pytest.fixture
def synced_site(enrolled, site):
    """A current client of the site with a waste record (per menu line), a closed month and a
    corrected sale, all pushed: (db, waste record id, sale adjustment ids)."""
    db, client = enrolled(f"proj-{uuid.uuid4().hex[:6]}", "site", site_id=site)
    waste = new_id()
    with db.sessions.begin() as session:
        session.add(
            WasteRecord(
                id=waste, site_id=site, day=DAY, kind="plate", weight_g=900.0, menu_line_id=LINE
            )
        )
        session.add(
            ClosedMonth(id=new_id(), site_id=site, period="2026-04", closed_on=DAY, closed_by="x")
        )
    corrected = correct_sale(db, site, DAY)
    assert client.cycle().clean
    return db, waste, corrected


def pull_all(server, db, version: int) -> list[dict]:
    changes, cursor = [], 0
    while True:
        page = post(server, db, "/pull", {"schema_version": version, "cursor": cursor}).json()
        changes += page["changes"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return changes


def push(server, db, version: int, ops: list[dict]) -> list[dict]:
    body = {"schema_version": version, "batch_id": str(uuid.uuid4()), "ops": ops}
    answer = post(server, db, "/push", body)
    assert answer.status_code == 200, answer.text
    return answer.json()["results"]


SEQ = itertools.count(10**6)  # past anything the devices pushed from their outboxes


def op(table: str, row_id: str, values: dict, changed=None) -> dict:
    seq = next(SEQ)
    return {
        "op_id": uuid.uuid4().hex,
        "seq_from": seq,
        "seq_to": seq,
        "table": table,
        "id": row_id,
        "kind": "upsert",
        "base_version": None,
        "changed": changed,
        "values": values,
    }


def test_a_pull_leaves_out_the_tables_and_columns_an_older_schema_lacks(server, synced_site):
    db, waste, corrected = synced_site

    at_head, at_7, at_5 = (pull_all(server, db, v) for v in (HEAD, 7, 5))

    assert set(corrected) <= {c["id"] for c in at_head if c["t"] == "sale_adjustment"}
    assert {c["t"] for c in at_7} == {c["t"] for c in at_head} - {"sale_adjustment"}
    assert {c["t"] for c in at_5} == {c["t"] for c in at_head} - {
        "sale_adjustment",
        "closed_month",
    }
    (head_row,) = [c["row"] for c in at_head if c["id"] == waste]
    (old_row,) = [c["row"] for c in at_5 if c["id"] == waste]
    assert head_row["menu_line_id"] == LINE
    assert old_row == {k: v for k, v in head_row.items() if k != "menu_line_id"}


def test_verify_compares_only_the_tables_an_older_schema_has(server, synced_site):
    db, _waste, _corrected = synced_site

    at_head = post(server, db, "/verify", {"schema_version": HEAD}).json()["tables"]
    at_7 = post(server, db, "/verify", {"schema_version": 7}).json()["tables"]

    assert at_head["sale_adjustment"]["count"] >= 2
    assert at_7 == {k: v for k, v in at_head.items() if k != "sale_adjustment"}


def test_a_push_beyond_the_clients_schema_is_refused_per_row(server, synced_site, site):
    db, waste, _corrected = synced_site
    adjustment = op(
        "sale_adjustment",
        new_id(),
        {
            "sale_id": new_id(),
            "site_id": site,
            "day": DAY.isoformat(),
            "service": "lunch",
            "revision": 2,
            "kind": "entry",
            "period": "2026-05",
            "covers_sold": 1,
            "revenue_ore": 1,
            "note": "",
        },
    )
    headcount_ok = op(
        "headcount",
        new_id(),
        {"site_id": site, "day": DAY.isoformat(), "service": "dinner", "covers": 3},
    )

    results = push(server, db, 7, [adjustment, headcount_ok])
    assert [r.get("reason", r["status"]) for r in results] == ["unknown_table", "applied"]
    with_column = op("waste_record", waste, {"menu_line_id": new_id()}, ["menu_line_id"])
    results = push(server, db, 5, [with_column])
    assert [r.get("reason") for r in results] == ["unknown_column"]
    results = push(server, db, HEAD, [op("waste_record", waste, {"menu_line_id": LINE}, None)])
    assert [r["status"] for r in results] == ["applied"]  # the same op from a current client


def test_what_an_older_client_does_not_send_stays_and_gets_its_default(
    server, central, synced_site, site
):
    db, waste, _corrected = synced_site
    new_waste = new_id()
    edit = op("waste_record", waste, {"weight_g": 750.0}, ["weight_g"])
    insert = op(
        "waste_record",
        new_waste,
        {
            "site_id": site,
            "day": DAY.isoformat(),
            "service": "lunch",
            "kind": "plate",
            "weight_g": 10.0,
            "cost_ore": 0,
            "note": "",
        },
    )

    results = push(server, db, 5, [edit, insert])

    assert [r["status"] for r in results] == ["applied", "applied"]
    rows = {c["id"]: c["row"] for c in pull_all(server, db, HEAD) if c["t"] == "waste_record"}
    assert (rows[waste]["weight_g"], rows[waste]["menu_line_id"]) == (750.0, LINE)
    assert rows[new_waste]["menu_line_id"] is None
