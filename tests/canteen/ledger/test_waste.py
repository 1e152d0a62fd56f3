"""Production waste per line per cover, and the smaller portion count it suggests."""

from __future__ import annotations

from datetime import date

from canteen.services.waste import line_waste, suggested_portions
from tests.canteen.ledger.history import leaving_food
from tests.canteen.menus.conftest import kitchen  # noqa: F401 - the fixture

MONDAY = date(2026, 11, 23)


def test_waste_per_cover_counts_production_waste_of_the_line_only(kitchen):  # noqa: F811
    leaving_food(kitchen.db, kitchen.site, kitchen.meatballs)
    waste = line_waste(kitchen.db, kitchen.site, "dish", MONDAY)
    assert (waste.days, waste.waste_g, waste.covers) == (4, 9_900.0, 400)
    assert waste.grams_per_cover == 24.75
    assert line_waste(kitchen.db, kitchen.site, "veg", MONDAY).grams_per_cover is None


def test_the_suggestion_is_the_busiest_day_s_need_and_ends_once_applied(kitchen):  # noqa: F811
    leaving_food(kitchen.db, kitchen.site, kitchen.meatballs)
    waste = line_waste(kitchen.db, kitchen.site, "dish", MONDAY)
    # Eaten: 120 - 20, 120 - 16, 120 - 20, 120 - 10 portions: the busiest day needed 110.
    assert suggested_portions(kitchen.db, kitchen.meatballs, 120, waste) == 110
    assert suggested_portions(kitchen.db, kitchen.meatballs, 110, waste) is None


def test_no_suggestion_from_too_few_days_or_without_a_portion_weight(kitchen):  # noqa: F811
    leaving_food(kitchen.db, kitchen.site, kitchen.meatballs)
    old = line_waste(kitchen.db, kitchen.site, "dish", date(2026, 11, 19))  # only 3 days back
    assert old.days == 3
    assert suggested_portions(kitchen.db, kitchen.meatballs, 120, old) == 104  # 120 - 16
    two = line_waste(kitchen.db, kitchen.site, "dish", date(2026, 11, 18))
    assert suggested_portions(kitchen.db, kitchen.meatballs, 120, two) is None
    waste = line_waste(kitchen.db, kitchen.site, "dish", MONDAY)
    assert suggested_portions(kitchen.db, kitchen.kale_pie, 120, waste) is None
