"""The recipe models pass Qt's model tester, and show what the user should see."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from canteen.domain.allergens import Allergen, AllergenProfile, AllergenStatus
from canteen.services import recipes
from canteen.services.recipes import RecipeFilters
from ui.models import recipe_lines as cols
from ui.models.allergens import STATUS_ROLE, AllergenModel, marks
from ui.models.recipe_lines import UNITS_ROLE, IngredientLinesModel, LineItem, unit_code
from ui.models.recipes import RECIPE_ID_ROLE, RecipeFilterProxy, RecipeListModel, recipe_ids


def test_the_library_model_and_its_proxy(qtmodeltester, kitchen):
    rows = recipes.list_recipes(kitchen.db, kitchen.site)
    model = RecipeListModel()
    qtmodeltester.check(model)
    model.set_rows(rows)
    qtmodeltester.check(model)
    model.set_figures(recipes.portion_figures_all(kitchen.db, kitchen.site, date(2026, 11, 23)))
    proxy = RecipeFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(0)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())][-1] == "Øllebrød"
    proxy.sort(5)  # cost per portion, as a number
    costs = [proxy.index(r, 5).data(Qt.ItemDataRole.UserRole + 1) for r in range(proxy.rowCount())]
    assert costs == sorted(costs)
    proxy.set_filters(RecipeFilters(text="pande"))
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    mime = model.mimeData([proxy.mapToSource(proxy.index(0, 0))])
    assert recipe_ids(mime) == [kitchen.pancakes]
    assert proxy.index(0, 0).data(RECIPE_ID_ROLE) == kitchen.pancakes


def test_the_lines_model_keeps_typing_and_resolves_names(qtmodeltester, kitchen):
    model = IngredientLinesModel()
    qtmodeltester.check(model)
    model.set_choices(recipes.ingredient_choices(kitchen.db))
    model.set_lines([LineItem(kitchen.pork, "Hakket svinekød", "1", "kg")])
    qtmodeltester.check(model)
    row = model.append_line()
    assert model.setData(model.index(row, cols.INGREDIENT), "  æg ")
    assert model.lines()[row].ingredient_id == kitchen.egg
    assert model.lines()[row].unit == "g"  # kept: an egg has a weight per piece
    assert "pcs" in model.index(row, cols.UNIT).data(UNITS_ROLE)
    model.set_facts(recipes.load_facts(kitchen.db, [kitchen.egg], date(2026, 1, 1)).ingredients)
    assert model.index(row, cols.UNIT).data(Qt.ItemDataRole.ToolTipRole) == "1 pcs ≈ 60 g"
    assert model.setData(model.index(row, cols.QUANTITY), " 2,5 ")
    assert model.lines()[row].quantity == "2,5"
    assert model.setData(model.index(row, cols.INGREDIENT), "Noget andet")
    assert model.lines()[row].ingredient_id is None
    assert model.index(row, cols.INGREDIENT).data() == "Noget andet"
    model.set_problems({(row, cols.INGREDIENT): "Vælg en råvare"})
    assert model.index(row, cols.INGREDIENT).data(Qt.ItemDataRole.ToolTipRole) == "Vælg en råvare"
    assert model.move_line(row, -1) == 0
    qtmodeltester.check(model)
    model.remove_line(0)
    assert [x.ingredient_id for x in model.lines()] == [kitchen.pork]
    model.set_read_only(True)
    assert not model.setData(model.index(0, cols.QUANTITY), "3")


@given(st.sampled_from(["stk", "Stk.", "STK", "pcs", "pc", "piece"]))
def test_piece_units_are_read_in_any_spelling(text):
    assert unit_code(text) == "pcs"


def test_unknown_units_stay_as_typed():
    assert unit_code(" KG ") == "kg"
    assert unit_code("spsk") == "spsk"


def test_the_allergen_model_never_shows_unknown_as_free(qtmodeltester):
    model = AllergenModel()
    qtmodeltester.check(model)
    profile = AllergenProfile.from_mapping(
        {Allergen.GLUTEN: "contains", Allergen.MILK: "may_contain", Allergen.EGGS: "free"}
    )
    model.set_profile(profile)
    qtmodeltester.check(model)
    statuses = [model.index(r, 2).data() for r in range(14)]
    assert statuses[0] == "Contains"
    assert statuses[6] == "May contain traces"
    assert statuses[2] == "Free from"
    assert statuses.count("Not known") == 11
    assert model.index(1, 2).data(STATUS_ROLE) == AllergenStatus.UNKNOWN.value
    assert marks(profile) == "1, 2?, 4?, 5?, 6?, (7), 8?, 9?, 10?, 11?, 12?, 13?, 14?"
