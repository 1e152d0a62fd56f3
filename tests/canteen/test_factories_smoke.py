"""The test builders make rows the schema accepts."""

from __future__ import annotations

from datetime import date

from canteen.services.recipes import get_recipe, portion_figures_all
from canteen.services.sites import get_site, list_sites
from tests.factories import make_ingredient, make_product, make_recipe, make_site


def test_site_is_listed_with_its_district(db):
    site_id = make_site(db, name="Aarhus Politigård")
    rows = list_sites(db)
    assert [r.name for r in rows] == ["Aarhus Politigård"]
    assert get_site(db, site_id).district_name.startswith("Testkreds")


def test_recipe_with_priced_ingredient(db):
    flour = make_ingredient(db, name="Hvedemel")
    make_product(db, flour, pack_size=1000, price_ore=1000)  # 10 kr. a kilo
    recipe_id = make_recipe(db, [(flour, 500, "g")], name="Boller", yield_portions=10)
    recipe = get_recipe(db, recipe_id, None)
    assert (recipe.name, recipe.yield_portions) == ("Boller", 10)
    assert [(x.ingredient_name, x.quantity, x.unit) for x in recipe.lines] == [
        ("Hvedemel", 500, "g")
    ]
    figures = portion_figures_all(db, None, date(2026, 1, 5))[recipe_id]
    assert figures.batch_cost_ore == 500  # half a kilo at 10 kr.
