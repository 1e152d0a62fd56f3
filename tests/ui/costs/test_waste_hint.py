"""The planner's cell panel shows a line's recent waste and offers fewer portions, undoably."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from canteen.services import menus
from tests.canteen.ledger.history import leaving_food
from tests.canteen.menus.conftest import kitchen, state  # noqa: F401 - the fixture
from tests.ui.menus.conftest import cell_index, planner  # noqa: F401 - the fixture

MONDAY, SUNDAY = date(2026, 11, 23), date(2026, 11, 29)


def test_the_suggestion_is_applied_only_on_click_and_undone(qtbot, kitchen, planner):  # noqa: F811
    leaving_food(kitchen.db, kitchen.site, kitchen.meatballs)
    key = menus.day_key(MONDAY, "dish")
    menus.set_cell(kitchen.db, kitchen.site, key, kitchen.meatballs, portions=120)
    with qtbot.waitSignal(planner.week_loaded):
        planner.reload()
    planner.grid.setCurrentIndex(cell_index(planner, 1, "dish"))
    panel = planner.cell_panel
    assert "25 g" in panel.waste_label.text()  # 9.9 kg over 400 covers
    assert panel.suggest_button.isVisible()
    assert "110" in panel.suggest_button.text()
    assert state(kitchen.db, kitchen.site, MONDAY, SUNDAY)[key] == (kitchen.meatballs, 120)
    with qtbot.waitSignal(planner.week_loaded):
        qtbot.mouseClick(panel.suggest_button, Qt.MouseButton.LeftButton)
    assert state(kitchen.db, kitchen.site, MONDAY, SUNDAY)[key] == (kitchen.meatballs, 110)
    assert not panel.suggest_button.isVisible()
    with qtbot.waitSignal(planner.week_loaded):
        planner.undo_stack.undo()
    assert state(kitchen.db, kitchen.site, MONDAY, SUNDAY)[key] == (kitchen.meatballs, 120)
    assert panel.suggest_button.isVisible()


def test_a_line_without_weighings_says_so_and_suggests_nothing(qtbot, kitchen, planner):  # noqa: F811
    key = menus.day_key(MONDAY, "veg")
    menus.set_cell(kitchen.db, kitchen.site, key, kitchen.kale_pie, portions=30)
    with qtbot.waitSignal(planner.week_loaded):
        planner.reload()
    planner.grid.setCurrentIndex(cell_index(planner, 1, "veg"))
    assert planner.cell_panel.waste_label.text() == "Not weighed lately"
    assert not planner.cell_panel.suggest_button.isVisible()
