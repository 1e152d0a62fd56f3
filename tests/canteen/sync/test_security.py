"""SYNC.md §7.4 over real HTTP: another site's rows, central data, revoked devices, reused codes,
hostile names, huge and malformed bodies; and the push audit that flags a device."""

from __future__ import annotations

from datetime import date, timedelta

import httpx
import pytest
from sqlalchemy import text

from canteen.cli import main
from canteen.db.models import Headcount
from canteen.domain.ids import new_id
from canteen.sync import protocol as wire
from canteen.sync.server import app as server_app
from canteen.sync.server import central as central_writes
from canteen.sync.server import devices
from tests.canteen.sync.conftest import code_for, serving

pytestmark = pytest.mark.postgres

DISTRICT = new_id()
SITE_A, SITE_B = new_id(), new_id()
DAY = date(2026, 3, 2)
HOSTILE = (
    "__proto__",
    "constructor",
    "headcount; DROP TABLE site; --",
    "covers' OR '1'='1",
    'x") UNION SELECT token_hash FROM sync_device --',
)


@pytest.fixture(scope="module", autouse=True)
def org(central):
    with central.begin() as connection:
        central_writes.write(connection, "district", {"id": DISTRICT, "code": "D", "name": "D"})
        for site, code in ((SITE_A, "A"), (SITE_B, "B")):
            central_writes.write(
                connection,
                "site",
                {
                    "id": site,
                    "district_id": DISTRICT,
                    "code": code,
                    "name": code,
                    "town": "By",
                    "cost_centre": "1",
                },
            )


class Device:
    """An enrolled device speaking raw HTTP: enough to send what no honest client sends."""

    def __init__(self, http: httpx.Client, central, scope: str, site_id=None, district_id=None):
        self.http = http
        made = self.http.post(
            "/enroll", json={"code": code_for(central, scope, site_id, district_id)}
        )
        made.raise_for_status()
        self.id = made.json()["device_id"]
        self.http.headers["Authorization"] = f"Bearer {made.json()['token']}"

    def push(self, *ops: dict) -> httpx.Response:
        body = {"schema_version": wire.schema_version(), "batch_id": new_id(), "ops": list(ops)}
        return self.http.post("/push", json=body)

    def results(self, *ops: dict) -> list[tuple[str, str | None]]:
        answer = self.push(*ops)
        assert answer.status_code == 200, answer.text
        return [(r["status"], r.get("reason")) for r in answer.json()["results"]]


@pytest.fixture
def device(server, central):
    """device(scope, site_id=…, district_id=…) -> an enrolled raw-HTTP Device; closed after."""
    clients = []

    def make(scope, site_id=None, district_id=None):
        clients.append(httpx.Client(base_url=server + wire.PREFIX, timeout=30))
        return Device(clients[-1], central, scope, site_id, district_id)

    yield make
    for client in clients:
        client.close()


def headcount_op(site_id: str, covers: int, day: date = DAY, row_id: str | None = None) -> dict:
    return {
        "op_id": new_id(),
        "table": "headcount",
        "id": row_id or Headcount.id_for(site_id, day, "lunch"),
        "kind": "upsert",
        "values": {
            "site_id": site_id,
            "day": day.isoformat(),
            "service": "lunch",
            "covers": covers,
        },
    }


def flagged(central_url: str, capsys) -> dict[str, str]:
    """`canteen admin … devices` output: device id → the rest of its line."""
    assert main(["admin", "--database-url", central_url, "--lang", "en", "devices"]) == 0
    lines = capsys.readouterr().out.splitlines()
    return {line.split()[0]: line for line in lines if line.strip()}


