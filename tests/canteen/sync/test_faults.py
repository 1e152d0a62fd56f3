"""Faults: a lost push response, refused tokens, the commit-order race, `canteen sync` exit codes."""

from __future__ import annotations

import threading
from datetime import date

import httpx
import pytest
from sqlalchemy import text

from canteen.cli import main
from canteen.db.models import Headcount
from canteen.domain.ids import new_id
from canteen.sync.client import SyncClient
from canteen.sync.errors import SyncProblem
from canteen.sync.server import central as central_writes
from canteen.sync.server import devices
from canteen.sync.server.devices import Device
from canteen.sync.server.pull import pull
from tests.canteen.sync.harness.transport import DROP_RESPONSE, FaultTransport

pytestmark = pytest.mark.postgres

DISTRICT, SITE = new_id(), new_id()


@pytest.fixture(scope="module", autouse=True)
def org(central):
    with central.begin() as connection:
        central_writes.write(connection, "district", {"id": DISTRICT, "code": "K", "name": "K"})
        central_writes.write(
            connection,
            "site",
            {
                "id": SITE,
                "district_id": DISTRICT,
                "code": "S",
                "name": "S",
                "town": "T",
                "cost_centre": "1",
            },
        )


def add_headcount(db, covers, day):
    with db.sessions.begin() as session:
        session.add(
            Headcount(
                id=Headcount.id_for(SITE, day, "lunch"),
                site_id=SITE,
                day=day,
                service="lunch",
                covers=covers,
            )
        )
    return Headcount.id_for(SITE, day, "lunch")


def test_a_push_whose_answer_was_lost_is_applied_once(enrolled, central):
    db, _ = enrolled("a", "site", site_id=SITE)
    row = add_headcount(db, 80, date(2026, 4, 1))
    cut = SyncClient(db, transport=_first_push_answer_lost())
    with pytest.raises(SyncProblem) as problem:
        cut.cycle()
    assert problem.value.reason == "unreachable"
    # An edit made before the retry must neither be lost nor raise a false conflict.
    with db.sessions.begin() as session:
        session.get(Headcount, row).covers = 81
    first = cut.cycle()
    assert first.clean
    assert first.conflicts == 0
    second = cut.cycle()
    assert (second.pushed, second.conflicts) == (0, 0)
    with central.connect() as connection:
        assert (
            connection.execute(
                text("SELECT covers FROM headcount WHERE id = :r"), {"r": row}
            ).scalar()
            == 81
        )
        logged = connection.execute(
            text(
                "SELECT count(*), sum(applied) FROM sync_push p JOIN sync_device d "
                "ON d.id = p.device_id WHERE d.label = 'a'"
            )
        ).one()
        assert tuple(logged) == (2, 2)  # the batch once (its retry was a duplicate), the edit once
        assert connection.execute(text("SELECT count(*) FROM sync_conflict")).scalar() == 0


def test_revoked_and_unknown_tokens_are_refused(enrolled, central, server):
    db, client = enrolled("a", "site", site_id=SITE)
    for header in ({"Authorization": "Bearer not-a-token"}, {}):
        answer = httpx.post(
            f"{server}/sync/v1/pull",
            json={"schema_version": 5, "cursor": 0},
            headers=header,
        )
        assert answer.status_code == 401
    with db.engine.connect() as connection:
        device = connection.execute(
            text("SELECT value FROM local_info WHERE key = 'sync.device_id'")
        ).scalar()
    with central.begin() as connection:
        assert devices.revoke(connection, device)
    with pytest.raises(SyncProblem) as problem:
        client.cycle()
    assert problem.value.reason == "token_refused"


def test_an_enrollment_code_works_once(central, server, tmp_path):
    with central.begin() as connection:
        code = devices.make_code(connection, "site", SITE)
    ok = httpx.post(f"{server}/sync/v1/enroll", json={"code": code})
    again = httpx.post(f"{server}/sync/v1/enroll", json={"code": code})
    assert (ok.status_code, again.status_code) == (200, 403)
    assert "token" in ok.json()


