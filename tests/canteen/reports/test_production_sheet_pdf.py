"""The production sheet: dishes scaled to planned portions in kitchen units, a page per day."""

from __future__ import annotations

from datetime import date

import pytest

from canteen.domain.allergens import ALL_UNKNOWN
from canteen.domain.rounding import KitchenQuantity
from canteen.domain.weeks import IsoWeek
from canteen.errors import ValidationError
from canteen.reports.labels import DANISH, ENGLISH
from canteen.reports.menu_rows import (
    ProductionDay,
    ProductionLine,
    ProductionRecipe,
    ProductionSheet,
)
from canteen.reports.production_sheet import build_production_sheet
from canteen.services import menus
from tests.canteen.reports.conftest import read_pdf

W48 = IsoWeek(2026, 48)
MONDAY, TUESDAY = W48.days(2)


@pytest.fixture
def planned(kitchen):
    """Monday: 120 meatballs (recipe for 10); Tuesday: 45 porridge (recipe for 20)."""
    menus.set_cell(
        kitchen.db, kitchen.site, menus.day_key(MONDAY, "dish"), kitchen.meatballs, portions=120
    )
    menus.set_cell(
        kitchen.db, kitchen.site, menus.day_key(TUESDAY, "soup"), kitchen.porridge, portions=45
    )
    return kitchen


def test_each_dish_is_scaled_to_its_portions(planned):
    sheet = menus.production_sheet(planned.db, planned.site, W48, printed_on=date(2026, 11, 20))
    monday, tuesday = sheet.days
    meatballs = monday.recipes[0]
    assert (meatballs.line_name, meatballs.portions, meatballs.yield_portions) == (
        "Dagens ret",
        120,
        10,
    )
    assert [(x.ingredient, x.quantity) for x in meatballs.lines] == [
        ("Hakket svinekød", KitchenQuantity(12.0, "kg")),
        ("Hvedemel", KitchenQuantity(1.2, "kg")),
        ("Æg", KitchenQuantity(24.0, "pcs")),
    ]
    assert [(x.ingredient, x.quantity) for x in tuesday.recipes[0].lines] == [
        ("Mælk", KitchenQuantity(4.5, "l")),
        ("Hvedemel", KitchenQuantity(450.0, "g")),
    ]


def test_the_sheet_prints_a_page_per_day_with_kitchen_units(planned):
    sheet = menus.production_sheet(planned.db, planned.site, W48, printed_on=date(2026, 11, 20))
    pages, (monday, tuesday) = read_pdf(build_production_sheet(sheet, DANISH))
    assert pages == 2
    for needed in (
        "Mandag 23. november 2026",
        "Dagens ret: Frikadeller",
        "120 portioner",
        "opskrift til 10 portioner",
        "×12",
        "Hakket svinekød 12 kg",
        "Hvedemel 1,2 kg",
        "Æg 24 stk.",
        "Plukliste",
        "Side 1",
    ):
        assert needed in monday, needed
    assert "Mælk 4,5 l" in tuesday
    assert "Hvedemel 450 g" in tuesday
    assert "Frikadeller" not in tuesday


def test_one_day_only(planned):
    sheet = menus.production_sheet(
        planned.db, planned.site, W48, TUESDAY, printed_on=date(2026, 11, 20)
    )
    assert [d.day for d in sheet.days] == [TUESDAY]
    with pytest.raises(ValidationError) as caught:
        menus.production_sheet(
            planned.db, planned.site, W48, date(2026, 12, 1), printed_on=date(2026, 11, 20)
        )
    assert (caught.value.data["field"], caught.value.data["reason"]) == ("day", "not_in_week")


def test_the_picking_list_sums_an_ingredient_over_the_days_dishes(planned):
    menus.set_cell(
        planned.db, planned.site, menus.day_key(MONDAY, "dessert"), planned.pancakes, portions=20
    )
    monday = menus.production_sheet(
        planned.db, planned.site, W48, MONDAY, printed_on=date(2026, 11, 20)
    ).days[0]
    picking = {x.ingredient: x.quantity for x in monday.picking}
    # Flour: 100 g × 12 for the meatballs + 500 g × 2 for the pancakes.
    assert picking["Hvedemel"] == KitchenQuantity(2.2, "kg")
    assert picking["Æg"] == KitchenQuantity(24.0 + 8.0, "pcs")


def test_a_long_recipe_repeats_its_table_header_on_the_next_page():
    lines = tuple(
        ProductionLine(f"Råvare nummer {n}", KitchenQuantity(n * 10.0, "g"), note="hakket fint")
        for n in range(1, 90)
    )
    recipe = ProductionRecipe("Buffet", "Stor buffet", 200, 10, lines, "Bland alt.", ALL_UNKNOWN)
    sheet = ProductionSheet(
        "Station", W48, (ProductionDay(MONDAY, (recipe,), ()),), date(2026, 11, 20)
    )
    pages, texts = read_pdf(build_production_sheet(sheet, DANISH))
    assert pages >= 2
    assert all("Råvare Mængde Svind Bemærkning" in text for text in texts)
    assert "Råvare nummer 89 890 g" in texts[-1]


def test_a_dish_split_across_pages_repeats_its_name_and_its_method_stays_with_it():
    lines = tuple(
        ProductionLine(f"Råvare nummer {n}", KitchenQuantity(n * 10.0, "g")) for n in range(1, 60)
    )
    small = ProductionRecipe("Suppe", "Tomatsuppe", 40, 10, lines[:3], "", ALL_UNKNOWN)
    big = ProductionRecipe(
        "Dagens ret", "Stor gryde", 200, 10, lines, "Brun kødet.\nTilsæt resten.", ALL_UNKNOWN
    )
    day = ProductionDay(MONDAY, (small, big), ())
    sheet = ProductionSheet("Station", W48, (day,), date(2026, 11, 20))
    pages, texts = read_pdf(build_production_sheet(sheet, DANISH))
    assert pages >= 2
    holding = [t for t in texts if "Råvare nummer" in t and "Tomatsuppe" not in t]
    assert holding
    assert all("Dagens ret: Stor gryde" in t for t in holding)
    assert "Fremgangsmåde: Brun kødet." in texts[-1]
    assert "Dagens ret: Stor gryde" in texts[-1]


def test_the_sheet_in_english_uses_english_labels_and_names():
    recipe = ProductionRecipe(
        "Dagens ret",
        "Frikadeller",
        20,
        10,
        (ProductionLine("Hvedemel", KitchenQuantity(1.5, "kg")),),
        "",
        ALL_UNKNOWN,
        line_name_en="Dish of the day",
        recipe_name_en="Meatballs",
    )
    sheet = ProductionSheet(
        "Station", W48, (ProductionDay(MONDAY, (recipe,), ()),), date(2026, 11, 20)
    )
    _, (text,) = read_pdf(build_production_sheet(sheet, ENGLISH))
    for needed in (
        "Monday 23 November 2026",
        "Dish of the day: Meatballs",
        "20 portions",
        "Ingredient Quantity",
        "1.5 kg",
        "Production sheet",
    ):
        assert needed in text, needed
    assert "Frikadeller" not in text
