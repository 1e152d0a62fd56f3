"""F7 and F8: the client process dies at a named crash point (a `canteen sync` subprocess)."""

from __future__ import annotations

from datetime import date

import pytest

from canteen.sync.crash import AFTER_PUSH_RESPONSE, EXIT_CODE, MID_PULL_APPLY
from tests.canteen.sync.faults.conftest import (
    add_headcounts,
    cursor,
    days,
    local_headcounts,
    outbox,
    push_log,
    server_headcounts,
)
from tests.canteen.sync.harness.client_process import run_sync

pytestmark = pytest.mark.postgres


def test_f7_a_crash_after_the_push_answer_resends_and_gets_duplicate(device, central, org):
    db, client = device("f7", org.site_a)
    ids = add_headcounts(db, org.site_a, days(5, start=date(2026, 3, 1)), covers=70)

    crashed = run_sync(db.path, AFTER_PUSH_RESPONSE)

    assert crashed.returncode == EXIT_CODE, crashed.stderr
    # The server committed; the client never recorded the answer.
    assert [(a, r) for _, a, r in push_log(central, "f7")] == [(5, 0)]
    assert outbox(db) == {"pending": 5}

    result = client.cycle()

    assert (result.pushed, result.conflicts, result.clean) == (5, 0, True)
    log = push_log(central, "f7")
    assert len(log) == 1  # the resend was the same batch: answered from the log, not applied
    assert outbox(db) == {}
    on_server = server_headcounts(central, org.site_a)
    local = local_headcounts(db)
    assert {i: on_server[i] for i in ids} == {i: local[i] for i in ids}
    assert all(local[i][2] is not None for i in ids)  # each row has its server version


def test_f8_a_crash_while_applying_a_pulled_page_leaves_the_cursor_and_reapplies(
    device, central, org
):
    writer, writer_client = device("f8-writer", org.site_a)
    reader, _ = device("f8-reader", org.site_a)
    ids = add_headcounts(writer, org.site_a, days(6, start=date(2026, 3, 10)), covers=30)
    assert writer_client.cycle().clean
    before = cursor(reader)

    crashed = run_sync(reader.path, MID_PULL_APPLY)

    assert crashed.returncode == EXIT_CODE, crashed.stderr
    assert cursor(reader) == before  # SQLite rolled the page back with its cursor
    assert not set(ids) & set(local_headcounts(reader))

    finished = run_sync(reader.path)

    assert finished.returncode == 0, finished.stderr
    local = local_headcounts(reader)
    on_server = server_headcounts(central, org.site_a)
    assert {i: local[i] for i in ids} == {i: on_server[i] for i in ids}
    assert cursor(reader) > before
    assert outbox(reader) == {}
