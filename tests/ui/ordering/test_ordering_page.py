"""The Bestilling page with qtbot: suggestion and drafts, typing a receipt, the stock count."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import select

from canteen.db.models import PurchaseOrder, StockCount
from canteen.services.stock_sheet import save_counts
from tests.ui.ordering.helpers import FRIDAY, MONDAY, suggest, type_in
from ui.models.ordering_forms import CountModel, ReceiptModel


def test_the_suggestion_is_computed_shown_and_saved_as_drafts(qtbot, page):
    suggestion = suggest(qtbot, page)
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
    suggest(qtbot, page)
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
    type_in(qtbot, grid, "tre")
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
    type_in(qtbot, tab.grid, "mange")
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