def test_a_row_claiming_another_site_is_rejected_and_flags_the_device(
    device, central, central_url, capsys
):
    a = device("site", SITE_A)
    assert a.results(headcount_op(SITE_B, 5)) == [("rejected", "other_site")]
    with central.connect() as connection:
        count = connection.execute(
            text("SELECT count(*) FROM headcount WHERE site_id = :b"), {"b": SITE_B}
        ).scalar()
    assert count == 0
    assert "flagged (count: 1)" in flagged(central_url, capsys)[a.id]


def test_taking_over_another_sites_row_by_its_id_is_rejected(device, central):
    a = device("site", SITE_A)
    b = device("site", SITE_B)
    day = DAY + timedelta(days=1)
    b_row = Headcount.id_for(SITE_B, day, "lunch")
    assert b.results(headcount_op(SITE_B, 40, day)) == [("applied", None)]
    with central.connect() as connection:
        before = connection.execute(text("SELECT * FROM headcount WHERE id = :id"), {"id": b_row})
        before = before.mappings().one()
    # A's payload claims its own site for B's row: the row's owner decides, not the payload.
    status, _ = a.results(headcount_op(SITE_A, 1, day, row_id=b_row))[0]
    assert status == "rejected"
    with central.connect() as connection:
        after = connection.execute(text("SELECT * FROM headcount WHERE id = :id"), {"id": b_row})
        assert after.mappings().one() == before


def test_a_push_to_central_data_is_rejected_and_flags_the_device(
    device, central, central_url, capsys
):
    a = device("site", SITE_A)
    clean = device("site", SITE_A)
    op = {
        "op_id": new_id(),
        "table": "ingredient",
        "id": new_id(),
        "kind": "upsert",
        "values": {"name": "Gift"},
    }
    assert (
        a.results(op, op | {"op_id": new_id(), "id": new_id()})
        == [("rejected", "not_writable")] * 2
    )
    assert clean.results(headcount_op(SITE_A, 12, DAY + timedelta(days=2))) == [("applied", None)]
    listed = flagged(central_url, capsys)
    assert "flagged (count: 2)" in listed[a.id]
    assert "flagged" not in listed[clean.id]
    with central.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM ingredient")).scalar() == 0
        audit = connection.execute(
            text("SELECT reason, ops, flagged FROM sync_rejection WHERE device_id = :d"),
            {"d": a.id},
        ).all()
        logged = connection.execute(
            text("SELECT applied, rejected FROM sync_push WHERE device_id = :d"), {"d": a.id}
        ).one()
    assert [tuple(r) for r in audit] == [("not_writable", 2, True)]
    assert tuple(logged) == (0, 2)


def test_a_read_only_device_pushing_is_refused_and_flagged(device, central, central_url, capsys):
    district = device("district", district_id=DISTRICT)
    assert district.push(headcount_op(SITE_A, 3)).status_code == 403
    assert "flagged (count: 1)" in flagged(central_url, capsys)[district.id]


def test_a_revoked_device_gets_401_on_every_endpoint(device, server, central):
    a = device("site", SITE_A)
    with central.begin() as connection:
        assert devices.revoke(connection, a.id)
    paths = [p for p in a.http.get(server + "/openapi.json").json()["paths"] if "enroll" not in p]
    assert len(paths) >= 3
    body = {"schema_version": wire.schema_version(), "cursor": 0, "batch_id": new_id(), "ops": []}
    for path in paths:
        assert a.http.post(server + path, json=body).status_code == 401, path


def test_an_enrollment_code_works_once_and_not_after_it_expires(server, central):
    code = code_for(central, "site", SITE_A)
    first = httpx.post(f"{server}{wire.PREFIX}/enroll", json={"code": code})
    second = httpx.post(f"{server}{wire.PREFIX}/enroll", json={"code": code})
    assert (first.status_code, second.status_code) == (200, 403)
    old = code_for(central, "site", SITE_A)
    with central.begin() as connection:
        connection.execute(
            text(
                "UPDATE sync_enrollment SET expires_at = now() - interval '1 second'"
                " WHERE used_at IS NULL"
            )
        )
    assert httpx.post(f"{server}{wire.PREFIX}/enroll", json={"code": old}).status_code == 403


