"""Undo and redo in the recipe editor: typed values, removed lines and the figures come back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from canteen.services import recipes
from tests.ui.recipes.conftest import open_recipe
from tests.ui.recipes.test_editor import EGG, FLOUR, PORK, type_into
from ui.models import recipe_lines as cols


@pytest.fixture
def own(qtbot, page, unchecked):
    """The editor showing the canteen's own copy of the meatballs (1 kg pork, 100 g flour, 2 eggs)."""
    copy = recipes.copy_to_site(unchecked.db, unchecked.meatballs, unchecked.site)
    with qtbot.waitSignal(page.library_loaded):
        page.refresh()
    return open_recipe(qtbot, page, copy.id)


def press(qtbot, widget, *, redo: bool = False) -> None:
    """Ctrl+Z (or Ctrl+Shift+Z) as the user presses it in `widget`."""
    modifiers = Qt.KeyboardModifier.ControlModifier
    if redo:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget, Qt.Key.Key_Z, modifiers)


def quantities(editor) -> list[str]:
    return [line.quantity for line in editor.lines.lines()]


def test_undo_a_typed_quantity_brings_back_the_value_and_the_figures(qtbot, own):
    assert not own.undo_action.isEnabled()
    assert own.figures.cost_ore == 616
    type_into(qtbot, own, PORK, cols.QUANTITY, "2")
    assert own.figures.cost_ore == 1216
    assert own.dirty
    assert own.undo_action.isEnabled()
    press(qtbot, own.lines_table)
    assert quantities(own) == ["1", "100", "2"]
    assert own.figures.cost_ore == 616
    assert own.figures_panel.cost_label.text() == "DKK 6.16"
    assert not own.dirty
    press(qtbot, own.lines_table, redo=True)
    assert quantities(own)[PORK] == "2"
    assert own.figures.cost_ore == 1216
    assert own.dirty


def test_undo_a_removed_line_brings_it_back_and_redo_removes_it_again(qtbot, own):
    before = own.lines.lines()
    own.lines_table.setCurrentIndex(own.lines.index(FLOUR, cols.QUANTITY))
    own.remove_line()
    assert [line.quantity for line in own.lines.lines()] == ["1", "2"]
    removed_cost = own.figures.cost_ore
    assert removed_cost == 606
    own.undo_action.trigger()
    assert own.lines.lines() == before
    assert own.figures.cost_ore == 616
    own.redo_action.trigger()
    assert quantities(own) == ["1", "2"]
    assert own.figures.cost_ore == removed_cost


def test_moves_and_header_typing_undo_step_by_step(qtbot, own):
    own.lines_table.setCurrentIndex(own.lines.index(EGG, cols.QUANTITY))
    own.move_line(-1)
    assert quantities(own) == ["1", "2", "100"]
    name = own.header.name_edit
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Nyt")
    yield_edit = own.header.yield_edit
    yield_edit.setFocus()
    yield_edit.selectAll()
    qtbot.keyClicks(yield_edit, "20")
    assert own.figures.cost_ore == 308
    assert own.undo_stack.undoText() == "changing the yield"  # "Fortryd ændring af antal portioner"
    press(qtbot, yield_edit)  # the whole "20", not one key
    assert yield_edit.text() == "10"
    assert own.figures.cost_ore == 616
    assert own.undo_stack.undoText() == "changing the name"
    press(qtbot, yield_edit)
    assert name.text() == "Frikadeller"
    assert own.undo_stack.undoText() == "changing the ingredient lines"
    press(qtbot, yield_edit)
    assert quantities(own) == ["1", "100", "2"]
    assert not own.undo_action.isEnabled()
    press(qtbot, name, redo=True)
    press(qtbot, name, redo=True)
    assert name.text() == "Nyt"


def test_saving_and_opening_another_recipe_forget_the_history(qtbot, page, own, unchecked):
    type_into(qtbot, own, PORK, cols.QUANTITY, "2")
    assert own.save() is not None
    assert not own.undo_action.isEnabled()
    type_into(qtbot, own, PORK, cols.QUANTITY, "3")
    own.undo_action.trigger()
    assert own.redo_action.isEnabled()
    assert own.save() is not None
    open_recipe(qtbot, page, unchecked.kale_pie)
    assert not own.undo_action.isEnabled()
    assert not own.redo_action.isEnabled()
