"""A small kitchen to plan with: a site with the usual lunch lines, priced ingredients, recipes."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from canteen.domain.allergens import Allergen
from canteen.services import menus
from tests.factories import make_ingredient, make_product, make_recipe, make_site

FREE = {f"allergen_{a.value}": "free" for a in Allergen}


def state(db, site_id, first, last):
    """Every live cell of a site between two days, as {key: (recipe, portions)}."""
    return {
        item.key: (item.recipe_id, item.planned_portions)
        for item in menus.planned_items(db, site_id, first, last)
    }


@pytest.fixture
def kitchen(db):
    """Site with 100 usual covers and lines dish/veg/soup/salad/dessert, plus five recipes."""
    site = make_site(db, name="Aarhus Politigård", code="AAR", usual_covers=100)
    menus.ensure_default_lines(db, site)
    pork = make_ingredient(db, name="Hakket svinekød", co2e_per_kg=4.0, organic=False, **FREE)
    flour = make_ingredient(
        db, name="Hvedemel", co2e_per_kg=0.8, **{**FREE, "allergen_gluten": "contains"}
    )
    egg = make_ingredient(
        db,
        name="Æg",
        base_unit="pcs",
        piece_weight_g=60,
        co2e_per_kg=3.0,
        **{**FREE, "allergen_eggs": "contains"},
    )
    kale = make_ingredient(db, name="Grønkål", co2e_per_kg=0.4, **FREE)
    milk = make_ingredient(
        db,
        name="Mælk",
        base_unit="ml",
        density_g_per_ml=1.03,
        co2e_per_kg=1.3,
        **{**FREE, "allergen_milk": "contains"},
    )
    make_product(db, pork, pack_size=1000, price_ore=6000)  # 6 øre/g
    make_product(db, flour, pack_size=1000, price_ore=1000)  # 1 øre/g
    make_product(db, egg, pack_size=10, price_ore=300)  # 30 øre/pcs
    make_product(db, kale, pack_size=1000, price_ore=2000, organic=True)  # 2 øre/g, organic
    make_product(db, milk, pack_size=1000, price_ore=1200, organic=True)  # 1.2 øre/ml
    recipes = {
        # 10 portions: 1 kg pork 6000 + 100 g flour 100 + 2 eggs 60 = 6160 øre.
        "meatballs": make_recipe(
            db,
            [(pork, 1, "kg"), (flour, 100, "g"), (egg, 2, "pcs")],
            name="Frikadeller",
            name_en="Meatballs",
        ),
        # 10 portions: 1 kg kale 2000 (organic) + 5 dl milk 600 (organic) = 2600 øre.
        "kale_pie": make_recipe(
            db,
            [(kale, 1, "kg"), (milk, 5, "dl")],
            name="Grønkålstærte",
            name_en="Kale pie",
            diet_tags="vegetarian",
        ),
        # 20 portions: 2 l milk 2400 + 200 g flour 200 = 2600 øre.
        "porridge": make_recipe(
            db,
            [(milk, 2, "l"), (flour, 200, "g")],
            name="Øllebrød",
            yield_portions=20,
            diet_tags="vegetarian",
        ),
        "pancakes": make_recipe(
            db,
            [(flour, 500, "g"), (egg, 4, "pcs"), (milk, 1, "l")],
            name="Pandekager",
            diet_tags="vegetarian",
        ),
        "salad": make_recipe(db, [(kale, 500, "g")], name="Grønkålssalat", diet_tags="vegan"),
    }
    return SimpleNamespace(
        db=db, site=site, pork=pork, flour=flour, egg=egg, kale=kale, milk=milk, **recipes
    )
