"""Fixtures of the §7.3 fault tests: an organisation, enrolled client files, the server as a
subprocess, and small readers of the server's and the clients' state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import text

from canteen.db.models import Headcount
from canteen.domain.ids import new_id
from canteen.sync import state
from canteen.sync.client import SyncClient
from canteen.sync.server import central as central_writes
from tests.canteen.sync.conftest import code_for
from tests.canteen.sync.harness.client_process import Templates
from tests.canteen.sync.harness.server_process import ServerProcess


@dataclass(frozen=True)
class Org:
    district: str
    site_a: str
    site_b: str


@pytest.fixture(scope="module")
def org(central) -> Org:
    """One district with sites A and B on this module's central database."""
    made = Org(new_id(), new_id(), new_id())
    with central.begin() as connection:
        central_writes.write(
            connection, "district", {"id": made.district, "code": "K", "name": "K"}
        )
        for site, code in ((made.site_a, "A"), (made.site_b, "B")):
            central_writes.write(
                connection,
                "site",
                {
                    "id": site,
                    "district_id": made.district,
                    "code": code,
                    "name": f"Kantine {code}",
                    "town": "By",
                    "cost_centre": "1",
                },
            )
    return made


@pytest.fixture(scope="session")
def templates(tmp_path_factory) -> Templates:
    """Fresh client files, copied from one migrated template."""
    return Templates(tmp_path_factory.mktemp("client-template"))


@pytest.fixture
def device(tmp_path, central, server, templates):
    """device(name, site_id, url=…, transport=…) -> (Database, SyncClient), enrolled, synced once."""

    def make(name, site_id, url=None, transport=None):
        db = templates.new(tmp_path / f"{name}.db")
        client = SyncClient(db, transport=transport)
        client.enroll(url or server, code_for(central, "site", site_id), label=name)
        client.cycle()
        return db, client

    return make


@pytest.fixture(scope="module")
def server_process(central_url, central):
    """`canteen server` in a subprocess on this module's database (SIGKILL-able)."""
    running = ServerProcess(central_url)
    running.start()
    yield running
    running.kill()


def point_at(db, url: str) -> None:
    """Make an enrolled client talk to `url` (a proxy, a restarted server)."""
    with db.engine.begin() as connection:
        state.put(connection, state.SERVER, url)


def add_headcounts(db, site_id, days, covers=50) -> list[str]:
    """Local lunch headcounts on `days` (one write each); their ids."""
    ids = []
    with db.sessions.begin() as session:
        for day in days:
            row = Headcount(
                id=Headcount.id_for(site_id, day, "lunch"),
                site_id=site_id,
                day=day,
                service="lunch",
                covers=covers,
            )
            session.add(row)
            ids.append(row.id)
    return ids


def days(count: int, start: date = date(2026, 1, 1)) -> list[date]:
    """`count` consecutive days."""
    return [date.fromordinal(start.toordinal() + i) for i in range(count)]


def server_headcounts(central, site_id) -> dict[str, tuple]:
    """The site's headcounts on the server: id -> (covers, deleted, server_version)."""
    with central.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT id::text, covers, deleted_at IS NOT NULL, server_version "
                "FROM headcount WHERE site_id = :s"
            ),
            {"s": site_id},
        ).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def local_headcounts(db) -> dict[str, tuple]:
    """A client's headcounts: id -> (covers, deleted, server_version)."""
    with db.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT id, covers, deleted_at IS NOT NULL, server_version FROM headcount")
        ).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def outbox(db) -> dict[str, int]:
    """The client's outbox entries by state."""
    with db.engine.connect() as connection:
        return dict(
            connection.execute(
                text("SELECT state, count(*) FROM _sync_outbox GROUP BY state")
            ).all()
        )


def cursor(db) -> int:
    """The client's pull cursor."""
    with db.engine.connect() as connection:
        return int(state.get(connection, state.CURSOR) or 0)


def push_log(central, label: str) -> list[tuple]:
    """The device's logged pushes: (batch_id, applied, rejected), oldest first."""
    with central.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT p.batch_id, p.applied, p.rejected FROM sync_push p "
                "JOIN sync_device d ON d.id = p.device_id WHERE d.label = :l ORDER BY p.pushed_at"
            ),
            {"l": label},
        ).all()
    return [tuple(r) for r in rows]
