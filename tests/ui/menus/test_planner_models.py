"""The planner's table models pass Qt's model tester before and after every change of week."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from canteen.domain.calendar import day_off
from canteen.domain.weeks import IsoWeek
from canteen.services import menus
from ui.models.menu_lines import MenuLinesModel
from ui.models.planner import CELL_ROLE, KEY_ROLE, WEIGHT_ROLE, WeekPlanModel, plan_rows
from ui.models.planner_totals import Notice, NoticeModel, TotalsModel

MONDAY = date(2026, 11, 23)
WEEK = IsoWeek(2026, 48)


def test_the_week_model_has_a_row_per_line_and_dish_position(qtmodeltester, kitchen):
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, menus.day_key(MONDAY, "salad", position=1), kitchen.salad)
    menus.set_cell(db, site, menus.day_key(MONDAY, "dish"), kitchen.meatballs)
    view = menus.load_week(db, site, WEEK)
    model = WeekPlanModel()
    qtmodeltester.check(model)
    model.set_view(view)
    qtmodeltester.check(model)
    titles = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert titles == ["Dagens ret", "Vegetarisk", "Suppe", "Salatbar", "Salatbar 2", "Dessert"]
    assert model.columnCount() == 7
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Mon 23/11"
    salad = model.index(4, 0)
    assert salad.data() == "Grønkålssalat"
    assert salad.data(KEY_ROLE) == menus.day_key(MONDAY, "salad", position=1)
    assert salad.data(CELL_ROLE).recipe_id == kitchen.salad
    assert model.index(3, 0).data() is None  # position 0 of the salad bar is still free
    assert model.next_free_position(menus.day_key(MONDAY, "salad")).position == 2
    # Nothing planned on the weekend: those columns get less room.
    assert model.headerData(5, Qt.Orientation.Horizontal, WEIGHT_ROLE) < 1.0
    assert model.headerData(0, Qt.Orientation.Horizontal, WEIGHT_ROLE) == 1.0
    model.set_view(menus.load_week(db, site, WEEK.shifted(1)))
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_a_holiday_is_named_in_the_day_heading(kitchen):
    view = menus.load_week(kitchen.db, kitchen.site, IsoWeek(2026, 52))
    model = WeekPlanModel()
    model.set_view(view)
    heading = model.headerData(3, Qt.Orientation.Horizontal)
    assert heading == f"Thu 24/12\n{day_off(date(2026, 12, 24)).name}"


def test_rows_for_a_line_no_longer_in_use(kitchen):
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, menus.day_key(MONDAY, "soup"), kitchen.porridge)
    soup = next(x for x in menus.list_menu_lines(db, site) if x.code == "soup")
    menus.remove_menu_line(db, site, soup.id)
    rows = plan_rows(menus.load_week(db, site, WEEK))
    assert "soup" in [r.line.code for r in rows]


def test_the_totals_and_notice_models(qtmodeltester, kitchen):
    menus.set_cell(kitchen.db, kitchen.site, menus.day_key(MONDAY, "dish"), kitchen.meatballs)
    view = menus.load_week(kitchen.db, kitchen.site, WEEK)
    totals = TotalsModel()
    qtmodeltester.check(totals)
    totals.set_view(view)
    qtmodeltester.check(totals)
    assert totals.columnCount() == 8
    assert totals.headerData(7, Qt.Orientation.Horizontal) == "Week"
    assert totals.index(1, 0).data() == "20"  # portions on Monday
    notices = NoticeModel()
    qtmodeltester.check(notices)
    notices.set_rows([Notice("Ingen vegetar", MONDAY, serious=True), Notice("Uden dag")])
    qtmodeltester.check(notices)
    assert notices.index(0, 0).data() == "Mon 23/11"
    assert notices.index(1, 0).data() == ""
    assert notices.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_the_menu_lines_model(qtmodeltester, kitchen):
    model = MenuLinesModel()
    qtmodeltester.check(model)
    model.set_rows(menus.list_menu_lines(kitchen.db, kitchen.site))
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())][:2] == [
        "Dagens ret",
        "Vegetarisk",
    ]
    assert model.index(1, 3).data() == "Yes"
    assert model.index(0, 2).data() == "Lunch"
