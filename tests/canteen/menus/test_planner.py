"""The week planner: loading a week, cell edits with their undo, totals, warnings, copy week."""

from __future__ import annotations

from datetime import date

import pytest

from canteen.domain.allergens import Allergen
from canteen.domain.weeks import IsoWeek
from canteen.errors import ValidationError
from canteen.services import menus
from canteen.services.recipes import delete_recipe
from tests.canteen.menus.conftest import state

W48 = IsoWeek(2026, 48)
MONDAY, TUESDAY = W48.days(2)


def key(day, line):
    return menus.day_key(day, line)


def test_an_empty_week_has_its_days_and_the_sites_lines(kitchen):
    view = menus.load_week(kitchen.db, kitchen.site, W48)
    assert [d.day for d in view.days] == W48.days(7)
    assert [x.code for x in view.lines] == ["dish", "veg", "soup", "salad", "dessert"]
    assert view.cells == ()
    assert view.totals.covers == 0
    assert view.totals.cost_per_cover_ore is None
    assert view.printed is None


def test_a_new_dish_gets_usual_covers_times_the_lines_share(kitchen):
    edit = menus.set_cell(kitchen.db, kitchen.site, key(MONDAY, "dish"), kitchen.meatballs)
    assert edit.portions_source == "usual"
    # Five lunch lines and no recorded portions per line yet: an equal share of 100 covers.
    assert edit.redo[0].value == menus.CellValue(kitchen.meatballs, 20)
    assert edit.undo[0].value is None
    cell = menus.load_week(kitchen.db, kitchen.site, W48).cell(key(MONDAY, "dish"))
    assert (cell.recipe_name, cell.planned_portions) == ("Frikadeller", 20)


def test_a_new_dish_follows_the_forecast_and_the_managers_override_wins(kitchen):
    from canteen.db.models import Forecast
    from canteen.services.covers import set_override

    with kitchen.db.unit_of_work() as session:
        session.add(
            Forecast(
                site_id=kitchen.site,
                day=MONDAY,
                made_on=date(2026, 11, 20),
                covers=250.0,
                low=220.0,
                high=280.0,
                model="profile",
            )
        )
    edit = menus.set_cell(kitchen.db, kitchen.site, key(MONDAY, "dish"), kitchen.meatballs)
    assert edit.portions_source == "forecast"
    assert edit.redo[0].value == menus.CellValue(kitchen.meatballs, 50)  # 250 / 5 lines
    set_override(kitchen.db, kitchen.site, TUESDAY, "lunch", 150)
    edit = menus.set_cell(kitchen.db, kitchen.site, key(TUESDAY, "dish"), kitchen.meatballs)
    assert edit.portions_source == "override"
    assert edit.redo[0].value == menus.CellValue(kitchen.meatballs, 30)


def test_replacing_a_dish_keeps_its_portions(kitchen):
    where = key(MONDAY, "dish")
    menus.set_cell(kitchen.db, kitchen.site, where, kitchen.meatballs, portions="35")
    edit = menus.set_cell(kitchen.db, kitchen.site, where, kitchen.pancakes)
    assert edit.portions_source == "kept"
    assert edit.undo[0].value == menus.CellValue(kitchen.meatballs, 35)
    assert state(kitchen.db, kitchen.site, MONDAY, MONDAY)[where] == (kitchen.pancakes, 35)


def test_day_and_week_totals(kitchen):
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, key(MONDAY, "dish"), kitchen.meatballs, portions=20)
    menus.set_cell(db, site, key(MONDAY, "veg"), kitchen.kale_pie, portions=20)
    menus.set_cell(db, site, key(TUESDAY, "soup"), kitchen.porridge, portions=40)
    view = menus.load_week(db, site, W48)
    monday = view.days[0].totals
    # Batches: meatballs 6160 øre per 10, kale pie 2600 øre per 10 (all organic).
    assert monday.cost_ore == 2 * 6160 + 2 * 2600
    assert monday.covers == 100
    assert monday.cost_per_cover_ore == round((2 * 6160 + 2 * 2600) / 100)
    assert monday.organic_share_kr == pytest.approx(5200 / 17520)
    # Bought kilos: meatballs 1 + 0.1 + 2×0.06 kg, kale pie 1 kg kale + 0.515 kg milk (organic).
    assert monday.organic_share_kg == pytest.approx(2 * 1.515 / (2 * 1.22 + 2 * 1.515))
    co2e = 2 * (4.0 + 0.1 * 0.8 + 0.12 * 3.0) + 2 * (0.4 + 0.515 * 1.3)
    assert monday.co2e_kg == pytest.approx(co2e)
    assert monday.co2e_per_cover_kg == pytest.approx(co2e / 100)
    assert monday.allergens.contains == (Allergen.GLUTEN, Allergen.EGGS, Allergen.MILK)
    week = view.totals
    # Porridge: 2600 øre per 20 portions, 40 planned.
    assert week.cost_ore == 17520 + 5200
    assert week.covers == 200
    assert week.cost_per_cover_ore == round(22720 / 200)
    assert week.portions == 80


