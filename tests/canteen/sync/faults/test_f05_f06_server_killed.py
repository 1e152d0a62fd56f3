"""F5 and F6: the server process is SIGKILLed in the middle of a push and of a pull."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import text

from canteen.db.models import Headcount
from canteen.sync.crash import AFTER_COMMIT, EXIT_CODE
from canteen.sync.errors import SyncProblem
from canteen.sync.server.resets import parse_cursor
from tests.canteen.sync.faults.conftest import (
    add_headcounts,
    cursor,
    days,
    local_headcounts,
    outbox,
    push_log,
    server_headcounts,
)
from tests.canteen.sync.harness.transport import BEFORE, FaultTransport
from tests.canteen.sync.harness.waiting import WAIT, wait_for

pytestmark = pytest.mark.postgres


def lock_waiter(central):
    """The pid of a server backend waiting on a row lock, if any."""
    with central.connect() as connection:
        return connection.execute(
            text(
                "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND datname = current_database() AND pid <> pg_backend_pid()"
            )
        ).scalar()


def backend_gone(central, pid):
    with central.connect() as connection:
        return not connection.execute(
            text("SELECT 1 FROM pg_stat_activity WHERE pid = :p"), {"p": pid}
        ).scalar()


def test_f5_a_server_killed_between_op_3_and_op_4_commits_nothing(
    device, central, org, server_process
):
    db, client = device("f5", org.site_a, url=server_process.url)
    (fourth,) = add_headcounts(db, org.site_a, [date(2026, 4, 4)], covers=40)
    assert client.cycle().clean
    first = add_headcounts(db, org.site_a, days(3, start=date(2026, 4, 1)))
    with db.sessions.begin() as session:
        session.get(Headcount, fourth).covers = 44
    rest = add_headcounts(db, org.site_a, days(6, start=date(2026, 4, 5)))
    before = server_headcounts(central, org.site_a)
    log_before = push_log(central, "f5")
    failures = []

    def sync():
        try:
            client.cycle()
        except SyncProblem as problem:
            failures.append(problem.reason)

    # Op 4 (the edit of an existing row) waits for this row lock, after ops 1-3 ran.
    blocker = central.connect()
    blocker.begin()
    blocker.execute(text("SELECT 1 FROM headcount WHERE id = :r FOR UPDATE"), {"r": fourth})
    pushing = threading.Thread(target=sync)
    pushing.start()
    try:
        backend = wait_for(lambda: lock_waiter(central), "the push to reach op 4")
        server_process.kill()
    finally:
        blocker.rollback()
        blocker.close()
    pushing.join(WAIT)
    wait_for(lambda: backend_gone(central, backend), "the orphaned backend to end")

    assert failures == ["unreachable"]
    assert server_headcounts(central, org.site_a) == before  # PostgreSQL rolled it all back
    assert push_log(central, "f5") == log_before
    assert outbox(db) == {"pending": 10}

    server_process.start()
    result = client.cycle()

    assert (result.pushed, result.rejected, result.conflicts, result.clean) == (10, 0, 0, True)
    on_server = server_headcounts(central, org.site_a)
    assert set(first + rest) <= set(on_server)
    assert on_server[fourth][0] == 44
    assert [(a, r) for _, a, r in push_log(central, "f5")][len(log_before) :] == [(10, 0)]


def test_f6_a_server_killed_during_page_3_resumes_from_the_end_of_page_2(
    device, central, org, server_process
):
    writer, writer_client = device("f6-writer", org.site_a, url=server_process.url)
    faulty = FaultTransport()
    reader, reader_client = device(
        "f6-reader", org.site_a, url=server_process.url, transport=faulty
    )
    ids = add_headcounts(writer, org.site_a, days(30, start=date(2026, 5, 1)))
    assert writer_client.cycle().clean
    reader_client.page_size = 5
    faulty.plan(BEFORE, "/pull", after=2, action=server_process.kill)

    with pytest.raises(SyncProblem) as problem:
        reader_client.cycle()

    assert problem.value.reason == "unreachable"
    pages = [seen for seen in faulty.seen if seen.path.endswith("/pull") and seen.bodies]
    pages = pages[-2:]  # the two answered pages of this cycle
    assert cursor(reader) == parse_cursor(pages[1].bodies[0]["next_cursor"])[1]
    got = set(local_headcounts(reader)) & set(ids)
    assert got == {c["id"] for page in pages for c in page.bodies[0]["changes"]} & set(ids)
    assert len(got) == 10

    server_process.start()
    result = reader_client.cycle()

    assert result.pulled == 20
    assert result.clean
    local = local_headcounts(reader)
    on_server = server_headcounts(central, org.site_a)
    assert {i: local[i] for i in on_server} == on_server  # no gaps, same versions and values


def test_f2_the_server_dies_after_committing_a_push_and_the_resend_is_a_duplicate(
    device, central, org, server_process
):
    db, client = device("f2-crash", org.site_a, url=server_process.url)
    ids = add_headcounts(db, org.site_a, days(5, start=date(2026, 6, 1)), covers=22)
    server_process.restart(crashpoint=AFTER_COMMIT)

    with pytest.raises(SyncProblem) as problem:
        client.cycle()

    assert problem.value.reason == "unreachable"
    assert server_process.wait() == EXIT_CODE
    assert [(a, r) for _, a, r in push_log(central, "f2-crash")] == [(5, 0)]  # committed
    assert outbox(db) == {"pending": 5}

    server_process.start()
    result = client.cycle()

    assert (result.pushed, result.conflicts, result.clean) == (5, 0, True)
    assert len(push_log(central, "f2-crash")) == 1  # answered from the log: not applied again
    local = local_headcounts(db)
    on_server = server_headcounts(central, org.site_a)
    assert {i: local[i] for i in ids} == {i: on_server[i] for i in ids}
