"""A push batch applies in one go, and one row breaking a constraint rejects only itself."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from canteen.db.models import Headcount
from canteen.domain.ids import new_id
from canteen.sync.server import central as central_writes
from canteen.sync.server import devices, push

pytestmark = pytest.mark.postgres

DISTRICT, SITE = new_id(), new_id()
DAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def device(central):
    """A site device (enrolled in-process)."""
    with central.begin() as connection:
        central_writes.write(connection, "district", {"id": DISTRICT, "code": "D", "name": "D"})
        central_writes.write(
            connection,
            "site",
            {
                "id": SITE,
                "district_id": DISTRICT,
                "code": "S",
                "name": "S",
                "town": "",
                "cost_centre": "1",
            },
        )
        code = devices.make_code(connection, "site", SITE)
        _device_id, token = devices.enroll(connection, code, "bench")
        return devices.authenticate(connection, token)


def op(seq: int, covers: int) -> dict:
    day = DAY + timedelta(days=seq)
    return {
        "op_id": uuid.uuid4().hex,
        "seq_from": seq,
        "seq_to": seq,
        "table": "headcount",
        "id": Headcount.id_for(SITE, day, "lunch"),
        "kind": "upsert",
        "base_version": None,
        "changed": None,
        "values": {"site_id": SITE, "day": day.isoformat(), "service": "lunch", "covers": covers},
    }


def test_one_bad_row_rejects_only_itself_and_versions_stay_distinct(central, device):
    ops = [op(1, 80), op(2, -5), op(3, 90)]  # covers >= 0 is a CHECK of the table
    with central.begin() as connection:
        answer = push.push(connection, device, str(uuid.uuid4()), ops)
    statuses = [(r["status"], r.get("reason")) for r in answer["results"]]
    assert statuses == [("applied", None), ("rejected", "invalid_row"), ("applied", None)]
    with central.connect() as connection:
        rows = connection.execute(
            text("SELECT covers, server_version FROM headcount WHERE site_id = :s ORDER BY day"),
            {"s": SITE},
        ).all()
        counter = connection.execute(text("SELECT value FROM sync_counter")).scalar()
    assert [r.covers for r in rows] == [80, 90]
    versions = [r.server_version for r in rows]
    assert versions == [
        answer["results"][0]["server_version"],
        answer["results"][2]["server_version"],
    ]
    assert versions[0] < versions[1] <= counter


def test_a_clean_batch_draws_its_versions_in_one_block(central, device):
    before_ops = [op(10 + n, n) for n in range(50)]
    with central.begin() as connection:
        before = connection.execute(text("SELECT value FROM sync_counter")).scalar()
        answer = push.push(connection, device, str(uuid.uuid4()), before_ops)
        after = connection.execute(text("SELECT value FROM sync_counter")).scalar()
    drawn = [r["server_version"] for r in answer["results"]]
    assert drawn == list(range(before + 1, before + 51))
    assert after == before + 50