def test_a_day_without_a_vegetarian_dish_is_warned(kitchen):
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, key(MONDAY, "dish"), kitchen.meatballs)
    warned = [
        w for w in menus.load_week(db, site, W48).warnings if w.code == "no_vegetarian_option"
    ]
    assert [(w.day, w.data["service"]) for w in warned] == [(MONDAY, "lunch")]
    menus.set_cell(db, site, key(MONDAY, "veg"), kitchen.kale_pie)
    codes = [w.code for w in menus.load_week(db, site, W48).warnings]
    assert "no_vegetarian_option" not in codes


def test_a_recipe_deleted_while_planned_stays_and_is_flagged(kitchen):
    db, site = kitchen.db, kitchen.site
    where = key(MONDAY, "dessert")
    menus.set_cell(db, site, where, kitchen.pancakes, portions=30)
    delete_recipe(db, kitchen.pancakes, None, force=True)
    view = menus.load_week(db, site, W48)
    cell = view.cell(where)
    assert cell.recipe_deleted
    assert cell.planned_portions == 30
    assert [(w.code, w.data) for w in view.warnings if w.key == where] == [
        ("recipe_deleted", {"dish": "Pandekager"})
    ]
    with pytest.raises(ValidationError) as caught:
        menus.set_cell(db, site, key(TUESDAY, "dessert"), kitchen.pancakes)
    assert (caught.value.data["field"], caught.value.data["reason"]) == ("recipe", "recipe_deleted")
    # Changing the portions of the planned dish still works; nothing is lost.
    menus.set_portions(db, site, where, 25)
    assert state(db, site, MONDAY, MONDAY)[where] == (kitchen.pancakes, 25)


@pytest.mark.parametrize(
    ("edit", "field", "reason"),
    [
        (
            lambda k: menus.set_cell(k.db, k.site, key(MONDAY, "nope"), k.meatballs),
            "line",
            "unknown_line",
        ),
        (
            lambda k: menus.set_cell(k.db, k.site, key(MONDAY, "dish"), "no-such-id"),
            "recipe",
            "unknown_recipe",
        ),
        (
            lambda k: menus.set_cell(k.db, k.site, key(MONDAY, "dish"), k.meatballs, portions=-3),
            "planned_portions",
            "negative",
        ),
        (
            lambda k: menus.set_cell(
                k.db, k.site, key(MONDAY, "dish"), k.meatballs, portions="tyve"
            ),
            "planned_portions",
            "not_a_number",
        ),
        (lambda k: menus.set_portions(k.db, k.site, key(MONDAY, "soup"), 10), "cell", "empty_cell"),
    ],
)
def test_bad_edits_say_where_and_change_nothing(kitchen, edit, field, reason):
    menus.set_cell(kitchen.db, kitchen.site, key(MONDAY, "dish"), kitchen.porridge, portions=12)
    before = state(kitchen.db, kitchen.site, MONDAY, MONDAY)
    with pytest.raises(ValidationError) as caught:
        edit(kitchen)
    assert (caught.value.data["field"], caught.value.data["reason"]) == (field, reason)
    assert state(kitchen.db, kitchen.site, MONDAY, MONDAY) == before


