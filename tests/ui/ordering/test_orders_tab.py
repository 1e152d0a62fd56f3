"""The Orders tab with qtbot: a draft's packs typed and undone, lines removed, status, export."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from canteen.db.models import MenuItem, PurchaseOrder, PurchaseOrderLine
from tests.ui.ordering.helpers import suggest, type_in
from ui.models.ordering_lines import OrderLinesModel

WEDNESDAY = date(2026, 3, 11)


@pytest.fixture
def draft(qtbot, page):
    """The week's suggestion saved as one draft, shown with its lines on the Orders tab."""
    suggest(qtbot, page)
    tab = page.orders_tab
    with qtbot.waitSignal(tab.checked, timeout=10_000) as checked:
        page.suggestion_tab.save()
    assert not checked.args[0].stale
    page.tabs.setCurrentWidget(tab)
    QAbstractItemModelTester(tab.lines)
    return tab


def _packs(db) -> dict[str, int]:
    with db.reading() as session:
        return {x.id: x.packs for x in session.scalars(select(PurchaseOrderLine))}


def _row_of(tab, ingredient: str) -> int:
    return next(r for r, x in enumerate(tab.lines.rows()) if x.ingredient == ingredient)


def test_packs_typed_on_a_draft_are_saved_and_undone(qtbot, draft, db):
    tab = draft
    row = _row_of(tab, "Æg")
    line_id = tab.lines.rows()[row].line_id
    before = _packs(db)[line_id]
    tab.line_table.setFocus()
    tab.line_table.setCurrentIndex(tab.lines.index(row, OrderLinesModel.PACKS))
    with qtbot.waitSignal(tab.edited, timeout=10_000):
        type_in(qtbot, tab.line_table, "7")
    assert _packs(db)[line_id] == 7
    assert tab.lines.packs_text(_row_of(tab, "Æg")) == "7"
    assert tab.orders.rows()[0].total_ore == sum(
        x.ordered_packs * x.pack_price_ore for x in tab.lines.rows()
    )
    assert "Net" in tab.totals_label.text()
    assert "25 %" in tab.totals_label.text()
    with qtbot.waitSignal(tab.edited, timeout=10_000):
        qtbot.keyClick(tab.line_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _packs(db)[line_id] == before
    with qtbot.waitSignal(tab.edited, timeout=10_000):
        tab.redo_action.trigger()
    assert _packs(db)[line_id] == 7


def test_a_refused_entry_keeps_the_typing_in_red(qtbot, draft, db):
    tab = draft
    row = _row_of(tab, "Æg")
    before = _packs(db)
    tab.line_table.setFocus()
    tab.line_table.setCurrentIndex(tab.lines.index(row, OrderLinesModel.PACKS))
    with qtbot.waitSignal(tab.refused, timeout=10_000):
        type_in(qtbot, tab.line_table, "tre")
    assert tab.lines.packs_text(row) == "tre"
    assert tab.lines.refused(row)
    assert tab.lines.data(
        tab.lines.index(row, OrderLinesModel.PACKS), Qt.ItemDataRole.ForegroundRole
    )
    assert "tre" in tab.problem_label.text()
    assert _packs(db) == before
    assert tab.undo_stack.count() == 0


def test_delete_removes_a_line_and_undo_brings_it_back(qtbot, draft, db):
    tab = draft
    row = _row_of(tab, "Kylling")
    tab.line_table.setFocus()
    tab.line_table.setCurrentIndex(tab.lines.index(row, 0))
    with qtbot.waitSignal(tab.edited, timeout=10_000):
        qtbot.keyClick(tab.line_table, Qt.Key.Key_Delete)
    assert [x.ingredient for x in tab.lines.rows()] == ["Æg"]
    assert tab.orders.rows()[0].lines == 1
    with qtbot.waitSignal(tab.edited, timeout=10_000):
        qtbot.keyClick(tab.line_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(x.ingredient for x in tab.lines.rows()) == ["Kylling", "Æg"]


def _status(db) -> str:
    with db.reading() as session:
        return session.scalars(select(PurchaseOrder.status)).one()


def test_status_buttons_follow_the_lifecycle_and_cancel_asks(qtbot, draft, db, monkeypatch):
    tab = draft
    assert tab.send_button.isEnabled()
    assert tab.cancel_button.isEnabled()
    assert not tab.confirm_button.isEnabled()
    with qtbot.waitSignal(tab.lines_loaded, timeout=10_000):
        qtbot.mouseClick(tab.send_button, Qt.MouseButton.LeftButton)
    assert _status(db) == "sent"
    assert not tab.lines.editable
    assert tab.confirm_button.isEnabled()
    assert not tab.send_button.isEnabled()
    asked = []
    monkeypatch.setattr(tab, "confirm_cancel", lambda number: asked.append(number) or False)
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    assert asked == ["2026-0001"]
    assert _status(db) == "sent"
    monkeypatch.setattr(tab, "confirm_cancel", lambda number: True)
    with qtbot.waitSignal(tab.lines_loaded, timeout=10_000):
        qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    assert _status(db) == "cancelled"
    assert not any(b.isEnabled() for b in (tab.send_button, tab.confirm_button, tab.cancel_button))


def test_export_writes_the_pdf_and_words_a_missing_gln(qtbot, draft, tmp_path, monkeypatch):
    tab = draft
    path = tmp_path / "ordre"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    with qtbot.waitSignal(tab.exported, timeout=10_000) as written:
        qtbot.mouseClick(tab.export_buttons["pdf"], Qt.MouseButton.LeftButton)
    assert written.args[0].endswith("ordre.pdf")
    text = "".join(p.extract_text() for p in PdfReader(written.args[0]).pages)
    assert "2026-0001" in text
    assert "Kylling" in text
    qtbot.mouseClick(tab.export_buttons["oioubl"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "GLN" in tab.problem_label.text(), timeout=10_000)
    assert not (tmp_path / "ordre.xml").exists()


def test_a_menu_change_shows_the_notice_and_recalculates_as_one_undo_step(qtbot, draft, db):
    tab = draft
    assert tab.stale_banner.isHidden()
    before = _packs(db)
    with db.unit_of_work() as session:
        monday = session.scalars(select(MenuItem)).first()
        session.add(
            MenuItem(
                site_id=monday.site_id,
                menu_plan_id=monday.menu_plan_id,
                day=WEDNESDAY,
                menu_line_id=monday.menu_line_id,
                position=3,
                recipe_id=monday.recipe_id,
            )  # fmt: skip
        )
    with qtbot.waitSignal(tab.checked, timeout=10_000) as checked:
        tab.reload()
    assert checked.args[0].stale
    assert not tab.stale_banner.isHidden()
    assert "2026-W11" in tab.stale_banner.label.text()
    with (
        qtbot.waitSignal(tab.edited, timeout=10_000),
        qtbot.waitSignal(tab.checked, timeout=10_000) as rechecked,
    ):
        qtbot.mouseClick(tab.stale_banner.button, Qt.MouseButton.LeftButton)
    assert not rechecked.args[0].stale
    assert tab.stale_banner.isHidden()
    after = _packs(db)
    assert sum(after.values()) > sum(before.values())
    with qtbot.waitSignal(tab.checked, timeout=10_000):
        tab.line_table.setFocus()
        qtbot.keyClick(tab.line_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _packs(db) == before
    assert not tab.stale_banner.isHidden()
