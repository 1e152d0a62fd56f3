"""The Bestilling page with qtbot: suggestion and drafts, typing a receipt, the stock count."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from canteen.db.models import MenuLine, PurchaseOrder, StockCount
from canteen.services.stock_sheet import save_counts
from tests.factories import (
    make_ingredient,
    make_menu_plan,
    make_product,
    make_recipe,
    make_site,
    make_supplier,
)
from tests.ui.conftest import workspace_of
from ui.models.ordering_forms import CountModel, ReceiptModel
from ui.views.ordering import OrderingView

MONDAY, FRIDAY = date(2026, 3, 9), date(2026, 3, 13)


@pytest.fixture
def kitchen(db):
    """Eggs (cases of 180) and chicken (1.5 kg, by weight) planned Monday and Friday of W11."""
    site = make_site(db, usual_covers=100, name="Odense Politistation")
    supplier = make_supplier(db, name="Grossisten", delivery_weekdays="12345", min_order_ore=0)
    eggs = make_ingredient(db, name="Æg", base_unit="pcs", piece_weight_g=60.0, category="egg")
    chicken = make_ingredient(db, name="Kylling", base_unit="g", category="poultry")
    make_product(db, eggs, supplier, pack_size=180, price_ore=36000)
    make_product(db, chicken, supplier, pack_size=1500, price_ore=9000, variable_weight=True)
    dish = make_recipe(db, [(eggs, 1.2, "kg"), (chicken, 1.5, "kg")], name="Kyllingetærte")
    with db.unit_of_work() as session:
        session.add(MenuLine(site_id=site, code="dish", name="Dagens ret", service="lunch"))
    make_menu_plan(db, site, 2026, 11, [(MONDAY, dish), (FRIDAY, dish)])
    return {"site": site, "eggs": eggs}


@pytest.fixture
def page(qtbot, context, db, kitchen):
    view = OrderingView(context)
    qtbot.addWidget(view)
    context.site_changed.connect(view.set_site)
    with qtbot.waitSignal(view.orders_tab.orders_loaded, timeout=10_000):
        context.set_workspace(workspace_of(db))
    view.resize(1366, 768)
    view.show()
    return view


def _type(qtbot, grid, text: str) -> None:
    """Type into the current cell as a user does: the first key opens the editor, Enter saves
    (Qt commits the entry from the event loop)."""
    qtbot.keyClicks(grid, text[0])
    editor = QApplication.focusWidget()
    assert editor is not grid, "typing did not open the cell"
    qtbot.keyClicks(editor, text[1:])
    with qtbot.waitSignal(grid.model().dataChanged):
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def _suggest(qtbot, page):
    tab = page.suggestion_tab
    tab.week_edit.clear()
    qtbot.keyClicks(tab.week_edit, "2026-W11")
    with qtbot.waitSignal(tab.suggested, timeout=10_000) as shown:
        qtbot.mouseClick(tab.compute_button, Qt.MouseButton.LeftButton)
    return shown.args[0]


def test_the_suggestion_is_computed_shown_and_saved_as_drafts(qtbot, page):
    suggestion = _suggest(qtbot, page)
    tab = page.suggestion_tab
    QAbstractItemModelTester(tab.lines)
    QAbstractItemModelTester(tab.flags)
    shown = [tab.lines.data(tab.lines.index(r, 2)) for r in range(tab.lines.rowCount())]
    assert sorted(shown) == ["Kylling", "Æg"]
    assert "Kyllingetærte" in tab.explanation.text()
    assert tab.save_button.isEnabled()
    with (
        qtbot.waitSignal(page.orders_tab.orders_loaded, timeout=10_000),
        qtbot.waitSignal(tab.drafts_saved) as saved,
    ):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0] == ["2026-0001"]
    orders = page.orders_tab.orders
    QAbstractItemModelTester(orders)
    assert [o.number for o in orders.rows()] == ["2026-0001"]
    assert orders.rows()[0].total_ore == suggestion.total_ore


def test_a_receipt_keeps_a_refused_entry_undoes_typing_and_posts(qtbot, page, db):
    _suggest(qtbot, page)
    with qtbot.waitSignal(page.orders_tab.orders_loaded, timeout=10_000):
        page.suggestion_tab.save()
    with db.unit_of_work() as session:
        session.scalars(select(PurchaseOrder)).one().status = "sent"
    with qtbot.waitSignal(page.orders_tab.orders_loaded, timeout=10_000):
        page.orders_tab.reload()
    qtbot.waitUntil(page.orders_tab.receive_button.isEnabled)
    receipt = page.receipt_tab
    with qtbot.waitSignal(receipt.form_loaded, timeout=10_000):
        qtbot.mouseClick(page.orders_tab.receive_button, Qt.MouseButton.LeftButton)
    model = receipt.model
    QAbstractItemModelTester(model)
    eggs_row = next(r for r, x in enumerate(model.rows()) if x.ingredient == "Æg")
    grid = receipt.grid
    grid.setFocus()
    grid.setCurrentIndex(model.index(eggs_row, ReceiptModel.PACKS))
    _type(qtbot, grid, "tre")
    assert model.text(eggs_row, ReceiptModel.PACKS) == "tre"
    qtbot.mouseClick(receipt.post_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.refused(eggs_row, ReceiptModel.PACKS) is not None)
    assert model.text(eggs_row, ReceiptModel.PACKS) == "tre"
    assert "Æg" in receipt.problem_label.text()
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.text(eggs_row, ReceiptModel.PACKS) == "3"
    assert model.refused(eggs_row, ReceiptModel.PACKS) is None
    # One case of eggs short of three, received on the delivery day: both dishes are hit.
    receipt.day_edit.setDate(receipt.form.delivery_date)
    model.setData(model.index(eggs_row, ReceiptModel.PACKS), "1")
    with qtbot.waitSignal(receipt.receipt_posted, timeout=10_000) as posted:
        qtbot.mouseClick(receipt.post_button, Qt.MouseButton.LeftButton)
    assert [s.ingredient for s in posted.args[0].shortfalls] == ["Æg"]
    QAbstractItemModelTester(receipt.impacts)
    assert [(x.day, x.dish) for x in receipt.impacts.rows()] == [
        (MONDAY, "Kyllingetærte"),
        (FRIDAY, "Kyllingetærte"),
    ]
    assert receipt.planner_button.isEnabled()


def test_the_stock_count_is_typed_undone_and_saved(qtbot, page, db, kitchen):
    save_counts(db, kitchen["site"], date(2026, 1, 2), {kitchen["eggs"]: "100"})
    tab = page.stock_tab
    page.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.sheet_loaded, timeout=10_000):
        tab.reload()
    model = tab.model
    QAbstractItemModelTester(model)
    assert [r.name for r in model.rows()] == ["Æg"]
    tab.grid.setFocus()
    tab.grid.setCurrentIndex(model.index(0, CountModel.COUNTED))
    _type(qtbot, tab.grid, "mange")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.refused(0, CountModel.COUNTED) is not None)
    assert model.text(0, CountModel.COUNTED) == "mange"
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.text(0, CountModel.COUNTED) == ""
    model.setData(model.index(0, CountModel.COUNTED), "84")
    with qtbot.waitSignal(tab.counts_saved, timeout=10_000):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    with db.reading() as session:
        counts = session.scalars(select(StockCount).order_by(StockCount.counted_on)).all()
    assert [(c.counted_on, c.quantity) for c in counts] == [
        (date(2026, 1, 2), 100),
        (date(2026, 1, 7), 84),
    ]
