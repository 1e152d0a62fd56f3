"""SIGKILL of the server subprocess while a push waits inside its transaction (model rule)."""

from __future__ import annotations

import json
import threading

from sqlalchemy import Engine, text

from canteen.sync import state
from canteen.sync.errors import SyncProblem
from canteen.sync.server.versions import LOCK_KEY
from tests.canteen.sync.harness.server_process import ServerProcess
from tests.canteen.sync.harness.waiting import WAIT, wait_for


def _waiting_backend(central: Engine):
    with central.connect() as connection:
        return connection.execute(
            text(
                "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND datname = current_database() AND pid <> pg_backend_pid()"
            )
        ).scalar()


def _gone(central: Engine, pid: int) -> bool:
    with central.connect() as connection:
        return not connection.execute(
            text("SELECT 1 FROM pg_stat_activity WHERE pid = :p"), {"p": pid}
        ).scalar()


def rows_to_push(db) -> list[tuple[str, str, int]]:
    """(table, id, seq) of what the device's next push sends: the batch in flight, else its
    outbox."""
    with db.engine.connect() as connection:
        inflight = state.get(connection, state.INFLIGHT)
        if inflight:
            return [(op["table"], op["id"], op["seq_to"]) for op in json.loads(inflight)["ops"]]
        return [
            tuple(r)
            for r in connection.execute(
                text("SELECT table_name, row_id, seq FROM _sync_outbox WHERE state = 'pending'")
            )
        ]


def _hold(blocker, rows: list[tuple[str, str, int]], row_lock: bool) -> str:
    """Take a lock the push will wait on: a row it changes if the server has one (and
    `row_lock`), else the synced writers' lock (the push's first statement). Returns which."""
    for table, row_id, _seq in rows if row_lock else ():
        held = blocker.execute(
            text(f"SELECT 1 FROM {table} WHERE id::text = :r FOR UPDATE"), {"r": row_id}
        ).scalar()
        if held:
            return "row"
    blocker.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOCK_KEY})
    return "writers"


def kill_during_push(
    process: ServerProcess, central: Engine, cycle, rows, row_lock: bool
) -> tuple[list, str]:
    """Run `cycle()` in a thread; once its push waits in its transaction, SIGKILL the server.

    `row_lock` False when the push may not touch its rows (a resent batch answered from the
    log, ops refused as replays): then only the writers' lock is sure to be waited on.

    Returns the reasons of the SyncProblems the cycle raised and which lock it waited on. The
    server's orphaned backend is gone (rolled back) when this returns.
    """
    failures: list[str] = []

    def run() -> None:
        try:
            cycle()
        except SyncProblem as problem:
            failures.append(problem.reason)

    blocker = central.connect()
    blocker.begin()
    try:
        lock = _hold(blocker, rows, row_lock)
        pushing = threading.Thread(target=run)
        pushing.start()
        backend = wait_for(
            lambda: _waiting_backend(central) or not pushing.is_alive(),
            "the push to wait on the lock",
        )
        assert backend is not True, f"the cycle ended without waiting on the {lock} lock"
        process.kill()
    finally:
        blocker.rollback()
        blocker.close()
    pushing.join(WAIT)
    assert not pushing.is_alive(), "the client did not notice the dead server"
    wait_for(lambda: _gone(central, backend), "the killed server's backend to end")
    return failures, lock
