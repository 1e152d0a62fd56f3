"""The recipe editor: bad input refused where it was typed (and kept), figures live, saving."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from canteen.domain.allergens import Allergen, AllergenStatus
from canteen.domain.weeks import IsoWeek
from canteen.services import menus, recipes
from tests.ui.recipes.conftest import EGG, FLOUR, PORK, TODAY, saved_lines, type_into
from ui.models import recipe_lines as cols


@pytest.mark.parametrize(
    ("row", "column", "typed", "said"),
    [
        (PORK, cols.QUANTITY, "abc", "“abc” is not a number"),
        (PORK, cols.QUANTITY, "-2", "cannot be negative"),
        (PORK, cols.QUANTITY, "0", "more than zero"),
        (FLOUR, cols.UNIT, "stk", "does not fit this ingredient: it is weighed in grams"),
        (FLOUR, cols.UNIT, "spsk", "is not a unit"),
        (EGG, cols.LOSS, "100", "at most 90 %"),
    ],
)
def test_bad_line_input_is_refused_where_it_was_typed_and_kept(
    qtbot, own, row, column, typed, said
):
    type_into(qtbot, own, row, column, typed)
    shown = own.lines.index(row, column).data()
    assert shown == ("pcs" if typed == "stk" else typed)  # "stk" is read as pieces
    problem = own.lines.problem(row, column)
    assert problem is not None
    assert said in problem
    assert own.lines.index(row, column).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert own.problems_label.isVisible()
    assert said in own.problems_label.text()
    before = saved_lines(own)
    qtbot.mouseClick(own.save_button, Qt.MouseButton.LeftButton)
    assert saved_lines(own) == before
    assert own.lines.index(row, column).data() == shown
    assert own.lines_table.currentIndex() == own.lines.index(row, column)


def test_zero_yield_is_explained_under_the_field_and_the_typing_stays(qtbot, own):
    own.header.yield_edit.setFocus()
    own.header.yield_edit.selectAll()
    qtbot.keyClicks(own.header.yield_edit, "0")
    label = own.header.errors["yield_portions"]
    assert label.isVisible()
    assert label.text() == "A recipe must make at least one portion."
    assert own.figures_panel.cost_label.text() == "–"
    own.header.name_edit.setFocus()
    qtbot.keyClick(own, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert own.header.yield_edit.text() == "0"
    assert recipes.get_recipe(own.database, own.detail.id, own.site_id).yield_portions == 10
    own.header.yield_edit.selectAll()
    qtbot.keyClicks(own.header.yield_edit, "abc")
    assert "not a number" in label.text()


def test_a_new_recipe_shows_missing_fields_only_when_saved(qtbot, page):
    page.new_recipe()
    editor = page.editor
    assert not editor.problems_label.isVisible()
    assert not editor.header.errors["name"].isVisible()
    assert editor.save() is None
    assert editor.header.errors["name"].text() == "The recipe needs a name."
    assert "Choose an ingredient." in editor.problems_label.text()
    assert "Write the quantity." in editor.problems_label.text()


# Typing an ingredient name pops up the completer, which offscreen cannot grab the keyboard for.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_figures_follow_every_change(qtbot, own, unchecked):
    figures = own.figures_panel
    assert own.figures.cost_ore == 616  # (6000 + 100 + 60) øre / 10 portions
    assert figures.cost_label.text() == "DKK 6.16"
    type_into(qtbot, own, PORK, cols.QUANTITY, "2")
    assert own.figures.cost_ore == 1216
    assert figures.cost_label.text() == "DKK 12.16"
    assert own.lines.index(PORK, cols.COST).data() == "DKK 120.00"
    own.header.yield_edit.setText("20")
    own.header.yield_edit.textEdited.emit("20")
    assert figures.cost_label.text() == "DKK 6.08"
    assert own.figures.co2e_kg == pytest.approx((2 * 4.0 + 0.1 * 0.8 + 0.12 * 3.0) / 20)
    allergens = own.figures_panel.allergens
    assert allergens.index(0, 2).data() == "Contains"  # gluten
    assert allergens.index(6, 2).data() == "Free from"  # milk
    own.add_line()
    type_into(qtbot, own, 3, cols.INGREDIENT, "Krydderiblanding")
    type_into(qtbot, own, 3, cols.QUANTITY, "5")
    # One unchecked ingredient: milk is no longer "free from" but "not known".
    assert own.figures.allergens.status(Allergen.MILK) == AllergenStatus.UNKNOWN
    assert allergens.index(6, 2).data() == "Not known"
    assert "Krydderiblanding has no current price" in figures.gaps_label.text()


def test_saving_keeps_what_was_typed_with_a_decimal_comma(qtbot, own):
    type_into(qtbot, own, PORK, cols.QUANTITY, "1,5")
    type_into(qtbot, own, EGG, cols.UNIT, "stk.")
    own.header.name_edit.setText("Frikadeller (egen)")
    own.header.name_edit.textEdited.emit("Frikadeller (egen)")
    assert own.dirty
    detail = own.save()
    assert detail is not None
    assert detail.name == "Frikadeller (egen)"
    assert saved_lines(own) == [(1.5, "kg"), (100.0, "g"), (2.0, "pcs")]
    assert not own.dirty


def test_leaving_unsaved_changes_asks_first(qtbot, page, own, unchecked, message_boxes):
    own.header.name_edit.setText("Ændret")
    own.header.name_edit.textEdited.emit("Ændret")
    message_boxes.answer("Keep editing")
    page.library.select_recipe(unchecked.kale_pie)
    assert message_boxes[-1].title == "Unsaved changes"
    assert own.header.name_edit.text() == "Ændret"
    message_boxes.answer("Discard changes")
    with qtbot.waitSignal(page.recipe_opened):
        page.library.select_recipe(unchecked.kale_pie)
    assert own.detail.id == unchecked.kale_pie


def test_deleting_a_planned_recipe_asks_and_the_plan_marks_it(qtbot, page, own, message_boxes):
    db, site = own.database, own.site_id
    monday = TODAY + timedelta(days=7 - TODAY.weekday())
    menus.set_cell(db, site, menus.day_key(monday, "dish"), own.detail.id)
    message_boxes.answer("Keep the recipe")
    page.delete_current()
    assert "still planned" in message_boxes[-1].text
    assert not recipes.get_recipe(db, own.detail.id, site).deleted
    recipe_id = own.detail.id
    message_boxes.answer("Delete anyway")
    with qtbot.waitSignal(page.library_loaded):
        page.delete_current()
    assert page.model.row_of(recipe_id) == -1
    view = menus.load_week(db, site, IsoWeek.containing(monday))
    assert [w.code for w in view.warnings if w.code == "recipe_deleted"] == ["recipe_deleted"]
