"""The allergen evidence chain: a printed week is flagged when what it showed has changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select

from canteen.db.models import Ingredient, MenuPlan
from canteen.domain.recipe_checks import LineInput
from canteen.domain.weeks import IsoWeek
from canteen.services import menus
from canteen.services.recipes import copy_to_site, get_recipe, save_recipe

W48 = IsoWeek(2026, 48)
MONDAY, TUESDAY = W48.days(2)


def print_week(kitchen):
    """What `canteen menu print` records: the fingerprint of the week as printed."""
    view = menus.prepare_weekly_menu(kitchen.db, kitchen.site, W48, today=date(2026, 11, 20))
    return menus.record_printed(kitchen.db, kitchen.site, W48, view.fingerprint)


def changes(kitchen):
    printed = menus.load_week(kitchen.db, kitchen.site, W48).printed
    return [(c.code, c.key, c.data) for c in printed.changes]


def test_a_freshly_printed_week_is_up_to_date(kitchen):
    menus.set_cell(kitchen.db, kitchen.site, menus.day_key(MONDAY, "dish"), kitchen.meatballs)
    print_week(kitchen)
    view = menus.load_week(kitchen.db, kitchen.site, W48)
    assert view.printed is not None
    assert not view.printed.out_of_date
    assert "printed_menu_out_of_date" not in {w.code for w in view.warnings}
    with kitchen.db.reading() as session:
        plan = session.scalar(select(MenuPlan).where(MenuPlan.site_id == kitchen.site))
    assert (plan.iso_year, plan.iso_week) == (2026, 48)
    assert plan.printed_fingerprint == view.fingerprint
    assert plan.printed_at is not None


def test_an_ingredients_allergen_change_flags_the_printed_week(kitchen):
    where = menus.day_key(MONDAY, "dish")
    menus.set_cell(kitchen.db, kitchen.site, where, kitchen.meatballs)
    print_week(kitchen)
    with kitchen.db.unit_of_work() as session:
        session.get(Ingredient, kitchen.pork).allergen_mustard = "may_contain"
    view = menus.load_week(kitchen.db, kitchen.site, W48)
    assert view.printed.out_of_date
    assert "printed_menu_out_of_date" in {w.code for w in view.warnings}
    assert changes(kitchen) == [
        (
            "dish_allergen_changed",
            where,
            {
                "dish": "Frikadeller",
                "allergen": "mustard",
                "before": "free",
                "after": "may_contain",
            },
        ),
        (
            "ingredient_allergen_changed",
            where,
            {
                "dish": "Frikadeller",
                "ingredient": "Hakket svinekød",
                "allergen": "mustard",
                "before": "free",
                "after": "may_contain",
            },
        ),
    ]
    print_week(kitchen)
    assert not menus.load_week(kitchen.db, kitchen.site, W48).printed.out_of_date


def test_a_hidden_change_behind_the_same_dish_status_is_still_listed(kitchen):
    # The meatballs already contain gluten (flour); pork turning "contains gluten" keeps the
    # dish's status but the evidence behind the printed menu changed.
    menus.set_cell(kitchen.db, kitchen.site, menus.day_key(MONDAY, "dish"), kitchen.meatballs)
    print_week(kitchen)
    with kitchen.db.unit_of_work() as session:
        session.get(Ingredient, kitchen.pork).allergen_gluten = "contains"
    assert [c[0] for c in changes(kitchen)] == ["ingredient_allergen_changed"]


def test_a_recipe_change_and_a_replaced_dish_are_listed(kitchen):
    db, site = kitchen.db, kitchen.site
    own = copy_to_site(db, kitchen.kale_pie, site)
    menus.set_cell(db, site, menus.day_key(MONDAY, "veg"), own.id)
    menus.set_cell(db, site, menus.day_key(TUESDAY, "dish"), kitchen.meatballs)
    print_week(kitchen)
    draft = get_recipe(db, own.id, site).draft()
    more = (*draft.lines, LineInput(kitchen.egg, 2, "pcs"))
    save_recipe(db, site, replace(draft, lines=more, name="Grønkålstærte med æg"))
    menus.set_cell(db, site, menus.day_key(TUESDAY, "dish"), kitchen.pancakes)
    found = {(code, key.day, tuple(sorted(data.items()))) for code, key, data in changes(kitchen)}
    assert (
        "dish_renamed",
        MONDAY,
        (("after", "Grønkålstærte med æg"), ("before", "Grønkålstærte")),
    ) in found
    assert (
        "ingredient_added",
        MONDAY,
        (("dish", "Grønkålstærte med æg"), ("ingredient", "Æg")),
    ) in found
    assert (
        "dish_allergen_changed",
        MONDAY,
        (
            ("after", "contains"),
            ("allergen", "eggs"),
            ("before", "free"),
            ("dish", "Grønkålstærte med æg"),
        ),
    ) in found
    assert ("dish_replaced", TUESDAY, (("after", "Pandekager"), ("before", "Frikadeller"))) in found


def test_removed_and_added_dishes_are_listed(kitchen):
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, menus.day_key(MONDAY, "dish"), kitchen.meatballs)
    print_week(kitchen)
    menus.clear_cell(db, site, menus.day_key(MONDAY, "dish"))
    menus.set_cell(db, site, menus.day_key(TUESDAY, "soup"), kitchen.porridge)
    assert [(c[0], c[1].day) for c in changes(kitchen)] == [
        ("dish_removed", MONDAY),
        ("dish_added", TUESDAY),
    ]


def test_an_unreadable_fingerprint_counts_as_changed(kitchen):
    menus.set_cell(kitchen.db, kitchen.site, menus.day_key(MONDAY, "dish"), kitchen.meatballs)
    menus.record_printed(kitchen.db, kitchen.site, W48, "not json")
    assert [c[0] for c in changes(kitchen)] == ["fingerprint_unreadable"]
