"""The Synkronisering page and the background runner against the real server."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, text

from canteen.db.models import Headcount
from canteen.sync import state
from canteen.sync.client import SyncClient
from canteen.sync.errors import SyncProblem
from tests.ui.conftest import workspace_of
from tests.ui.sync.conftest import SITE_A, SITE_B, code_for, open_file
from ui.views.sync.state_text import status_bar_text
from ui.wording.sync import reason_text

pytestmark = pytest.mark.postgres

DAY = date(2026, 3, 2)


def enroll(server, central, database, scope="site", **where):
    """Enroll `database` as the command line does (the dialog has its own test)."""
    SyncClient(database).enroll(server, code_for(central, scope, **where), label="test")


def add_headcount(database, site_id, covers, day=DAY):
    """A local write as the app makes it (each test its own day: the server is shared)."""
    with database.sessions.begin() as session:
        session.add(
            Headcount(
                id=Headcount.id_for(site_id, day, "lunch"),
                site_id=site_id,
                day=day,
                service="lunch",
                covers=covers,
            )
        )


def server_covers(central, site_id):
    with central.connect() as connection:
        return connection.execute(
            select(Headcount.__table__.c.covers).where(Headcount.__table__.c.site_id == site_id)
        ).all()


def test_ctrl_r_sends_the_waiting_change_and_the_page_shows_nothing_waits(
    qtbot, window, server, central, fresh_file
):
    database = fresh_file("a")
    enroll(server, central, database, site_id=SITE_A)
    runner = open_file(qtbot, window, database)
    page = window.show_area("sync")
    add_headcount(database, SITE_A, 87)
    page.refresh()
    assert runner.status.pending == 1
    assert page.pending_label.text() != page.tr("nothing")
    with qtbot.waitSignal(runner.cycle_finished, timeout=20_000) as finished:
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert finished.args[0].pushed == 1
    assert runner.status.pending == 0
    assert page.pending_label.text() == page.tr("nothing")
    assert server_covers(central, SITE_A) == [(87,)]
    assert page.last_ok_label.text() != page.tr("never")
    assert status_bar_text(runner).startswith("Synchronised")
    assert window.status_panel.sync_label.text() == status_bar_text(runner)


def test_a_refused_change_is_listed_with_its_reason_and_discard_clears_it(
    qtbot, window, server, central, fresh_file, message_boxes
):
    database = fresh_file("a")
    enroll(server, central, database, site_id=SITE_A)
    runner = open_file(qtbot, window, database)
    page = window.show_area("sync")
    add_headcount(database, SITE_B, 12)  # another canteen's row: the server refuses it
    with qtbot.waitSignal(runner.cycle_finished, timeout=20_000):
        page.sync_button.click()
    model = page.rejected_model
    assert model.rowCount() == 1
    assert model.index(0, 2).data() == reason_text("other_site")
    assert "other_site" not in model.index(0, 2).data()
    assert model.index(0, 0).data() == "Covers"
    page.rejected_table.selectRow(0)
    message_boxes.answer(page.tr("Discard"))
    with qtbot.waitSignal(runner.cycle_finished, timeout=20_000):
        page.discard_button.click()
    assert model.rowCount() == 0
    with database.sessions() as session:
        # (Canteen A's rows from other tests come down too: only B's row matters.)
        assert session.scalars(select(Headcount).where(Headcount.site_id == SITE_B)).all() == []
    assert server_covers(central, SITE_B) == []


def test_an_unreachable_server_is_worded_with_the_next_try(
    qtbot, window, server, central, fresh_file
):
    database = fresh_file("a")
    enroll(server, central, database, site_id=SITE_A)
    runner = open_file(qtbot, window, database)
    page = window.show_area("sync")
    with database.engine.begin() as connection:
        # Nothing listens on port 9 of loopback: the connection is refused at once.
        state.put(connection, state.SERVER, "http://127.0.0.1:9")
    add_headcount(database, SITE_A, 40, date(2026, 3, 3))
    with qtbot.waitSignal(runner.cycle_finished, timeout=20_000) as finished:
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(finished.args[0], SyncProblem)
    assert finished.args[0].reason == "unreachable"
    assert reason_text("unreachable") in page.state_label.text()
    retry = runner.next_run()
    assert retry is not None
    assert retry > runner.clock()
    assert window.status_panel.sync_label.text().startswith("No connection – trying again at ")
    assert runner.status.pending == 1  # the change is kept for later
    assert page.sync_button.isEnabled()


def test_the_enroll_dialog_keeps_the_typing_on_a_wrong_code_then_enrolls_and_syncs(
    qtbot, window, server, central, fresh_file
):
    database = fresh_file("new")
    window.context.set_workspace(workspace_of(database))
    page = window.show_area("sync")
    assert page.enroll_button.isVisibleTo(page)
    assert not page.sync_button.isEnabled()
    dialog = page.open_enroll_dialog()
    qtbot.keyClicks(dialog.server_edit, server)
    qtbot.keyClicks(dialog.code_edit, "WRONG-CODE")
    qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message_label.isVisibleTo(dialog), timeout=20_000)
    assert dialog.message_label.text() == reason_text("code_refused")
    assert (dialog.server_edit.text(), dialog.code_edit.text()) == (server, "WRONG-CODE")
    assert dialog.isVisible()
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, code_for(central, "site", site_id=SITE_A))
    runner = window.sync
    with (
        qtbot.waitSignal(dialog.accepted, timeout=20_000),
        qtbot.waitSignal(runner.cycle_finished, timeout=30_000),
    ):
        qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)
    assert runner.status.enrolled
    assert runner.status.scope == "site"
    assert runner.status.last_ok is not None
    with database.engine.connect() as connection:
        # The first full sync brought the canteens down.
        assert connection.execute(text("SELECT count(*) FROM site")).scalar() == 2
    assert not page.enroll_button.isVisibleTo(page)
    assert page.server_label.text() == server


def test_a_dialog_address_that_is_not_one_is_refused_before_anything_runs(
    qtbot, window, fresh_file
):
    database = fresh_file("new")
    window.context.set_workspace(workspace_of(database))
    dialog = window.show_area("sync").open_enroll_dialog()
    qtbot.keyClicks(dialog.server_edit, "kantine-sync")
    qtbot.keyClicks(dialog.code_edit, "ABC")
    qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.isVisibleTo(dialog)
    assert dialog.task is None
    assert dialog.server_edit.text() == "kantine-sync"


def test_a_district_pc_is_read_only_and_says_so(qtbot, window, server, central, fresh_file):
    from tests.ui.sync.conftest import DISTRICT

    database = fresh_file("district")
    enroll(server, central, database, scope="district", district_id=DISTRICT)
    runner = open_file(qtbot, window, database)
    assert window.context.read_only()
    assert runner.read_only
    assert "(read-only)" in window.windowTitle()
    assert window.status_panel.read_only_label.isVisibleTo(window)
    page = window.show_area("sync")
    assert page.role_label.text().startswith("District PC")


def test_a_second_request_while_a_cycle_runs_waits_for_it(
    qtbot, window, server, central, fresh_file
):
    database = fresh_file("a")
    enroll(server, central, database, site_id=SITE_A)
    runner = open_file(qtbot, window, database)
    seen = []
    runner.cycle_started.connect(lambda: seen.append(("started", runner.running)))
    runner.cycle_finished.connect(lambda _outcome: seen.append(("finished", runner.running)))
    assert runner.sync_now()
    assert runner.sync_now()  # while the first runs: kept, not run beside it
    with qtbot.waitSignals([runner.cycle_finished, runner.cycle_finished], timeout=30_000):
        pass
    qtbot.waitUntil(lambda: not runner.running, timeout=20_000)
    assert [event for event, _ in seen] == ["started", "finished", "started", "finished"]


def test_a_local_write_is_sent_by_itself_after_a_quiet_spell(
    qtbot, window, server, central, fresh_file
):
    from canteen.sync.schedule import Policy

    window.sync.policy = Policy(debounce_s=0.2)
    database = fresh_file("a")
    enroll(server, central, database, site_id=SITE_A)
    runner = open_file(qtbot, window, database)
    runner.poll_timer.setInterval(100)
    add_headcount(database, SITE_A, 55, date(2026, 3, 4))
    with qtbot.waitSignal(runner.cycle_finished, timeout=20_000) as finished:
        pass  # nobody presses anything
    assert finished.args[0].pushed == 1
    assert runner.status.pending == 0
