"""Totals and warnings in words; a deleted recipe; the printed menu going out of date."""

from __future__ import annotations

from datetime import date

from canteen.domain.weeks import IsoWeek
from canteen.services import menus, recipes
from tests.ui.menus.conftest import cell_index
from ui.models import planner_totals as figures
from ui.models.planner import PROBLEM_ROLE

MONDAY, TUESDAY = date(2026, 11, 23), date(2026, 11, 24)


def texts(model) -> list[str]:
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_a_day_without_a_vegetarian_dish_is_pointed_out(qtbot, planner, kitchen):
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, menus.day_key(MONDAY, "dish"), kitchen.meatballs)
    menus.set_cell(db, site, menus.day_key(TUESDAY, "dish"), kitchen.meatballs)
    menus.set_cell(db, site, menus.day_key(TUESDAY, "veg"), kitchen.kale_pie)
    with qtbot.waitSignal(planner.week_loaded):
        planner.reload()
    totals = planner.totals
    assert totals.index(figures.VEGETARIAN, 0).data() == "Missing: lunch"
    assert totals.index(figures.VEGETARIAN, 1).data() == "Yes"
    assert totals.index(figures.VEGETARIAN, 2).data() == ""  # nothing planned
    assert any("No vegetarian option at lunch" in t for t in texts(planner.notices))
    # Monday: 20 portions of meatballs at 616 øre each over 100 covers.
    assert totals.index(figures.COST_PER_COVER, 0).data() == "1.23"
    assert totals.index(figures.COVERS, 7).data() == "200"


def test_a_recipe_deleted_while_planned_is_struck_out_and_named(qtbot, planner, kitchen):
    db, site = kitchen.db, kitchen.site
    own = recipes.copy_to_site(db, kitchen.meatballs, site)
    menus.set_cell(db, site, menus.day_key(MONDAY, "dish"), own.id)
    recipes.delete_recipe(db, own.id, site, force=True, today=MONDAY)
    with qtbot.waitSignal(planner.week_loaded):
        planner.reload()
    index = cell_index(planner, 1, "dish")
    assert index.data() == "Frikadeller"
    assert index.data(PROBLEM_ROLE) is True
    assert "deleted" in index.data(0x0003)  # tooltip
    assert any("has been deleted" in t for t in texts(planner.notices))


def test_the_printed_menu_going_out_of_date_shows_what_changed(qtbot, planner, kitchen):
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, menus.day_key(MONDAY, "dish"), kitchen.meatballs)
    menus.set_cell(db, site, menus.day_key(MONDAY, "veg"), kitchen.kale_pie)
    view = menus.prepare_weekly_menu(db, site, IsoWeek(2026, 48), today=date(2026, 11, 20))
    menus.record_printed(db, site, IsoWeek(2026, 48), view.fingerprint)
    with qtbot.waitSignal(planner.week_loaded):
        planner.reload()
    assert planner.banner.isHidden()
    assert "printed" in planner.printed_label.text().lower()
    menus.set_cell(db, site, menus.day_key(MONDAY, "dish"), kitchen.pancakes)
    menus.clear_cell(db, site, menus.day_key(MONDAY, "veg"))
    with qtbot.waitSignal(planner.week_loaded):
        planner.reload()
    assert planner.banner.isVisible()
    assert "out of date" in planner.banner.text_label.text()
    changes = texts(planner.changes)
    assert "“Frikadeller” replaced by “Pandekager”" in changes
    assert "“Grønkålstærte” removed" in changes
    assert planner.changes.index(0, 0).data() == "Mon 23/11"
