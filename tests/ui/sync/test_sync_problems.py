"""Every way the sync can go wrong is worded in Danish on the page, the status bar and the dialog.

Refusals a real server gives cheaply (a revoked PC, a used or expired code) come from the real
server; statuses it cannot be made to give on demand (413, 426, 503, a proxy's page, 404) come
from a transport that answers with them.
"""

from __future__ import annotations

import re
from datetime import date

import httpx
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text, update

from canteen.db.models import Headcount
from canteen.sync import state, tokens
from canteen.sync.errors import SyncProblem
from canteen.sync.server import devices
from canteen.sync.server.schema import enrollment
from tests.factories import make_district, make_site
from tests.ui.conftest import workspace_of
from tests.ui.sync.conftest import SITE_A, code_for, open_file
from tests.ui.sync.test_sync_page import add_headcount, enroll
from ui.views.sync.state_text import status_bar_text
from ui.wording.sync import reason_text

pytestmark = pytest.mark.postgres

CODES = re.compile(r"\b(401|403|404|413|426|503|[a-z]+_[a-z_]+)\b")


@pytest.fixture
def no_crash_dialog(monkeypatch):
    """A sync problem is worded, never reported as a bug with a traceback."""
    reported = []
    monkeypatch.setattr("ui.errors.report", reported.append)
    yield
    assert reported == []


@pytest.fixture
def enrolled_offline(fresh_file):
    """A canteen PC's file that believes it is enrolled, with one change waiting."""
    database = fresh_file("pc")
    site = make_site(database, make_district(database), name="Odense Politistation")
    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM _sync_outbox"))
        for key, value in (
            (state.SERVER, "http://kantine-sync.test"),
            (state.DEVICE, "device-1"),
            (state.SCOPE, "site"),
            (state.SITE, site),
        ):
            state.put(connection, key, value)
    tokens.save("device-1", "a-token")
    with database.sessions.begin() as session:
        session.add(
            Headcount(
                id=Headcount.id_for(site, date(2026, 3, 2), "lunch"),
                site_id=site,
                day=date(2026, 3, 2),
                service="lunch",
                covers=70,
            )
        )
    return database


def answering(status: int, body: str | dict) -> httpx.MockTransport:
    """A transport on which every request gets this answer."""

    def handler(_request: httpx.Request) -> httpx.Response:
        if isinstance(body, dict):
            return httpx.Response(status, json=body)
        return httpx.Response(status, text=body)

    return httpx.MockTransport(handler)


def assert_worded(text_shown: str) -> None:
    assert text_shown
    assert not CODES.search(text_shown), text_shown
    assert "Traceback" not in text_shown


@pytest.mark.parametrize(
    ("status", "body", "reason"),
    [
        (413, {"detail": "batch_too_big"}, "batch_too_big"),
        (426, {"detail": "client_too_old"}, "client_too_old"),
        (503, {"detail": "server_too_old"}, "server_too_old"),
        (503, "Service Unavailable", "server_error"),
        (200, "<html><body>Log ind på proxyen</body></html>", "bad_answer"),
        (404, "Not Found", "wrong_address"),
    ],
)
def test_a_refused_cycle_is_worded_and_the_change_is_kept(
    qtbot, window, enrolled_offline, no_crash_dialog, status, body, reason
):
    window.sync.transport = answering(status, body)
    runner = open_file(qtbot, window, enrolled_offline)
    page = window.show_area("sync")
    with qtbot.waitSignal(runner.cycle_finished, timeout=20_000) as finished:
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    problem = finished.args[0]
    assert isinstance(problem, SyncProblem)
    assert problem.reason == reason
    assert page.state_label.text().startswith(reason_text(reason))
    assert_worded(page.state_label.text())
    assert_worded(window.status_panel.sync_label.text())
    assert window.status_panel.sync_label.text() == status_bar_text(runner)
    assert runner.status.pending == 1  # nothing is lost; it goes with a later cycle
    assert page.sync_button.isEnabled()


