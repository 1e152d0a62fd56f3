"""Planning by keyboard and by drag and drop; every edit is undone and redone by the stack."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from canteen.services import menus
from tests.canteen.menus.conftest import state
from tests.ui.menus.conftest import cell_index, dish

MONDAY, SUNDAY = date(2026, 11, 23), date(2026, 11, 29)
CTRL = Qt.KeyboardModifier.ControlModifier


def plan(view):
    """What the database holds for the shown week."""
    return state(view.editor.database, view.site_id, MONDAY, SUNDAY)


def activate(qtbot, view):
    """Shortcuts reach a page only inside the active window."""
    view.window().activateWindow()
    qtbot.waitUntil(view.window().isActiveWindow)


def choose_by_keyboard(qtbot, view, index, typed: str) -> None:
    """Select a cell, press Enter, type part of a name, press Enter: the week reloads."""
    view.grid.setFocus()
    view.grid.setCurrentIndex(index)
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    chooser = view.chooser
    assert chooser is not None
    assert chooser.isVisible()
    qtbot.keyClicks(chooser.search_edit, typed)
    with qtbot.waitSignal(view.week_loaded):
        qtbot.keyClick(chooser.search_edit, Qt.Key.Key_Return)


def test_enter_opens_a_chooser_that_plans_the_typed_recipe(qtbot, planner, kitchen):
    choose_by_keyboard(qtbot, planner, cell_index(planner, 1, "dish"), "frikad")
    assert dish(planner, 1, "dish") == "Frikadeller"
    # 100 usual covers over five lunch lines: 20 portions.
    assert plan(planner) == {menus.day_key(MONDAY, "dish"): (kitchen.meatballs, 20)}
    assert planner.grid.currentIndex() == cell_index(planner, 1, "dish")


def test_typing_on_a_cell_starts_the_search_with_that_letter(qtbot, planner):
    planner.grid.setFocus()
    planner.grid.setCurrentIndex(cell_index(planner, 2, "veg"))
    qtbot.keyClicks(planner.grid, "G")
    assert planner.chooser.search_edit.text() == "G"
    qtbot.keyClicks(planner.chooser.search_edit, "rønkålst")
    assert planner.chooser.proxy.rowCount() == 1
    with qtbot.waitSignal(planner.week_loaded):
        qtbot.keyClick(planner.chooser.search_edit, Qt.Key.Key_Enter)
    assert dish(planner, 2, "veg") == "Grønkålstærte"


def test_undo_and_redo_by_keyboard_restore_each_state(qtbot, planner, kitchen):
    choose_by_keyboard(qtbot, planner, cell_index(planner, 1, "dish"), "frikad")
    choose_by_keyboard(qtbot, planner, cell_index(planner, 1, "dish"), "pandek")
    after = plan(planner)
    assert after == {menus.day_key(MONDAY, "dish"): (kitchen.pancakes, 20)}
    activate(qtbot, planner)  # the chooser was the active window
    planner.grid.setFocus()
    with qtbot.waitSignal(planner.week_loaded):
        qtbot.keyClick(planner.grid, Qt.Key.Key_Z, CTRL)
    assert dish(planner, 1, "dish") == "Frikadeller"
    with qtbot.waitSignal(planner.week_loaded):
        qtbot.keyClick(planner.grid, Qt.Key.Key_Z, CTRL)
    assert plan(planner) == {}
    assert dish(planner, 1, "dish") is None
    with qtbot.waitSignal(planner.week_loaded):
        qtbot.keyClick(planner.grid, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(planner.week_loaded):
        qtbot.keyClick(planner.grid, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert plan(planner) == after
    assert dish(planner, 1, "dish") == "Pandekager"


def test_a_recipe_dropped_from_the_library_is_planned_and_undone(qtbot, planner, kitchen):
    library = planner.library
    library.search_edit.setText("Øllebrød")
    assert library.proxy.rowCount() == 1
    dragged = library.proxy.mimeData([library.proxy.index(0, 0)])
    target = cell_index(planner, 3, "dessert")
    with qtbot.waitSignal(planner.week_loaded):
        assert planner.plan.dropMimeData(dragged, Qt.DropAction.CopyAction, -1, -1, target)
    assert dish(planner, 3, "dessert") == "Øllebrød"
    with qtbot.waitSignal(planner.week_loaded):
        planner.undo_stack.undo()
    assert dish(planner, 3, "dessert") is None
    assert plan(planner) == {}


def test_dragging_a_dish_onto_another_swaps_them_and_undo_swaps_back(qtbot, planner, kitchen):
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, menus.day_key(MONDAY, "dish"), kitchen.meatballs, portions=40)
    menus.set_cell(db, site, menus.day_key(date(2026, 11, 24), "dish"), kitchen.kale_pie)
    with qtbot.waitSignal(planner.week_loaded):
        planner.reload()
    before = plan(planner)
    source, target = cell_index(planner, 1, "dish"), cell_index(planner, 2, "dish")
    dragged = planner.plan.mimeData([source])
    with qtbot.waitSignal(planner.week_loaded):
        planner.plan.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, target)
    assert (dish(planner, 1, "dish"), dish(planner, 2, "dish")) == ("Grønkålstærte", "Frikadeller")
    assert plan(planner)[menus.day_key(date(2026, 11, 24), "dish")] == (kitchen.meatballs, 40)
    with qtbot.waitSignal(planner.week_loaded):
        planner.undo_stack.undo()
    assert plan(planner) == before


def test_cut_and_paste_moves_a_dish_by_keyboard(qtbot, planner, kitchen):
    menus.set_cell(kitchen.db, kitchen.site, menus.day_key(MONDAY, "soup"), kitchen.porridge)
    with qtbot.waitSignal(planner.week_loaded):
        planner.reload()
    planner.grid.setFocus()
    planner.grid.setCurrentIndex(cell_index(planner, 1, "soup"))
    qtbot.keyClick(planner.grid, Qt.Key.Key_X, CTRL)
    planner.grid.setCurrentIndex(cell_index(planner, 5, "soup"))
    with qtbot.waitSignal(planner.week_loaded):
        qtbot.keyClick(planner.grid, Qt.Key.Key_V, CTRL)
    assert (dish(planner, 1, "soup"), dish(planner, 5, "soup")) == (None, "Øllebrød")


def test_delete_clears_a_cell_and_undo_brings_back_its_portions(qtbot, planner, kitchen):
    key = menus.day_key(MONDAY, "dish")
    menus.set_cell(kitchen.db, kitchen.site, key, kitchen.meatballs, portions=73)
    with qtbot.waitSignal(planner.week_loaded):
        planner.reload()
    planner.grid.setFocus()
    planner.grid.setCurrentIndex(cell_index(planner, 1, "dish"))
    with qtbot.waitSignal(planner.week_loaded):
        qtbot.keyClick(planner.grid, Qt.Key.Key_Delete)
    assert plan(planner) == {}
    with qtbot.waitSignal(planner.week_loaded):
        planner.undo_stack.undo()
    assert plan(planner) == {key: (kitchen.meatballs, 73)}


def test_insert_adds_a_second_dish_on_the_same_line(qtbot, planner, kitchen):
    menus.set_cell(kitchen.db, kitchen.site, menus.day_key(MONDAY, "salad"), kitchen.salad)
    with qtbot.waitSignal(planner.week_loaded):
        planner.reload()
    planner.grid.setFocus()
    planner.grid.setCurrentIndex(cell_index(planner, 1, "salad"))
    qtbot.keyClick(planner.grid, Qt.Key.Key_Insert)
    qtbot.keyClicks(planner.chooser.search_edit, "kale")  # English names match too
    with qtbot.waitSignal(planner.week_loaded):
        qtbot.keyClick(planner.chooser.search_edit, Qt.Key.Key_Return)
    assert dish(planner, 1, "salad", position=1) == "Grønkålstærte"
    assert planner.plan.plan_row(cell_index(planner, 1, "salad", 1).row()).title == "Salatbar 2"


def test_bad_portions_are_explained_next_to_the_field_and_kept(qtbot, planner, kitchen):
    key = menus.day_key(MONDAY, "dish")
    menus.set_cell(kitchen.db, kitchen.site, key, kitchen.meatballs, portions=20)
    with qtbot.waitSignal(planner.week_loaded):
        planner.reload()
    planner.grid.setFocus()
    planner.grid.setCurrentIndex(cell_index(planner, 1, "dish"))
    qtbot.keyClick(planner.grid, Qt.Key.Key_F2)
    panel = planner.cell_panel
    assert panel.portions_edit.hasFocus()
    for typed, said in (
        ("abc", "not a number"),
        ("-5", "negative"),
        ("2,5", "whole number"),
        ("1.250", "can be read in two ways"),
        ("50000", "More than 5,000 portions"),
    ):
        panel.portions_edit.selectAll()
        qtbot.keyClicks(panel.portions_edit, typed)
        qtbot.keyClick(panel.portions_edit, Qt.Key.Key_Return)
        assert panel.error_label.isVisible()
        assert said in panel.error_label.text()
        assert panel.portions_edit.text() == typed
        assert plan(planner) == {key: (kitchen.meatballs, 20)}
    panel.portions_edit.selectAll()
    qtbot.keyClicks(panel.portions_edit, "120")
    with qtbot.waitSignal(planner.week_loaded):
        qtbot.keyClick(panel.portions_edit, Qt.Key.Key_Return)
    assert not panel.error_label.isVisible()
    assert plan(planner) == {key: (kitchen.meatballs, 120)}
    with qtbot.waitSignal(planner.week_loaded):
        planner.undo_stack.undo()
    assert plan(planner) == {key: (kitchen.meatballs, 20)}
    assert panel.portions_edit.text() == "20"


def test_undo_of_an_edit_in_another_week_goes_back_to_that_week(qtbot, planner, kitchen):
    choose_by_keyboard(qtbot, planner, cell_index(planner, 1, "dish"), "frikad")
    with qtbot.waitSignal(planner.week_loaded):
        planner.next_week()
    assert str(planner.view.week) == "2026-W49"
    with qtbot.waitSignal(planner.week_loaded):
        planner.undo_stack.undo()
    assert str(planner.view.week) == "2026-W48"
    assert dish(planner, 1, "dish") is None
