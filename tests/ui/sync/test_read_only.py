"""A district or central PC shows the data read-only: edits are refused with a clear message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from canteen.db.models import Headcount
from canteen.domain.weeks import IsoWeek
from canteen.sync import state, status
from tests.factories import make_district, make_site
from tests.ui.conftest import TODAY, open_in


@pytest.fixture
def district_pc(db):
    """A file whose sync scope is a district (as enrolling a district PC leaves it)."""
    site = make_site(db, make_district(db, name="Fyns Politi"), name="Odense Politistation")
    with db.engine.begin() as connection:
        state.put(connection, state.SCOPE, "district")
    return site


def test_typing_covers_on_a_district_pc_is_refused_and_nothing_is_saved(
    qtbot, window, db, district_pc, message_boxes
):
    open_in(qtbot, window, db)
    assert window.context.read_only()
    assert window.windowTitle().endswith("(read-only)")
    assert window.status_panel.read_only_label.isVisibleTo(window)
    page = window.show_area("covers")
    tab = page.covers_tab
    with qtbot.waitSignal(tab.week_loaded, timeout=10_000):
        tab.go_to(IsoWeek.containing(TODAY).shifted(-1))
    tab.grid.setFocus()
    tab.grid.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClicks(tab.grid, "1")
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "20")
    with qtbot.waitSignal(tab.model.entered):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [box.title for box in message_boxes] == ["Read-only PC"]
    with db.sessions() as session:
        assert session.scalars(select(Headcount)).all() == []


def test_a_site_pc_edits_as_before(qtbot, window, db, district_pc, message_boxes):
    with db.engine.begin() as connection:
        state.put(connection, state.SCOPE, "site")
    open_in(qtbot, window, db)
    assert not window.context.read_only()
    assert not window.windowTitle().endswith("(read-only)")


def test_the_page_warns_about_a_clock_far_from_the_servers(qtbot, window, db, district_pc):
    with db.engine.begin() as connection:
        state.put(connection, status.CLOCK_SKEW, "-420")
    open_in(qtbot, window, db)
    page = window.show_area("sync")
    assert page.skew_label.isVisibleTo(page)
    assert "7" in page.skew_label.text()
    with db.engine.begin() as connection:
        state.put(connection, status.CLOCK_SKEW, "30")
    page.refresh()
    assert not page.skew_label.isVisibleTo(page)


def test_the_sync_page_of_a_file_not_enrolled_offers_enrollment(qtbot, window, db):
    open_in(qtbot, window, db)
    page = window.show_area("sync")
    assert page.enroll_button.isVisibleTo(page)
    assert not page.sync_button.isEnabled()
    assert window.sync.sync_now() is False
