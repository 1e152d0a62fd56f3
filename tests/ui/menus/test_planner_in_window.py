"""The planner inside the main window: it follows what happens on the Recipes page."""

from __future__ import annotations

from datetime import date

from canteen.domain.weeks import IsoWeek
from canteen.services import menus, recipes
from tests.ui.conftest import open_in
from ui.models.planner import PROBLEM_ROLE


def test_coming_back_to_the_planner_shows_a_recipe_deleted_meanwhile(qtbot, window, kitchen):
    db, site = kitchen.db, kitchen.site
    monday = date(2026, 11, 23)  # a fixed week, shown by going to it: no dependence on today
    own = recipes.copy_to_site(db, kitchen.meatballs, site)
    menus.set_cell(db, site, menus.day_key(monday, "dish"), own.id)
    open_in(qtbot, window, db)
    planner = window.show_area("menus").planner
    qtbot.waitUntil(lambda: planner.view is not None)
    planner.go_to(IsoWeek(2026, 48))
    qtbot.waitUntil(lambda: planner.view.week == IsoWeek(2026, 48) and len(planner.view.cells) == 1)
    index = planner.plan.index_of(menus.day_key(monday, "dish"))
    assert index.data(PROBLEM_ROLE) is False

    recipes_page = window.show_area("recipes")
    qtbot.waitUntil(lambda: recipes_page.model.rowCount() > 0)
    recipes.delete_recipe(db, own.id, site, force=True)
    with qtbot.waitSignal(planner.week_loaded, timeout=10_000):
        window.show_area("menus")
    index = planner.plan.index_of(menus.day_key(monday, "dish"))
    assert index.data(PROBLEM_ROLE) is True
    assert planner.library.model.row_of(own.id) == -1
