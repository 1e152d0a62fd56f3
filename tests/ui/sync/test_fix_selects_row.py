""" "Ret…" on the Synkronisering page opens the row's page with the row selected."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from canteen.db.models import CostEntry, PurchaseOrder
from tests.factories import (
    make_district,
    make_headcount,
    make_ingredient,
    make_menu_plan,
    make_recipe,
    make_site,
    make_supplier,
)
from tests.ui.conftest import TODAY, open_in

LONG_AGO = date(2025, 11, 12)  # a Wednesday weeks before TODAY: the page must go there


@pytest.fixture
def canteen(db):
    """A canteen whose file holds nothing waiting yet (its own row is master data)."""
    site = make_site(db, make_district(db, name="Fyns Politi"), name="Odense Politistation")
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM _sync_outbox"))
    return site


def refuse(db, table: str, row_id: str, reason: str = "invalid_row") -> None:
    """Mark a captured change refused, as a push answer does."""
    with db.engine.begin() as connection:
        changed = connection.execute(
            text(
                """UPDATE _sync_outbox SET state = 'rejected', last_error = :w
                   WHERE table_name = :t AND row_id = :r"""
            ),
            {"w": reason, "t": table, "r": row_id},
        ).rowcount
    assert changed, f"no captured change of {table} {row_id}"


def click_fix(qtbot, window, table: str, row_id: str):
    """Click the refused change's row in the list, then "Ret…"; returns the sync page."""
    page = window.show_area("sync")
    page.refresh()
    rows = page.rejected_model.rows()
    row = next(i for i, c in enumerate(rows) if (c.table, c.row_id) == (table, row_id))
    table_view = page.rejected_table
    cell = table_view.visualRect(page.rejected_model.index(row, 0)).center()
    qtbot.mouseClick(table_view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert page.selected_change().row_id == row_id
    qtbot.mouseClick(page.fix_button, Qt.MouseButton.LeftButton)
    return page


def test_fix_on_a_recipe_line_selects_its_recipe_in_the_library(
    qtbot, window, db, canteen, message_boxes
):
    ingredient = make_ingredient(db, name="Gulerødder")
    make_recipe(db, site_id=canteen, name="Frikadeller")
    recipe = make_recipe(db, [(ingredient, 2.0, "kg")], site_id=canteen, name="Gulerodssuppe")
    with db.engine.connect() as connection:
        line = connection.execute(
            text("SELECT id FROM recipe_line WHERE recipe_id = :r"), {"r": recipe}
        ).scalar_one()
    refuse(db, "recipe_line", line)
    open_in(qtbot, window, db)
    recipes = window.show_area("recipes")
    with qtbot.waitSignal(recipes.recipe_opened, timeout=10_000) as opened:
        click_fix(qtbot, window, "recipe_line", line)
    assert window.current_area() == "recipes"
    assert opened.args[0].id == recipe
    assert recipes.library.selected_id() == recipe
    assert message_boxes[-1].informative.startswith("The row is selected")


def test_fix_on_covers_goes_to_the_week_and_selects_the_day_and_service(
    qtbot, window, db, canteen, message_boxes
):
    headcount = make_headcount(db, canteen, LONG_AGO, 64)
    refuse(db, "headcount", headcount)
    open_in(qtbot, window, db)
    covers = window.show_area("covers")
    tab = covers.covers_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10_000)
    with qtbot.waitSignal(tab.week_loaded, timeout=10_000):
        click_fix(qtbot, window, "headcount", headcount)
    assert window.current_area() == "covers"
    assert covers.tabs.currentWidget() is tab
    assert tab.model.key(tab.grid.currentIndex()) == (LONG_AGO, "lunch")
    assert tab.model.covers(LONG_AGO, "lunch") == 64


