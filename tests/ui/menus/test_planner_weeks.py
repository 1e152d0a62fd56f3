"""Moving between weeks by keyboard, going to 'uge 50' or a date, copying a week."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from canteen.domain.weeks import IsoWeek
from canteen.services import menus
from tests.canteen.menus.conftest import state
from tests.ui.menus.conftest import dish
from tests.ui.menus.test_planner_editing import activate
from ui.dialogs.week_jump import WeekDialog

ALT = Qt.KeyboardModifier.AltModifier


def test_alt_arrows_move_a_week_and_the_heading_follows(qtbot, planner):
    activate(qtbot, planner)
    planner.grid.setFocus()
    with qtbot.waitSignal(planner.week_loaded):
        qtbot.keyClick(planner.grid, Qt.Key.Key_Right, ALT)
    assert planner.view.week == IsoWeek(2026, 49)
    assert "49" in planner.week_label.text()
    with qtbot.waitSignal(planner.week_loaded):
        qtbot.keyClick(planner.grid, Qt.Key.Key_Left, ALT)
    with qtbot.waitSignal(planner.week_loaded):
        qtbot.keyClick(planner.grid, Qt.Key.Key_Left, ALT)
    assert planner.view.week == IsoWeek(2026, 47)


def test_ctrl_g_explains_a_week_that_does_not_exist_and_keeps_the_text(qtbot, planner):
    activate(qtbot, planner)
    planner.grid.setFocus()
    qtbot.keyClick(planner.grid, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = planner.dialogs.dialog
    assert isinstance(dialog, WeekDialog)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.week_edit, "2026-W54")
    qtbot.keyClick(dialog.week_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "2026" in dialog.error_label.text()
    assert "53" in dialog.error_label.text()
    assert dialog.week_edit.text() == "2026-W54"
    dialog.week_edit.clear()
    qtbot.keyClicks(dialog.week_edit, "abc")
    qtbot.keyClick(dialog.week_edit, Qt.Key.Key_Return)
    assert "week 48" in dialog.error_label.text()
    dialog.week_edit.clear()
    qtbot.keyClicks(dialog.week_edit, "uge 2")
    with qtbot.waitSignal(planner.week_loaded):
        qtbot.keyClick(dialog.week_edit, Qt.Key.Key_Return)
    assert planner.view.week == IsoWeek(2027, 2)  # the week 2 nearest to week 48 of 2026


@pytest.mark.parametrize(
    ("typed", "week"),
    [
        ("uge 50", IsoWeek(2026, 50)),
        ("24.12.2026", IsoWeek(2026, 52)),
        ("2027-W01", IsoWeek(2027, 1)),
    ],
)
def test_the_week_dialog_reads_weeks_and_dates(qtbot, typed, week):
    dialog = WeekDialog(IsoWeek(2026, 48))
    qtbot.addWidget(dialog)
    dialog.week_edit.setText(typed)
    dialog.accept()
    assert dialog.result() == WeekDialog.DialogCode.Accepted
    assert dialog.week == week


def test_copying_a_week_plans_the_next_week_and_undo_takes_it_back(qtbot, planner, kitchen):
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, menus.day_key(date(2026, 11, 23), "dish"), kitchen.meatballs)
    menus.set_cell(db, site, menus.day_key(date(2026, 11, 24), "veg"), kitchen.kale_pie)
    # Already planned in week 49: kept, because "replace" is not ticked.
    menus.set_cell(db, site, menus.day_key(date(2026, 12, 1), "veg"), kitchen.pancakes)
    with qtbot.waitSignal(planner.week_loaded):
        planner.reload()
    planner.dialogs.ask_copy_week()
    dialog = planner.dialogs.dialog
    assert dialog.overwrite_check.isVisible()
    assert not dialog.overwrite()
    dialog.week_edit.setText("uge 49")
    with qtbot.waitSignal(planner.week_loaded, timeout=10_000):
        dialog.accept()
    assert planner.view.week == IsoWeek(2026, 49)
    assert dish(planner, 1, "dish") == "Frikadeller"
    assert dish(planner, 2, "veg") == "Pandekager"
    assert "kept" in planner.status_label.text()
    with qtbot.waitSignal(planner.week_loaded):
        planner.undo_stack.undo()
    after_undo = state(db, site, date(2026, 11, 30), date(2026, 12, 6))
    assert after_undo == {menus.day_key(date(2026, 12, 1), "veg"): (kitchen.pancakes, 20)}
