"""A SQLite file as the server (one-machine demo): no row-level security there, skipped cleanly;
the same authorization checks, audit and bounds still hold."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from sqlalchemy import text

from canteen.db.models import Headcount
from canteen.domain.ids import new_id
from canteen.sync import protocol as wire
from canteen.sync.server import audit, devices, rls
from canteen.sync.server import central as central_writes
from canteen.sync.server.app import create_app
from canteen.sync.server.setup import init_database, server_engine
from tests.canteen.sync.conftest import serving

SITE_A, SITE_B = new_id(), new_id()


@pytest.fixture
def sqlite_central(tmp_path):
    engine = server_engine(f"sqlite:///{tmp_path / 'central.db'}")
    init_database(engine)
    with engine.begin() as connection:
        district = new_id()
        central_writes.write(connection, "district", {"id": district, "code": "D", "name": "D"})
        for site, code in ((SITE_A, "A"), (SITE_B, "B")):
            central_writes.write(
                connection,
                "site",
                {
                    "id": site,
                    "district_id": district,
                    "code": code,
                    "name": code,
                    "town": "By",
                    "cost_centre": "1",
                },
            )
    yield engine
    engine.dispose()


def op(site_id: str, table: str = "headcount") -> dict:
    return {
        "op_id": new_id(),
        "table": table,
        "id": Headcount.id_for(site_id, date(2026, 3, 2), "lunch"),
        "kind": "upsert",
        "values": {"site_id": site_id, "day": "2026-03-02", "service": "lunch", "covers": 4},
    }


def test_a_sqlite_server_works_without_rls_and_still_flags(sqlite_central):
    with sqlite_central.connect() as connection:
        assert rls.ready(connection)
        code = devices.make_code(connection, "site", SITE_A)
        connection.commit()
    with serving(create_app(sqlite_central)) as base, httpx.Client(base_url=base) as http:
        made = http.post(f"{wire.PREFIX}/enroll", json={"code": code}).json()
        http.headers["Authorization"] = f"Bearer {made['token']}"
        body = {
            "schema_version": wire.schema_version(),
            "batch_id": new_id(),
            "ops": [op(SITE_A), op(SITE_B), op(SITE_A, "ingredient")],
        }
        answer = http.post(f"{wire.PREFIX}/push", json=body).json()
        assert [r.get("reason") for r in answer["results"]] == [
            None,
            "other_site",
            "not_writable",
        ]
        # The same batch again: answered from the log, audited once.
        assert http.post(f"{wire.PREFIX}/push", json=body).status_code == 200
        assert http.post(f"{wire.PREFIX}/pull", json={"schema_version": 0}).status_code == 422
    with sqlite_central.connect() as connection:
        assert audit.flags(connection) == {made["device_id"]: 2}
        assert connection.execute(text("SELECT count(*) FROM headcount")).scalar() == 1
