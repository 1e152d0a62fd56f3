"""The recipe library service: filters, validated saving, central vs own, copies, soft delete."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from canteen.db.models import Ingredient, Recipe, RecipeLine
from canteen.domain.allergens import Allergen
from canteen.domain.recipe_checks import LineInput
from canteen.errors import NotFoundError, ReadOnlyError, ValidationError
from canteen.services import menus
from canteen.services.recipes import (
    RecipeDraft,
    RecipeFilters,
    copy_to_site,
    delete_recipe,
    get_recipe,
    ingredient_choices,
    list_recipes,
    load_facts,
    portion_figures_all,
    recipe_figures,
    restore_recipe,
    save_recipe,
)
from tests.factories import make_ingredient, make_product, make_recipe, make_site

FREE = {f"allergen_{a.value}": "free" for a in Allergen}
DAY = date(2026, 11, 23)


@pytest.fixture
def pantry(db):
    """A site, priced ingredients with known allergens, and a few recipes."""
    site = make_site(db)
    other = make_site(db)
    flour = make_ingredient(db, name="Hvedemel", **{**FREE, "allergen_gluten": "contains"})
    apple = make_ingredient(db, name="Æble", piece_weight_g=150, **FREE)
    cream = make_ingredient(db, name="Piskefløde", base_unit="ml", **FREE)
    egg = make_ingredient(db, name="Æg", base_unit="pcs", **{**FREE, "allergen_eggs": "contains"})
    secret = make_ingredient(db, name="Krydderiblanding")  # every allergen unknown
    for ingredient, price in ((flour, 1500), (apple, 3000), (cream, 4000), (egg, 300)):
        make_product(db, ingredient, pack_size=1000 if ingredient != egg else 10, price_ore=price)
    ids = {
        "site": site,
        "other": other,
        "flour": flour,
        "apple": apple,
        "cream": cream,
        "egg": egg,
        "secret": secret,
    }
    ids["cake"] = make_recipe(
        db,
        [(apple, 1, "kg"), (flour, 200, "g")],
        name="Æblekage",
        category="dessert",
        diet_tags="vegetarian",
    )
    ids["stew"] = make_recipe(
        db, [(apple, 2, "pcs"), (secret, 5, "g")], name="Gryde", category="main"
    )
    ids["own"] = make_recipe(db, [(egg, 6, "pcs")], name="Omelet", site_id=site, category="main")
    ids["foreign"] = make_recipe(db, [(egg, 2, "pcs")], name="Andens ret", site_id=other)
    return ids


def names(rows):
    return [r.name for r in rows]


def test_a_site_sees_central_and_its_own_recipes(db, pantry):
    rows = list_recipes(db, pantry["site"])
    assert names(rows) == ["Gryde", "Omelet", "Æblekage"]  # Danish order: æ after z
    assert [r.editable for r in rows] == [False, True, False]
    assert names(list_recipes(db, pantry["site"], RecipeFilters(origin="own"))) == ["Omelet"]
    assert names(list_recipes(db, None)) == ["Gryde", "Æblekage"]


def test_filters_by_text_category_tag_and_free_from(db, pantry):
    site = pantry["site"]
    assert names(list_recipes(db, site, RecipeFilters(text="ÆBLE"))) == ["Æblekage"]
    assert names(list_recipes(db, site, RecipeFilters(category="main"))) == ["Gryde", "Omelet"]
    assert names(list_recipes(db, site, RecipeFilters(diet_tag="Vegetarian"))) == ["Æblekage"]
    # Gryde holds an ingredient whose allergens are unknown: never listed as free from gluten.
    free = list_recipes(db, site, RecipeFilters(free_from=(Allergen.GLUTEN,)))
    assert names(free) == ["Omelet"]
    assert names(list_recipes(db, site, RecipeFilters(free_from=(Allergen.EGGS,)))) == ["Æblekage"]


def test_save_a_new_recipe_with_typed_numbers(db, pantry):
    draft = RecipeDraft(
        name=" Pandekager ",
        lines=(LineInput(pantry["flour"], "0,5", "kg"), LineInput(pantry["egg"], "4", "pcs")),
        yield_portions="8",
        diet_tags=("Vegetarian", "vegetarian", " "),
    )
    saved = save_recipe(db, pantry["site"], draft)
    again = get_recipe(db, saved.id, pantry["site"])
    assert again.name == "Pandekager"
    assert again.diet_tags == ("vegetarian",)
    assert [(x.quantity, x.unit) for x in again.lines] == [(0.5, "kg"), (4.0, "pcs")]
    assert again.editable


@pytest.mark.parametrize(
    ("lines", "yield_portions", "where"),
    [
        ((LineInput("flour", "-1", "kg"),), 4, (0, "quantity", "negative")),
        (
            (LineInput("flour", 1, "kg"), LineInput("egg", "to", "pcs")),
            4,
            (1, "quantity", "not_a_number"),
        ),
        (
            (LineInput("flour", 1, "kg"), LineInput("egg", 2, "ml")),
            4,
            (1, "unit", "unit_does_not_fit"),
        ),
        ((LineInput("flour", 1, "kg"),), 0, (None, "yield_portions", "zero")),
        ((LineInput("flour", 1, "kg"),), "2,5", (None, "yield_portions", "not_whole")),
        ((LineInput(None, 1, "kg"),), 4, (0, "ingredient", "required")),
    ],
)
def test_bad_input_names_line_and_field_and_saves_nothing(db, pantry, lines, yield_portions, where):
    lines = tuple(
        LineInput(pantry.get(x.ingredient_id, x.ingredient_id), x.quantity, x.unit) for x in lines
    )
    before = get_recipe(db, pantry["own"], pantry["site"])
    draft = RecipeDraft(name="Omelet", lines=lines, yield_portions=yield_portions, id=pantry["own"])
    with pytest.raises(ValidationError) as caught:
        save_recipe(db, pantry["site"], draft)
    data = caught.value.data
    assert (data["line"], data["field"], data["reason"]) == where
    assert {(p["line"], p["field"]) for p in data["problems"]} >= {where[:2]}
    assert get_recipe(db, pantry["own"], pantry["site"]) == before
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Recipe)) == 4


def test_central_recipes_are_read_only_at_a_site(db, pantry):
    draft = get_recipe(db, pantry["cake"], pantry["site"]).draft()
    with pytest.raises(ReadOnlyError):
        save_recipe(db, pantry["site"], draft)
    with pytest.raises(ReadOnlyError):
        delete_recipe(db, pantry["cake"], pantry["site"])


def test_copy_to_my_site_makes_an_editable_copy(db, pantry):
    copy = copy_to_site(db, pantry["cake"], pantry["site"])
    assert copy.editable
    assert copy.site_id == pantry["site"]
    assert copy.copied_from_id == pantry["cake"]
    original = get_recipe(db, pantry["cake"], pantry["site"])
    assert [(x.ingredient_id, x.quantity) for x in copy.lines] == [
        (x.ingredient_id, x.quantity) for x in original.lines
    ]
    edited = save_recipe(db, pantry["site"], replace(copy.draft(), name="Min æblekage"))
    assert edited.name == "Min æblekage"
    assert get_recipe(db, pantry["cake"], pantry["site"]).name == "Æblekage"
    central = next(r for r in list_recipes(db, pantry["site"]) if r.id == pantry["cake"])
    assert central.site_copy_id == copy.id


def test_shorter_lines_tombstone_the_rest(db, pantry):
    detail = get_recipe(db, pantry["own"], pantry["site"])
    draft = detail.draft()
    more = (*draft.lines, LineInput(pantry["flour"], 50, "g"))
    longer = save_recipe(db, pantry["site"], replace(draft, lines=more))
    assert len(longer.lines) == 2
    shorter = save_recipe(db, pantry["site"], draft)
    assert len(shorter.lines) == 1
    with db.reading() as session:
        rows = session.scalars(
            select(RecipeLine).where(RecipeLine.recipe_id == pantry["own"]),
            execution_options={"include_deleted": True},
        ).all()
    assert sorted(r.deleted_at is not None for r in rows) == [False, True]


def test_other_sites_recipes_are_not_found(db, pantry):
    with pytest.raises(NotFoundError):
        get_recipe(db, pantry["foreign"], pantry["site"])


def test_soft_delete_asks_while_planned_and_can_be_undone(db, pantry):
    site = pantry["site"]
    menus.ensure_default_lines(db, site)
    menus.set_cell(db, site, menus.day_key(DAY, "dish"), pantry["own"])
    with pytest.raises(ValidationError) as caught:
        delete_recipe(db, pantry["own"], site, today=date(2026, 11, 1))
    assert caught.value.data["reason"] == "recipe_planned"
    assert caught.value.data["days"] == ["2026-11-23"]
    deleted = delete_recipe(db, pantry["own"], site, force=True, today=date(2026, 11, 1))
    assert deleted.deleted
    assert "Omelet" not in names(list_recipes(db, site))
    assert get_recipe(db, pantry["own"], site, include_deleted=True).deleted
    restore_recipe(db, pantry["own"], site)
    assert "Omelet" in names(list_recipes(db, site))


def test_figures_for_all_recipes_match_one_at_a_time(db, pantry):
    every = portion_figures_all(db, pantry["site"], DAY)
    assert set(every) == {pantry["cake"], pantry["stew"], pantry["own"]}
    for recipe_id, figures in every.items():
        assert figures == recipe_figures(db, recipe_id, pantry["site"], DAY)
    # Æblekage for 10: 1 kg apples at 3 kr/kg + 200 g flour at 15 kr/kg.
    assert every[pantry["cake"]].cost_ore == round((3000 + 300) / 10)


def test_live_figures_follow_a_changed_allergen(db, pantry):
    book = load_facts(db, [pantry["flour"]], DAY)
    lines = (LineInput(pantry["flour"], 100, "g"),)
    assert book.figures(lines, 2).allergens.contains == (Allergen.GLUTEN,)
    with db.unit_of_work() as session:
        session.get(Ingredient, pantry["flour"]).allergen_sesame = "may_contain"
    book = load_facts(db, [pantry["flour"]], DAY)
    assert book.figures(lines, 2).allergens.may_contain == (Allergen.SESAME,)


def test_ingredient_choices_offer_the_units_that_fit(db, pantry):
    found = {c.name: c.units for c in ingredient_choices(db, "æ")}
    assert found == {"Æble": ("g", "kg", "pcs"), "Æg": ("pcs",)}
