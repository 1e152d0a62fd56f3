"""The model test's in-process crash (harness/crash_in_process.py) leaves the client file exactly
as a `canteen sync` process killed at the same crash point does (F7, F8)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from sqlalchemy import text

from canteen.db.lifecycle import open_database
from canteen.sync import outbox, state
from canteen.sync.client import SyncClient
from canteen.sync.crash import AFTER_PUSH_RESPONSE, EXIT_CODE, MID_PULL_APPLY
from tests.canteen.sync.faults.conftest import add_headcounts, days, push_log
from tests.canteen.sync.harness.client_process import run_sync
from tests.canteen.sync.harness.crash_in_process import cycle_crashing_at

pytestmark = pytest.mark.postgres

# Written by every hello from the wall clock: they differ between two runs by nature.
CLOCK_KEYS = {state.CLOCK_SKEW, state.LAST_OK}


def contents(db) -> dict[str, list[tuple]]:
    """Every table of the file, rows sorted, the clock-dependent facts left out."""
    found = {}
    with db.engine.connect() as connection:
        names = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ).scalars()
        for name in list(names):
            rows = connection.execute(text(f'SELECT * FROM "{name}"')).all()
            if name == "local_info":
                rows = [r for r in rows if r[0] not in CLOCK_KEYS]
            found[name] = sorted((tuple(r) for r in rows), key=repr)
    return found


def twin(db, path):
    """A copy of the file (same device, same token), as a backup tool makes it."""
    db.engine.dispose()
    shutil.copyfile(db.path, path)
    return open_database(path)


def test_a_crash_after_the_push_answer_in_process_equals_a_killed_process(
    device, central, org, tmp_path
):
    db, _ = device("crash-push", org.site_a)
    add_headcounts(db, org.site_a, days(3, start=date(2027, 6, 1)), covers=12)
    # The batch is fixed in the file first, so both runs send the same one.
    with db.engine.begin() as connection:
        outbox.build_batch(connection)
    copy = twin(db, tmp_path / "twin.db")

    killed = run_sync(db.path, AFTER_PUSH_RESPONSE)
    assert killed.returncode == EXIT_CODE, killed.stderr
    assert cycle_crashing_at(SyncClient(copy), AFTER_PUSH_RESPONSE)

    assert [(a, r) for _, a, r in push_log(central, "crash-push")] == [(3, 0)]  # once
    after = contents(open_database(db.path))
    assert contents(copy) == after
    with copy.engine.connect() as connection:
        assert state.get(connection, state.INFLIGHT)  # the answer was never taken in
        pending = "SELECT count(*) FROM _sync_outbox WHERE state = 'pending'"
        assert connection.execute(text(pending)).scalar() == 3


def test_a_crash_mid_pull_apply_in_process_equals_a_killed_process(device, org, tmp_path):
    writer, writer_client = device("crash-pull-writer", org.site_a)
    reader, _ = device("crash-pull", org.site_a)
    before = contents(reader)
    add_headcounts(writer, org.site_a, days(4, start=date(2027, 6, 10)), covers=9)
    assert writer_client.cycle().clean
    copy = twin(reader, tmp_path / "twin.db")

    killed = run_sync(reader.path, MID_PULL_APPLY)
    assert killed.returncode == EXIT_CODE, killed.stderr
    assert cycle_crashing_at(SyncClient(copy), MID_PULL_APPLY)

    after = contents(open_database(reader.path))
    assert contents(copy) == after
    # The page and its cursor went together: the file is as it was before the cycle.
    assert after["headcount"] == before["headcount"]
    with copy.engine.connect() as connection:
        assert state.get(connection, state.CURSOR) == dict(before["local_info"])[state.CURSOR]
