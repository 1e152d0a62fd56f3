"""Numbers in the recipe editor: one reader, plausible bounds, and a unit cell that takes typing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from canteen.services import recipes
from tests.ui.recipes.conftest import FLOUR, PORK, open_recipe, saved_lines, type_into
from ui.models import recipe_lines as cols


def type_over(qtbot, editor, row: int, column: int, text: str) -> None:
    """Select a cell and just type, as a user does: the first key opens the cell's editor."""
    table = editor.lines_table
    table.setFocus()
    table.setCurrentIndex(editor.lines.index(row, column))
    qtbot.keyClicks(table, text[0])
    assert table.state() == QAbstractItemView.State.EditingState
    typing = QApplication.focusWidget()
    qtbot.keyClicks(typing, text[1:])
    qtbot.keyClick(typing, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_typing_a_unit_over_a_unit_cell_replaces_it(qtbot, own):
    assert own.lines.index(FLOUR, cols.UNIT).data() == "g"
    type_over(qtbot, own, FLOUR, cols.UNIT, "kg")
    assert own.lines.index(FLOUR, cols.UNIT).data() == "kg"
    assert own.lines.problem(FLOUR, cols.UNIT) is None


def test_typing_a_quantity_over_a_quantity_cell_replaces_it(qtbot, own):
    type_over(qtbot, own, PORK, cols.QUANTITY, "2")
    assert own.lines.index(PORK, cols.QUANTITY).data() == "2"


def test_an_ambiguous_quantity_is_refused_with_both_readings_and_kept(qtbot, own):
    type_into(qtbot, own, PORK, cols.QUANTITY, "1.250")
    said = "“1.250” can be read in two ways: type 1250 or 1.25."
    assert own.lines.problem(PORK, cols.QUANTITY) == said
    assert said in own.problems_label.text()
    assert own.save() is None
    assert saved_lines(own)[PORK] == (1.0, "kg")
    assert own.lines.index(PORK, cols.QUANTITY).data() == "1.250"


def test_99_999_999_999_kg_is_refused_naming_the_limit(qtbot, own):
    type_into(qtbot, own, PORK, cols.QUANTITY, "99,999,999,999")
    said = "More than 1,000 kg in one line is not plausible: check the quantity."
    assert own.lines.problem(PORK, cols.QUANTITY) == said
    # The line adds nothing to the cost: 100 g flour and 2 eggs for 10 portions.
    assert own.figures.batch_cost_ore == 160
    assert own.lines.index(PORK, cols.COST).data() == ""
    assert own.save() is None
    assert saved_lines(own)[PORK] == (1.0, "kg")


def test_too_much_per_portion_names_the_amount_and_the_limit(qtbot, own):
    type_into(qtbot, own, PORK, cols.QUANTITY, "50")
    assert own.lines.problem(PORK, cols.QUANTITY) == (
        "That is 5 kg per portion (at most 2 kg): check the quantity and the yield."
    )
    own.header.yield_edit.setFocus()
    own.header.yield_edit.selectAll()
    qtbot.keyClicks(own.header.yield_edit, "100")
    assert own.lines.problem(PORK, cols.QUANTITY) is None
    assert own.save() is not None
    assert saved_lines(own)[PORK] == (50.0, "kg")


@pytest.mark.parametrize(
    ("field", "typed", "said"),
    [
        ("yield_edit", "5000", "More than 2,000 portions in one recipe is not plausible"),
        ("yield_edit", "1.200", "“1.200” can be read in two ways: type 1200 or 1.2."),
        ("yield_edit", "12,5", "“12,5” must be a whole number."),
        ("portion_edit", "45000", "A portion of more than 2,000 g is not plausible"),
    ],
)
def test_header_numbers_are_refused_under_their_field_and_kept(qtbot, own, field, typed, said):
    edit = getattr(own.header, field)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, typed)
    name = "yield_portions" if field == "yield_edit" else "portion_size_g"
    label = own.header.errors[name]
    assert label.isVisible()
    assert said in label.text()
    assert own.save() is None
    assert edit.text() == typed


def test_a_saved_quantity_with_three_decimals_opens_as_a_number_that_reads_back(qtbot, page, own):
    draft = own.draft()
    pork = replace(draft.lines[PORK], quantity=1.125)
    lines = (pork, *draft.lines[1:])
    detail = recipes.save_recipe(
        own.database, own.site_id, replace(draft, id=None, name="Frikadeller 2", lines=lines)
    )
    with qtbot.waitSignal(page.library_loaded):
        page.refresh()
    editor = open_recipe(qtbot, page, detail.id)
    # "1.125" could be read as 1125: a fourth decimal makes the text say one thing.
    assert editor.lines.index(PORK, cols.QUANTITY).data() == "1.1250"
    assert editor.problems == []
    editor.header.name_edit.setText("Frikadeller 3")
    editor.header.name_edit.textEdited.emit("Frikadeller 3")
    assert editor.save() is not None
    assert saved_lines(editor)[PORK] == (1.125, "kg")


# Typing an ingredient name pops up the completer, which offscreen cannot grab the keyboard for.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_typing_a_name_over_an_ingredient_cell_replaces_it(qtbot, own):
    assert own.lines.index(FLOUR, cols.INGREDIENT).data() == "Hvedemel"
    type_over(qtbot, own, FLOUR, cols.INGREDIENT, "Grønkål")
    assert own.lines.index(FLOUR, cols.INGREDIENT).data() == "Grønkål"
    assert own.lines.problem(FLOUR, cols.INGREDIENT) is None
