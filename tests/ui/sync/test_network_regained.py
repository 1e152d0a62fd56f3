"""The runner tries again soon when the network comes back, not at the end of its backoff."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtNetwork import QNetworkInformation

from canteen.sync import state
from canteen.sync.errors import SyncProblem
from canteen.sync.schedule import Policy
from tests.ui.sync.conftest import SITE_A, open_file
from tests.ui.sync.test_sync_page import add_headcount, enroll
from ui.views.sync.network import NetworkWatch


@pytest.mark.postgres
def test_the_network_coming_back_runs_a_cycle_within_seconds_despite_the_backoff(
    qtbot, window, server, central, fresh_file
):
    window.sync.policy = Policy(first_backoff_s=600)  # only the new trigger can be in time
    database = fresh_file("a")
    enroll(server, central, database, site_id=SITE_A)
    runner = open_file(qtbot, window, database)
    with database.engine.begin() as connection:
        state.put(connection, state.SERVER, "http://127.0.0.1:9")  # nobody listens: "no network"
    add_headcount(database, SITE_A, 41, date(2026, 6, 1))
    with qtbot.waitSignal(runner.cycle_finished, timeout=20_000) as failed:
        runner.sync_now()
    assert isinstance(failed.args[0], SyncProblem)
    backoff = (runner.next_run() - runner.clock()).total_seconds()
    assert backoff > 400  # the first backoff: 600 s ± 25 %
    with database.engine.begin() as connection:
        state.put(connection, state.SERVER, server)  # the cable is back in
    runner.network.regained.emit()
    assert (runner.next_run() - runner.clock()).total_seconds() <= 2.5
    with qtbot.waitSignal(runner.cycle_finished, timeout=30_000) as finished:
        pass  # nobody presses anything; the backoff alone would wait over 400 s
    assert finished.args[0].pushed == 1
    assert runner.problem is None


@pytest.mark.skipif(
    not QNetworkInformation.availableBackends(),
    reason="Qt has no network information backend on this machine (the runner logs it)",
)
def test_the_watch_forwards_only_a_move_to_a_reachable_network(qtbot):
    watch = NetworkWatch()
    assert watch.start() is not None
    info = QNetworkInformation.instance()
    seen = []
    watch.regained.connect(lambda: seen.append(True))
    reach = QNetworkInformation.Reachability
    info.reachabilityChanged.emit(reach.Disconnected)
    info.reachabilityChanged.emit(reach.Local)
    assert seen == []
    info.reachabilityChanged.emit(reach.Online)
    assert seen == [True]
    info.reachabilityChanged.emit(reach.Site)  # still reachable: not "back"
    assert seen == [True]


@pytest.mark.postgres
def test_waking_from_sleep_runs_a_cycle_within_seconds_despite_the_backoff(
    qtbot, window, server, central, fresh_file
):
    window.sync.policy = Policy(first_backoff_s=600)  # only the new trigger can be in time
    database = fresh_file("a")
    enroll(server, central, database, site_id=SITE_A)
    runner = open_file(qtbot, window, database)
    with database.engine.begin() as connection:
        state.put(connection, state.SERVER, "http://127.0.0.1:9")
    add_headcount(database, SITE_A, 42, date(2026, 6, 2))
    runner.poll_timer.setInterval(50)
    with qtbot.waitSignal(runner.cycle_finished, timeout=20_000):
        runner.sync_now()
    failed_at = runner.clock()
    assert (runner.next_run() - failed_at).total_seconds() > 400
    qtbot.waitUntil(lambda: (runner.scheduler.last_tick or failed_at) > failed_at, timeout=20_000)
    with database.engine.begin() as connection:
        state.put(connection, state.SERVER, server)
    real_clock = runner.clock
    # The lid was shut: the wall clock jumps, the backoff's timer (monotonic) does not.
    runner.clock = lambda: real_clock() + timedelta(minutes=2)
    with qtbot.waitSignal(runner.cycle_finished, timeout=30_000) as finished:
        pass  # the backoff alone would wait over 400 s
    assert finished.args[0].pushed == 1
