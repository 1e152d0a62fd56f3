"""The runner tries again soon when the network comes back, not at the end of its backoff."""

from __future__ import annotations

import pytest
from PySide6.QtNetwork import QNetworkInformation

from canteen.sync import state
from canteen.sync.errors import SyncProblem
from tests.ui.sync.conftest import SITE_A, open_file
from tests.ui.sync.test_sync_page import add_headcount, enroll
from ui.views.sync.network import NetworkWatch


@pytest.mark.postgres
def test_the_network_coming_back_runs_a_cycle_within_seconds_despite_the_backoff(
    qtbot, window, server, central, fresh_file
):
    database = fresh_file("a")
    enroll(server, central, database, site_id=SITE_A)
    runner = open_file(qtbot, window, database)
    with database.engine.begin() as connection:
        state.put(connection, state.SERVER, "http://127.0.0.1:9")  # nobody listens: "no network"
    add_headcount(database, SITE_A, 41)
    with qtbot.waitSignal(runner.cycle_finished, timeout=20_000) as failed:
        runner.sync_now()
    assert isinstance(failed.args[0], SyncProblem)
    backoff = (runner.next_run() - runner.clock()).total_seconds()
    assert backoff > 10  # the first backoff: 15 s ± 25 %
    with database.engine.begin() as connection:
        state.put(connection, state.SERVER, server)  # the cable is back in
    runner.network.regained.emit()
    assert (runner.next_run() - runner.clock()).total_seconds() <= 2.5
    with qtbot.waitSignal(runner.cycle_finished, timeout=8_000) as finished:
        pass  # nobody presses anything; the backoff alone would wait over 10 s
    assert finished.args[0].pushed == 1
    assert runner.problem is None


def test_the_watch_forwards_only_a_move_to_a_reachable_network(qtbot):
    watch = NetworkWatch()
    if watch.start() is None:
        pytest.skip("no network information backend on this machine (the runner logs it)")
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