def test_commit_order_race_loses_no_row_with_versions(central):
    # T1 writes a row and stays open; T2 writes and must wait; a pull; T1 commits; T2 commits;
    # a pull from the first pull's cursor: both rows arrive (the F9 case of SYNC.md §7.3).
    who = Device("test", "site", SITE, DISTRICT, (SITE,))
    with central.connect() as connection:
        start = pull(connection, who, 0, 5000)["next_cursor"]
    ids = {Headcount.id_for(SITE, date(2026, 5, d), "lunch") for d in (1, 2)}
    assert ids <= _race_with_allocate(central, who, start)


def _race_with_allocate(central, who, start):
    from canteen.sync.server import versions

    def insert(connection, day, covers):
        connection.execute(
            Headcount.__table__.insert().values(
                id=Headcount.id_for(SITE, day, "lunch"),
                site_id=SITE,
                day=day,
                service="lunch",
                covers=covers,
                server_version=versions.allocate(connection),
            )
        )

    t1 = central.connect()
    t1.begin()
    insert(t1, date(2026, 5, 1), 1)
    done = threading.Event()

    def writer():
        with central.begin() as t2:
            insert(t2, date(2026, 5, 2), 2)
        done.set()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert not done.wait(0.5), "the second writer must wait for the first"
        with central.connect() as reader:
            page = pull(reader, who, start, 5000)
        t1.commit()
    finally:
        t1.close()
    thread.join(5)
    with central.connect() as reader:
        later = pull(reader, who, page["next_cursor"], 5000)
    return {c["id"] for c in page["changes"] + later["changes"]}


def test_a_timestamp_cursor_loses_the_later_committed_row(central):
    # The same interleaving with a wall-clock stamp instead: the earlier-stamped row, committed
    # last, falls behind the cursor. This is the bug the versions above prevent.
    with central.begin() as connection:
        connection.execute(text("CREATE TABLE stamped (id int, at timestamptz)"))
    t1 = central.connect()
    t1.begin()
    t1.execute(text("INSERT INTO stamped VALUES (1, clock_timestamp())"))
    with central.begin() as t2:
        t2.execute(text("INSERT INTO stamped VALUES (2, clock_timestamp())"))
    with central.connect() as reader:
        seen = reader.execute(text("SELECT id, at FROM stamped ORDER BY at")).all()
    cursor = seen[-1].at
    t1.commit()
    t1.close()
    with central.connect() as reader:
        later = reader.execute(text("SELECT id FROM stamped WHERE at > :c"), {"c": cursor}).all()
    pulled = {r.id for r in seen} | {r.id for r in later}
    assert pulled == {2}  # row 1 is never pulled


def test_sync_command_exit_codes(enrolled, central, tmp_path, capsys):
    db, _ = enrolled("cli", "site", site_id=SITE)
    path = str(db.path)
    assert main(["sync", "--database", path]) == 0
    assert "sendt 0" in capsys.readouterr().out.strip().splitlines()[-1]
    # A row for a site that is not this PC's is rejected: changes remain, exit 3.
    other = new_id()
    with central.begin() as connection:
        central_writes.write(
            connection,
            "site",
            {
                "id": other,
                "district_id": DISTRICT,
                "code": "O",
                "name": "O",
                "town": "T",
                "cost_centre": "2",
            },
        )
    main(["sync", "--database", path])
    with db.sessions.begin() as session:
        session.add(
            Headcount(
                id=Headcount.id_for(other, date(2026, 6, 1), "lunch"),
                site_id=other,
                day=date(2026, 6, 1),
                service="lunch",
                covers=3,
            )
        )
    assert main(["sync", "--database", path]) == 3
    assert "afvist 1" in capsys.readouterr().out.strip().splitlines()[-1]
    # The server gone: exit 2 with a Danish line.
    with db.engine.begin() as connection:
        connection.execute(
            text("UPDATE local_info SET value = 'http://127.0.0.1:9' WHERE key = 'sync.server'")
        )
    assert main(["sync", "--database", path]) == 2
    assert "kan ikke nås" in capsys.readouterr().err


def _first_push_answer_lost() -> FaultTransport:
    """The first push reaches the server and commits; its answer is lost."""
    transport = FaultTransport()
    transport.plan(DROP_RESPONSE, "/push")
    return transport
