"""The library's search and filters; central recipes read-only with "copy to my canteen"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from canteen.domain.allergens import Allergen
from canteen.services import recipes
from canteen.services.recipes import RecipeFilters
from tests.ui.recipes.conftest import names, open_recipe
from ui.models import recipe_lines as cols


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_searching_matches_danish_and_english_names(qtbot, page):
    assert len(names(page)) == 6
    qtbot.keyClicks(page.library.search_edit, "grønkål")
    assert names(page) == ["Grønkålssalat", "Grønkålssuppe", "Grønkålstærte"]
    page.library.search_edit.setText("MEATB")
    assert names(page) == ["Frikadeller"]
    assert page.library.count_label.text() == "1 of 6 recipes"


def test_filters_by_category_diet_and_origin(page, unchecked):
    library = page.library
    choose(library.category_combo, "soup")
    assert names(page) == ["Grønkålssuppe"]
    choose(library.category_combo, None)
    choose(library.diet_combo, "vegetarian")
    assert names(page) == ["Grønkålstærte", "Pandekager", "Øllebrød"]  # Ø sorts after P
    choose(library.diet_combo, None)
    choose(library.origin_combo, "own")
    assert names(page) == []
    choose(library.origin_combo, "central")
    assert len(names(page)) == 6


def test_free_from_leaves_out_unknown_allergens(page):
    library = page.library
    library.free_from_actions[Allergen.GLUTEN].setChecked(True)
    # Flour has gluten; the soup's spice mix was never checked, so it is not "free from".
    assert names(page) == ["Grønkålssalat", "Grønkålstærte"]
    assert library.free_from_button.text() == "Free from gluten"
    library.free_from_actions[Allergen.MILK].setChecked(True)
    assert names(page) == ["Grønkålssalat"]
    # The same rule as the core's own filter.
    expected = recipes.list_recipes(
        page.context.database,
        page.site_id,
        RecipeFilters(free_from=(Allergen.GLUTEN, Allergen.MILK)),
    )
    assert names(page) == [r.name for r in expected]


def test_a_central_recipe_is_read_only_and_copy_makes_an_editable_one(qtbot, page, unchecked):
    editor = open_recipe(qtbot, page, unchecked.meatballs)
    assert editor.banner.isVisible()
    assert editor.header.name_edit.isReadOnly()
    assert not editor.save_button.isEnabled()
    quantity = editor.lines.index(0, cols.QUANTITY)
    assert not quantity.flags() & Qt.ItemFlag.ItemIsEditable
    assert not editor.lines.setData(quantity, "5")
    assert not page.delete_action.isEnabled()
    with qtbot.waitSignals([page.recipe_opened, page.library_loaded], timeout=10_000):
        qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    copy = editor.detail
    assert copy.site_id == unchecked.site
    assert copy.copied_from_id == unchecked.meatballs
    assert copy.editable
    assert not editor.banner.isVisible()
    assert editor.lines.index(0, cols.QUANTITY).flags() & Qt.ItemFlag.ItemIsEditable
    choose(page.library.origin_combo, "own")
    assert names(page) == ["Frikadeller"]
    assert page.library.selected_id() == copy.id


def test_the_cost_column_fills_in_from_the_figures(page, unchecked):
    model = page.model
    row = model.row_of(unchecked.meatballs)
    assert model.index(row, 5).data() == "DKK 6.16"
    assert model.index(row, 7).data() == "1, 3"  # gluten and eggs
