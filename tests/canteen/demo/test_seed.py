"""The seed files are complete and the site choice covers every police district."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from canteen.demo.catalogue import gs1_check_digit
from canteen.demo.context import IdMaker
from canteen.demo.org import choose_sites
from canteen.demo.seed import FLESH_CATEGORIES, load_seed

CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)
CATEGORIES = FLESH_CATEGORIES | {
    "dairy",
    "egg",
    "vegetable",
    "fruit",
    "legume",
    "grain",
    "bakery",
    "oil",
    "sauce",
    "nut",
    "spice",
    "beverage",
    "other",
}


def test_ingredients_have_the_conversions_their_unit_needs():
    seed = load_seed()
    assert len(seed.ingredients) >= 250
    assert len({i.name for i in seed.ingredients}) == len(seed.ingredients)
    for ingredient in seed.ingredients:
        assert ingredient.category in CATEGORIES, ingredient.name
        assert ingredient.name_en
        if ingredient.unit == "ml":
            assert ingredient.density, ingredient.name
        if ingredient.unit == "pcs":
            assert ingredient.piece_g, ingredient.name
        assert ingredient.pack > 0
        assert ingredient.price_kr > 0
    beef = next(i for i in seed.ingredients if i.name.startswith("Hakket oksekød"))
    pork = next(i for i in seed.ingredients if i.name.startswith("Hakket svinekød"))
    assert beef.co2e > 5 * pork.co2e


def test_suppliers_have_valid_looking_cvr_and_gln():
    seed = load_seed()
    assert 5 <= len(seed.suppliers) <= 8
    kinds = {s.kind for s in seed.suppliers}
    assert {"wholesaler", "greengrocer", "dairy", "bakery", "fishmonger", "butcher"} <= kinds
    for supplier in seed.suppliers:
        assert len(supplier.cvr) == 8
        assert sum(int(d) * w for d, w in zip(supplier.cvr, CVR_WEIGHTS, strict=True)) % 11 == 0
        if supplier.gln:
            assert len(supplier.gln) == 13
            assert gs1_check_digit(supplier.gln[:-1]) == supplier.gln[-1]


def test_recipes_cover_the_menu_lines():
    seed = load_seed()
    lines = {r.line for r in seed.recipes}
    assert {
        "dagens",
        "vegetar",
        "suppe",
        "salatbar",
        "brod",
        "dessert",
        "morgenmad",
        "natmad",
    } <= lines
    assert len(seed.recipes) >= 60
    assert all(r.name_en and r.method and r.lines for r in seed.recipes)


@settings(max_examples=40, deadline=None)
@given(count=st.integers(min_value=1, max_value=300), seed=st.integers(0, 10_000))
def test_site_choice_covers_every_police_district(count, seed):
    data = load_seed()
    chosen = choose_sites(data, count, random.Random(seed))
    assert len(chosen) == count
    names = [site.name if number == 1 else f"{site.town} {number}" for _, site, number in chosen]
    assert len(set(names)) == count
    police = {d.code for d in data.districts if d.kind == "police_district"}
    covered = {district.code for district, _, _ in chosen}
    if count >= len(police):
        assert police <= covered
    else:
        assert covered <= police
    real = sum(len(d.sites) for d in data.districts)
    extras = [(district, site, number) for district, site, number in chosen if number > 1]
    assert len(extras) == max(0, count - real)
    for district, site, _ in extras:
        assert district.kind == "police_district"
        assert site in district.sites


def test_ids_are_reproducible_time_ordered_uuid7():
    epoch = datetime(2026, 3, 18, 5, tzinfo=UTC)
    maker = IdMaker(3, epoch)
    ids = [maker() for _ in range(50)]
    assert IdMaker(3, epoch)() == ids[0]
    assert ids == sorted(ids)
    assert all(uuid.UUID(i).version == 7 for i in ids)
    assert IdMaker(4, epoch)() != ids[0]