def test_fix_on_an_order_lists_every_status_and_chooses_it(
    qtbot, window, db, canteen, message_boxes
):
    supplier = make_supplier(db, name="Hørkram")
    ids = []
    with db.unit_of_work() as session:
        for number in ("B-1", "B-2", "B-3"):
            order = PurchaseOrder(
                site_id=canteen,
                supplier_id=supplier,
                order_number=number,
                order_date=TODAY,
                delivery_date=TODAY,
                status="sent" if number == "B-2" else "draft",
            )
            session.add(order)
            session.flush()
            ids.append(order.id)
    refuse(db, "purchase_order", ids[1])
    open_in(qtbot, window, db)
    ordering = window.show_area("ordering")
    orders = ordering.orders_tab
    orders.status_combo.setCurrentIndex(orders.status_combo.findData("draft"))
    with qtbot.waitSignal(orders.orders_loaded, timeout=10_000):
        click_fix(qtbot, window, "purchase_order", ids[1])
    assert ordering.tabs.currentWidget() is orders
    assert orders.status_combo.currentIndex() == 0
    assert orders.current_order().id == ids[1]
    assert orders.current_order().number == "B-2"


def test_fix_on_a_cost_entry_shows_its_month_and_selects_the_line(
    qtbot, window, db, canteen, message_boxes
):
    with db.unit_of_work() as session:
        for amount in (10_000, 25_000):
            session.add(
                CostEntry(
                    site_id=canteen,
                    day=date(2025, 10, 31),
                    period="2025-10",
                    category="other",
                    amount_ore=amount,
                )
            )
        session.flush()
    with db.engine.connect() as connection:
        entry = connection.execute(
            text("SELECT id FROM cost_entry WHERE amount_ore = 25000")
        ).scalar_one()
    refuse(db, "cost_entry", entry)
    open_in(qtbot, window, db)
    costs = window.show_area("costs")
    entries = costs.entries_tab
    click_fix(qtbot, window, "cost_entry", entry)
    assert costs.tabs.currentWidget() is entries
    qtbot.waitUntil(lambda: entries.selected_line() is not None, timeout=10_000)
    assert entries.month_edit.date().month() == 10
    assert entries.selected_line().id == entry
    assert len(entries.lines) == 2


def test_fix_on_a_planned_dish_selects_its_cell_in_the_planner(
    qtbot, window, db, canteen, message_boxes
):
    recipe = make_recipe(db, name="Boller i karry")
    make_menu_plan(db, canteen, 2025, 46, [(LONG_AGO, recipe)])
    with db.engine.connect() as connection:
        item = connection.execute(text("SELECT id FROM menu_item")).scalar_one()
    refuse(db, "menu_item", item)
    open_in(qtbot, window, db)
    menus = window.show_area("menus")
    planner = menus.planner
    click_fix(qtbot, window, "menu_item", item)

    def chosen():
        return planner.plan.cell_at(planner.grid.currentIndex())

    qtbot.waitUntil(lambda: chosen() is not None, timeout=10_000)
    assert chosen().recipe_id == recipe
    assert planner.selected_day() == LONG_AGO


def test_fix_on_a_kind_with_no_page_says_so_and_stays(qtbot, window, db, canteen, message_boxes):
    ingredient = make_ingredient(db, name="Persille")  # master data: no page edits it here
    refuse(db, "ingredient", ingredient, "not_writable")
    open_in(qtbot, window, db)
    click_fix(qtbot, window, "ingredient", ingredient)
    assert window.current_area() == "sync"
    assert message_boxes[-1].informative.startswith("This kind of data has no page of its own")


def test_fix_on_a_row_of_a_canteen_this_pc_does_not_show_says_so(
    qtbot, window, db, canteen, message_boxes
):
    elsewhere = make_site(db, make_district(db, name="Nordjyllands Politi"), name="Aalborg")
    headcount = make_headcount(db, elsewhere, LONG_AGO, 12)
    refuse(db, "headcount", headcount, "other_site")
    open_in(qtbot, window, db)
    # The user sees only their own canteen.
    window.context.set_user(window.context.user, [window.context.site()])
    click_fix(qtbot, window, "headcount", headcount)
    assert window.current_area() == "sync"
    assert window.context.site_id == canteen
    assert "does not show" in message_boxes[-1].informative
