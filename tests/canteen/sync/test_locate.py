"""Where a refused row is shown: its site, day, service, parent and month."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from canteen.sync.locate import place_of
from tests.factories import (
    make_district,
    make_headcount,
    make_ingredient,
    make_menu_plan,
    make_recipe,
    make_site,
)

DAY = date(2025, 11, 12)


def test_a_days_row_has_its_site_day_service_and_month(db):
    site = make_site(db, make_district(db))
    place = place_of(db, "headcount", make_headcount(db, site, DAY, 40, "dinner"))
    assert (place.site_id, place.day, place.service, place.period) == (
        site,
        DAY,
        "dinner",
        "2025-11",
    )


def test_a_line_names_its_parent_and_a_dish_its_menu_line(db):
    site = make_site(db, make_district(db))
    ingredient = make_ingredient(db)
    recipe = make_recipe(db, [(ingredient, 1.0, "kg")], site_id=site)
    make_menu_plan(db, site, 2025, 46, [(DAY, recipe)])
    with db.engine.connect() as connection:
        line = connection.execute(text("SELECT id FROM recipe_line")).scalar_one()
        item = connection.execute(text("SELECT id FROM menu_item")).scalar_one()
        plan = connection.execute(text("SELECT id FROM menu_plan")).scalar_one()
    assert place_of(db, "recipe_line", line).parent_id == recipe
    dish = place_of(db, "menu_item", item)
    assert (dish.parent_id, dish.line_code, dish.day, dish.position) == (plan, "dish", DAY, 0)
    assert place_of(db, "menu_plan", plan).day == date(2025, 11, 10)  # the week's Monday
    # A table named like a parent column is not its own parent.
    assert place_of(db, "recipe", recipe).parent_id is None


def test_an_unknown_table_or_a_missing_row_has_no_place(db):
    assert place_of(db, "no_such_table", "x") is None
    assert place_of(db, "headcount", "01a0-missing") is None