def test_a_too_old_program_keeps_working_and_says_update(
    qtbot, window, enrolled_offline, no_crash_dialog
):
    window.sync.transport = answering(426, {"detail": "client_too_old"})
    runner = open_file(qtbot, window, enrolled_offline)
    window.show_area("sync")
    with qtbot.waitSignal(runner.cycle_finished, timeout=20_000):
        runner.sync_now()
    assert window.status_panel.sync_label.text() == "Not synchronising – update the program"
    covers = window.show_area("covers")  # the other pages still work
    assert covers.isVisible()
    assert runner.status.pending == 1


def test_each_refused_row_shows_its_reason_in_words(
    qtbot, window, enrolled_offline, no_crash_dialog
):
    reasons = ["unknown_table", "unknown_column", "other_site", "replay_refused", "reset"]
    site = _site_of(enrolled_offline)
    for number, reason in enumerate(reasons, start=1):
        add_headcount(enrolled_offline, site, number, date(2026, 4, number))
        with enrolled_offline.engine.begin() as connection:
            connection.execute(
                text(
                    """UPDATE _sync_outbox SET state = 'rejected', last_error = :w
                       WHERE seq = (SELECT max(seq) FROM _sync_outbox)"""
                ),
                {"w": reason},
            )
    window.sync.transport = answering(503, "down")  # the first cycle does not touch the list
    open_file(qtbot, window, enrolled_offline)
    page = window.show_area("sync")
    page.refresh()
    model = page.rejected_model
    shown = {model.row_at(row).reason: model.index(row, 2).data() for row in range(5)}
    assert shown == {reason: reason_text(reason) for reason in reasons}
    for words in shown.values():
        assert_worded(words)


def _site_of(database) -> str:
    with database.engine.connect() as connection:
        return state.get(connection, state.SITE)


def test_a_revoked_pc_is_told_to_enroll_again(
    qtbot, window, server, central, fresh_file, no_crash_dialog
):
    database = fresh_file("a")
    enroll(server, central, database, site_id=SITE_A)
    runner = open_file(qtbot, window, database)
    page = window.show_area("sync")
    with central.begin() as connection:
        assert devices.revoke(connection, runner.status.device_id)
    add_headcount(database, SITE_A, 33, date(2026, 3, 9))
    with qtbot.waitSignal(runner.cycle_finished, timeout=20_000) as finished:
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert finished.args[0].reason == "token_refused"
    assert page.state_label.text().startswith(reason_text("token_refused"))
    assert window.status_panel.sync_label.text() == "Not synchronising – enroll this PC again"
    assert runner.status.pending == 1


def enroll_in_dialog(qtbot, window, server: str, code: str):
    """Type the address and code into the dialog and press Enroll; returns the dialog."""
    dialog = window.show_area("sync").open_enroll_dialog()
    qtbot.keyClicks(dialog.server_edit, server)
    qtbot.keyClicks(dialog.code_edit, code)
    qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message_label.isVisibleTo(dialog), timeout=20_000)
    return dialog


def test_a_used_or_expired_code_is_refused_in_the_dialog_with_the_typing_kept(
    qtbot, window, server, central, fresh_file, no_crash_dialog
):
    from canteen.sync.client import SyncClient

    used = code_for(central, "site", site_id=SITE_A)
    SyncClient(fresh_file("other")).enroll(server, used, label="other")  # the code's one use
    expired = code_for(central, "site", site_id=SITE_A)
    with central.begin() as connection:
        connection.execute(
            update(enrollment)
            .where(enrollment.c.code_hash == devices.digest(expired.replace("-", "").upper()))
            .values(expires_at=devices.now())
        )
    window.context.set_workspace(workspace_of(fresh_file("new")))
    for code in (used, expired):
        dialog = enroll_in_dialog(qtbot, window, server, code)
        assert dialog.message_label.text() == reason_text("code_refused")
        assert (dialog.server_edit.text(), dialog.code_edit.text()) == (server, code)
        dialog.reject()


def test_an_address_answered_by_something_else_is_worded_in_the_dialog(
    qtbot, window, fresh_file, no_crash_dialog
):
    window.context.set_workspace(workspace_of(fresh_file("new")))
    window.sync.transport = answering(200, "<html>Velkommen til intranettet</html>")
    dialog = enroll_in_dialog(qtbot, window, "http://intranet.politi.test", "ABCD-1234")
    assert dialog.message_label.text() == reason_text("bad_answer")
    assert dialog.code_edit.text() == "ABCD-1234"
