"""Saving weeks as a cycle and applying it over Christmas: holidays skipped, planned cells kept."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from canteen.domain.weeks import IsoWeek
from canteen.services import cycles, menus
from tests.canteen.menus.conftest import state
from ui.dialogs.cycles import ApplyCycleDialog, SaveCycleDialog

MONDAY, THURSDAY = date(2026, 11, 23), date(2026, 11, 26)
XMAS_MONDAY, XMAS_EVE, XMAS_SUNDAY = date(2026, 12, 21), date(2026, 12, 24), date(2026, 12, 27)


def test_saving_a_cycle_explains_problems_in_the_dialog(qtbot, kitchen):
    dialog = SaveCycleDialog(kitchen.db, kitchen.site, IsoWeek(2026, 48))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error_label.text() == "Give it a name."
    dialog.name_edit.setText("Vinter")
    dialog.accept()
    assert dialog.error_label.text() == "Nothing is planned in those weeks."
    dialog.week_edit.setText("uge 54 2026")
    dialog.accept()
    assert "no week 54" in dialog.error_label.text()
    assert dialog.name_edit.text() == "Vinter"
    assert cycles.list_cycles(kitchen.db, kitchen.site) == []


def test_a_cycle_applied_over_christmas_skips_the_holidays_and_keeps_planned_cells(
    qtbot, planner, kitchen
):
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, menus.day_key(MONDAY, "dish"), kitchen.meatballs)
    menus.set_cell(db, site, menus.day_key(THURSDAY, "dish"), kitchen.meatballs)
    menus.set_cell(db, site, menus.day_key(MONDAY, "veg"), kitchen.kale_pie)
    menus.set_cell(db, site, menus.day_key(XMAS_MONDAY, "veg"), kitchen.pancakes, portions=9)
    planner.dialogs.ask_save_cycle()
    saver = planner.dialogs.dialog
    saver.name_edit.setText("Uge 48")
    saver.weeks_spin.setValue(1)
    saver.accept()
    assert not saver.isVisible()
    assert "Uge 48" in planner.status_label.text()

    planner.dialogs.ask_apply_cycle()
    dialog = planner.dialogs.dialog
    assert isinstance(dialog, ApplyCycleDialog)
    assert dialog.cycle_combo.currentText() == "Uge 48 (1 weeks)"
    dialog.first_edit.setDate(QDate(2026, 12, 21))
    dialog.last_edit.setDate(QDate(2026, 12, 27))
    with qtbot.waitSignal(planner.week_loaded, timeout=10_000):
        dialog.accept()
    planned = state(db, site, XMAS_MONDAY, XMAS_SUNDAY)
    assert planned == {
        menus.day_key(XMAS_MONDAY, "dish"): (kitchen.meatballs, 20),
        menus.day_key(XMAS_MONDAY, "veg"): (kitchen.pancakes, 9),  # already planned: kept
    }
    assert "holiday" in planner.status_label.text()
    assert "kept" in planner.status_label.text()
    assert planner.undo_stack.undoText() == "applying a menu cycle"
    with qtbot.waitSignal(planner.week_loaded):
        planner.undo_stack.undo()
    assert state(db, site, XMAS_MONDAY, XMAS_SUNDAY) == {
        menus.day_key(XMAS_MONDAY, "veg"): (kitchen.pancakes, 9)
    }


def test_replacing_planned_cells_only_when_asked(qtbot, planner, kitchen):
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, menus.day_key(MONDAY, "dish"), kitchen.meatballs)
    cycle = cycles.save_cycle(db, site, "En uge", IsoWeek(2026, 48), 1)
    menus.set_cell(db, site, menus.day_key(XMAS_MONDAY, "dish"), kitchen.pancakes)
    dialog = ApplyCycleDialog(db, site, IsoWeek(2026, 52))
    qtbot.addWidget(dialog)
    assert dialog.cycle_combo.currentData().id == cycle.cycle.id
    assert dialog.first_edit.date() == QDate(2026, 12, 21)
    dialog.last_edit.setDate(QDate(2026, 12, 27))
    dialog.overwrite_check.setChecked(True)
    with qtbot.waitSignal(dialog.applied, timeout=10_000) as applied:
        dialog.accept()
    assert applied.args[0].changed
    assert state(db, site, XMAS_MONDAY, XMAS_SUNDAY) == {
        menus.day_key(XMAS_MONDAY, "dish"): (kitchen.meatballs, 20)
    }


def test_a_range_ending_before_it_starts_is_explained_in_the_dialog(qtbot, kitchen):
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, menus.day_key(MONDAY, "dish"), kitchen.meatballs)
    cycles.save_cycle(db, site, "En uge", IsoWeek(2026, 48), 1)
    dialog = ApplyCycleDialog(db, site, IsoWeek(2026, 52))
    qtbot.addWidget(dialog)
    dialog.last_edit.setDate(QDate(2026, 12, 1))
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.error_label.text() == "The last day comes before the first."