def test_hostile_names_are_rejected_and_never_echoed(device, central):
    a = device("site", SITE_A)
    ops = [headcount_op(SITE_A, 1) | {"table": name} for name in HOSTILE]
    ops += [
        headcount_op(SITE_A, 1, DAY + timedelta(days=3))
        | {"values": {"site_id": SITE_A, name: 1}, "changed": [name]}
        for name in HOSTILE
    ]
    answer = a.push(*ops)
    assert answer.status_code == 200
    reasons = [r["reason"] for r in answer.json()["results"]]
    assert reasons == ["unknown_table"] * len(HOSTILE) + ["unknown_column"] * len(HOSTILE)
    # An op id or batch id in a hostile shape fails the request; the 422 does not repeat it.
    refused = [a.push(headcount_op(SITE_A, 1) | {"op_id": name}) for name in HOSTILE] + [
        a.http.post(
            "/push",
            json={"schema_version": wire.schema_version(), "batch_id": name, "ops": []},
        )
        for name in HOSTILE
    ]
    assert {r.status_code for r in refused} == {422}
    for response in [answer, *refused]:
        for name in HOSTILE:
            assert name not in response.text
            assert name.replace('"', '\\"') not in response.text


def test_a_batch_over_the_limit_is_413(device, central):
    a = device("site", SITE_A)
    ops = [headcount_op(SITE_A, 1, row_id=new_id()) for _ in range(wire.MAX_OPS + 1)]
    assert a.push(*ops).status_code == 413


def test_a_body_over_the_size_limit_is_413_declared_or_chunked(central, monkeypatch):
    monkeypatch.setattr(server_app, "MAX_BODY", 2000)
    with serving(server_app.create_app(central)) as base:
        url = f"{base}{wire.PREFIX}/enroll"
        big = b'{"code": "' + b"A" * 3000 + b'"}'
        assert httpx.post(url, content=big).status_code == 413

        def chunks():
            yield big[:1500]
            yield big[1500:]

        assert httpx.post(url, content=chunks()).status_code == 413
        assert httpx.post(url, json={"code": "AAAA-BBBB-CCCC"}).status_code == 403


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"", b"[]", b"null", b'{"schema_version": "five"}', b"[" * 50_000],
)
def test_malformed_bodies_are_4xx_not_500(device, body):
    a = device("site", SITE_A)
    for path in ("/hello", "/push", "/pull", "/enroll"):
        answer = a.http.post(path, content=body, headers={"Content-Type": "application/json"})
        assert answer.status_code in (400, 422), (path, answer.status_code)


def test_values_the_database_cannot_take_are_rejected_per_op(device, central):
    a = device("site", SITE_A)
    day = DAY + timedelta(days=10)
    bad_values = ["nul\x00byte", "lone \ud800 surrogate", 2**70, "not-a-uuid", {"a": 1}]
    ops = [
        headcount_op(SITE_A, 1, day + timedelta(days=i))
        | {
            "values": {
                "site_id": SITE_A,
                "day": (day + timedelta(days=i)).isoformat(),
                "service": value if isinstance(value, str) else "lunch",
                "covers": value if not isinstance(value, str) else 1,
            }
        }
        for i, value in enumerate(bad_values)
    ]
    ops[3]["values"]["site_id"] = "not-a-uuid"
    good = headcount_op(SITE_A, 9, day + timedelta(days=20))
    # httpx cannot encode a lone surrogate as JSON text: send the escape by hand.
    import json

    body = json.dumps(
        {"schema_version": wire.schema_version(), "batch_id": new_id(), "ops": [*ops, good]}
    )
    answer = a.http.post("/push", content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 200, answer.text
    statuses = [r["status"] for r in answer.json()["results"]]
    assert statuses == ["rejected"] * len(bad_values) + ["applied"]