def test_move_swaps_with_the_dish_already_there_and_undoes(kitchen):
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, key(MONDAY, "dish"), kitchen.meatballs, portions=50)
    menus.set_cell(db, site, key(TUESDAY, "dish"), kitchen.pancakes, portions=40)
    before = state(db, site, MONDAY, TUESDAY)
    edit = menus.move_cell(db, site, key(MONDAY, "dish"), key(TUESDAY, "dish"))
    after = state(db, site, MONDAY, TUESDAY)
    assert after[key(TUESDAY, "dish")] == (kitchen.meatballs, 50)
    assert after[key(MONDAY, "dish")] == (kitchen.pancakes, 40)
    menus.apply_cells(db, site, edit.undo)
    assert state(db, site, MONDAY, TUESDAY) == before
    menus.apply_cells(db, site, edit.redo)
    assert state(db, site, MONDAY, TUESDAY) == after


def test_clear_then_undo_brings_the_same_dish_back(kitchen):
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, key(MONDAY, "soup"), kitchen.porridge, portions=44)
    edit = menus.clear_cell(db, site, key(MONDAY, "soup"))
    assert state(db, site, MONDAY, MONDAY) == {}
    menus.apply_cells(db, site, edit.undo)
    assert state(db, site, MONDAY, MONDAY) == {key(MONDAY, "soup"): (kitchen.porridge, 44)}


def test_copy_week_skips_holidays_and_keeps_what_is_planned(kitchen):
    db, site = kitchen.db, kitchen.site
    for day in W48.days(5):
        menus.set_cell(db, site, key(day, "dish"), kitchen.meatballs)
    christmas_week = IsoWeek(2026, 52)  # Thu 24 Dec is a customary day off, Fri 25 Dec a holiday
    tuesday = christmas_week.days(2)[1]
    menus.set_cell(db, site, key(tuesday, "dish"), kitchen.pancakes, portions=7)
    edit = menus.copy_week(db, site, W48, christmas_week)
    days = christmas_week.days(7)
    planned = state(db, site, days[0], days[-1])
    assert sorted(k.day for k in planned) == days[:3]
    assert planned[key(tuesday, "dish")] == (kitchen.pancakes, 7)
    assert {(w.code, w.day) for w in edit.skipped} == {
        ("cell_kept", tuesday),
        ("day_off", date(2026, 12, 24)),
        ("day_off", date(2026, 12, 25)),
    }
    menus.apply_cells(db, site, edit.undo)
    assert state(db, site, days[0], days[-1]) == {key(tuesday, "dish"): (kitchen.pancakes, 7)}
    menus.copy_week(db, site, W48, christmas_week, overwrite=True)
    assert state(db, site, tuesday, tuesday)[key(tuesday, "dish")][0] == kitchen.meatballs


def test_a_dish_on_a_holiday_is_warned(kitchen):
    christmas = date(2026, 12, 25)
    menus.set_cell(kitchen.db, kitchen.site, key(christmas, "dish"), kitchen.meatballs)
    view = menus.load_week(kitchen.db, kitchen.site, IsoWeek.containing(christmas))
    assert ("planned_on_day_off", christmas) in {(w.code, w.day) for w in view.warnings}
    assert view.days[4].day_off.kind == "public"


def test_a_service_without_a_vegetarian_line_is_not_asked_for_one(kitchen):
    db, site = kitchen.db, kitchen.site
    menus.save_menu_line(
        db, site, menus.MenuLineDraft("buffet", "Morgenbuffet", service="breakfast")
    )
    for day in W48.days(5):
        menus.set_cell(db, site, menus.day_key(day, "buffet", "breakfast"), kitchen.meatballs)
    codes = [w.code for w in menus.load_week(db, site, W48).warnings]
    assert "no_vegetarian_option" not in codes


def test_a_meat_dish_on_the_vegetarian_line_is_warned(kitchen):
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, key(MONDAY, "veg"), kitchen.meatballs)
    warned = [
        (w.code, w.day, w.data)
        for w in menus.load_week(db, site, W48).warnings
        if w.code == "meat_on_vegetarian_line"
    ]
    assert warned == [
        (
            "meat_on_vegetarian_line",
            MONDAY,
            {
                "dish": "Frikadeller",
                "dish_en": "Meatballs",
                "line": "Vegetarisk",
                "line_en": "Vegetarian",
            },
        )
    ]
    menus.set_cell(db, site, key(TUESDAY, "veg"), kitchen.kale_pie)
    codes = [(w.code, w.day) for w in menus.load_week(db, site, W48).warnings]
    assert ("meat_on_vegetarian_line", TUESDAY) not in codes
