"""The Økonomi page's Entries tab with qtbot: typing, a refused amount, reversing, closing a month
and the import dialog on a CSV."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from canteen.services.ledger.entries import closed_months
from canteen.services.ledger.listing import ledger_lines
from tests.factories import make_district, make_site
from tests.ui.conftest import workspace_of
from ui.views.costs import CostsView


@pytest.fixture
def site(db):
    return make_site(db, make_district(db, code="K1"), code="A-01", name="Alfa")


@pytest.fixture
def page(qtbot, context, db, site):
    view = CostsView(context)
    qtbot.addWidget(view)
    context.site_changed.connect(view.set_site)
    entries = view.entries_tab
    with qtbot.waitSignal(entries.changed, timeout=10_000):
        context.set_workspace(workspace_of(db))
    view.resize(1366, 768)
    view.show()
    view.tabs.setCurrentWidget(entries)
    return view


@pytest.fixture
def tab(page):
    return page.entries_tab


def _type_entry(qtbot, tab, amount: str, text: str = "", signal=None):
    qtbot.mouseClick(tab.amount_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.amount_edit, amount)
    if text:
        qtbot.keyClicks(tab.text_edit, text)
    with qtbot.waitSignal(signal or tab.changed, timeout=10_000) as seen:
        qtbot.keyClick(tab.amount_edit, Qt.Key.Key_Return)
    return seen


def _cells(tab, column):
    return [tab.table.item(row, column).text() for row in range(tab.table.rowCount())]


def test_typing_an_entry_books_it_in_the_month(qtbot, tab, db):
    tab.category_combo.setCurrentIndex(tab.category_combo.findData("labour"))
    _type_entry(qtbot, tab, "1.234,50", "Vikar")
    assert _cells(tab, 4) == ["Vikar"]
    assert [line.amount_ore for line in ledger_lines(db, "A-01", ["2026-01"])] == [123_450]
    assert tab.amount_edit.text() == ""
    assert "2026-01" in tab.message_label.text()


def test_a_refused_amount_keeps_the_typing(qtbot, tab, db):
    seen = _type_entry(qtbot, tab, "12,5x", signal=tab.refused)
    assert "12,5x" in seen.args[0]
    assert tab.amount_edit.text() == "12,5x"
    assert ledger_lines(db, "A-01", ["2026-01"]) == []
    _type_entry(qtbot, tab, "1", signal=tab.refused)  # "12,5x1" is still no number
    tab.amount_edit.clear()
    seen = _type_entry(qtbot, tab, "0,001", signal=tab.refused)
    assert tab.amount_edit.text() == "0,001"


def test_reversing_the_selected_entry_undoes_it_once(qtbot, tab, db):
    _type_entry(qtbot, tab, "500", "Vask")
    tab.table.selectRow(0)
    assert tab.reverse_button.isEnabled()
    with qtbot.waitSignal(tab.changed, timeout=10_000):
        qtbot.mouseClick(tab.reverse_button, Qt.MouseButton.LeftButton)
    assert [line.amount_ore for line in ledger_lines(db, "A-01", ["2026-01"])] == [50_000, -50_000]
    for row in (0, 1):
        tab.table.selectRow(row)
        assert not tab.reverse_button.isEnabled()


def test_closing_a_month_asks_and_later_entries_go_to_the_next_month(
    qtbot, tab, db, site, monkeypatch
):
    answers = []

    def answer(*args, **kwargs):
        answers.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    with qtbot.waitSignal(tab.changed, timeout=10_000):
        tab.month_edit.setDate(QDate(2025, 12, 1))
    with qtbot.waitSignal(tab.changed, timeout=10_000):
        qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    assert "2025-12" in answers[0]
    assert closed_months(db, site) == ["2025-12"]
    tab.day_edit.setDate(QDate(2025, 12, 15))
    _type_entry(qtbot, tab, "100")
    assert [line.period for line in ledger_lines(db, "A-01", ["2026-01"])] == ["2026-01"]
    assert "2025-12" in tab.message_label.text()
    with qtbot.waitSignal(tab.refused, timeout=10_000) as seen:
        qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    assert seen.args[0]


def test_the_import_dialog_previews_a_csv_and_honours_all_or_nothing(qtbot, tab, db, tmp_path):
    path = tmp_path / "poster.csv"
    path.write_text(
        "Dato;Kategori;Beløb;Tekst\n"
        "05-01-2026;løn;2.500,00;Vikar\n"
        "06-01-2026;husleje;100,00;?\n"
        "07-01-2026;andet;12,50;Vask\n",
        encoding="utf-8",
    )
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog = tab.import_dialog
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("costs"))
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.load(path)
    statuses = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert statuses == ["New", "Refused", "New"]
    assert not dialog.correct_box.isVisible()  # costs have no booked days to correct
    assert dialog.table.item(1, 3).text() == "Unknown category"
    dialog.all_or_nothing_box.setChecked(True)
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert ledger_lines(db, "A-01", ["2026-01"]) == []
    dialog.all_or_nothing_box.setChecked(False)
    with qtbot.waitSignals([dialog.imported, tab.changed], timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _cells(tab, 4) == ["Vikar", "Vask"]


def test_recording_waste_and_undoing_it(qtbot, tab, db):
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("production"))
    qtbot.keyClicks(tab.kg_edit, "2,5")
    qtbot.keyClicks(tab.value_edit, "120")
    with qtbot.waitSignal(tab.changed, timeout=10_000):
        qtbot.keyClick(tab.value_edit, Qt.Key.Key_Return)
    assert [(w.weight_g, w.amount_ore) for w in ledger_lines(db, "A-01", ["2026-01"])] == [
        (2_500, 12_000)
    ]
    assert tab.kg_edit.text() == ""
    qtbot.keyClicks(tab.kg_edit, "abc")
    with qtbot.waitSignal(tab.refused, timeout=10_000):
        qtbot.mouseClick(tab.weigh_button, Qt.MouseButton.LeftButton)
    assert tab.kg_edit.text() == "abc"
    tab.table.selectRow(0)
    with qtbot.waitSignal(tab.changed, timeout=10_000):
        qtbot.mouseClick(tab.reverse_button, Qt.MouseButton.LeftButton)
    assert ledger_lines(db, "A-01", ["2026-01"]) == []
    assert tab.table.rowCount() == 0


def _type_sale(qtbot, tab, covers: str, revenue: str, signal):
    tab.covers_edit.clear()
    tab.revenue_edit.clear()
    qtbot.keyClicks(tab.covers_edit, covers)
    qtbot.keyClicks(tab.revenue_edit, revenue)
    with qtbot.waitSignal(signal, timeout=10_000) as seen:
        qtbot.keyClick(tab.revenue_edit, Qt.Key.Key_Return)
    return seen


def _sold(db, site):
    from canteen.services.costs import Selection, cost_report

    report = cost_report(db, Selection("site", site), "2026-01", "2026-01")
    figures = report.level("site")[0].figures
    return figures.covers, figures.revenue_ore


def test_a_typed_sale_counts_and_a_different_one_asks_for_a_correction(qtbot, tab, db, site):
    tab.sale_day_edit.setDate(QDate(2026, 1, 12))
    _type_sale(qtbot, tab, "85", "3.400,50", tab.changed)
    assert _sold(db, site) == (85, 340_050)
    assert tab.covers_edit.text() == ""
    seen = _type_sale(qtbot, tab, "90", "3600,00", tab.refused)
    assert "85" in seen.args[0]
    assert (tab.covers_edit.text(), tab.revenue_edit.text()) == ("90", "3600,00")
    assert tab.correct_button.isVisible()
    assert _sold(db, site) == (85, 340_050)
    with qtbot.waitSignal(tab.changed, timeout=10_000):
        qtbot.mouseClick(tab.correct_button, Qt.MouseButton.LeftButton)
    assert _sold(db, site) == (90, 360_000)
    assert not tab.correct_button.isVisible()
    assert "85" in tab.message_label.text()
    # The sale stays as booked; the correction is a reversal and a new entry beside it.
    lines = [(line.kind, line.covers) for line in ledger_lines(db, "A-01", ["2026-01"])]
    assert lines == [("sale", 85), ("sale_reversal", -85), ("sale_correction", 90)]


def test_a_till_import_corrects_a_booked_day_only_when_asked(qtbot, tab, db, site, tmp_path):
    tab.sale_day_edit.setDate(QDate(2026, 1, 12))
    _type_sale(qtbot, tab, "120", "6000", tab.changed)
    path = tmp_path / "kasse.csv"
    path.write_text("Dato;Kuverter;Omsætning\n12-01-2026;118;5.900,00\n", encoding="utf-8")
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog = tab.import_dialog
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("sales"))
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.load(path)
    assert dialog.table.item(0, 1).text() == "Refused"
    assert dialog.correct_box.isVisible()
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        # On the box itself: the widget is wider than its text.
        box = dialog.correct_box
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert dialog.table.item(0, 1).text() == "Correction"
    assert "120" in dialog.table.item(0, 2).text()
    with qtbot.waitSignals([dialog.imported, tab.changed], timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _sold(db, site) == (118, 590_000)


def test_a_refused_sale_keeps_the_typing(qtbot, tab, db, site):
    _type_sale(qtbot, tab, "8,5", "100", tab.refused)
    assert (tab.covers_edit.text(), tab.revenue_edit.text()) == ("8,5", "100")
    _type_sale(qtbot, tab, "-3", "100", tab.refused)
    assert tab.covers_edit.text() == "-3"
    assert _sold(db, site) == (0, 0)


def test_buffet_is_a_waste_kind_to_choose(tab):
    kinds = [tab.kind_combo.itemData(i) for i in range(tab.kind_combo.count())]
    assert "buffet" in kinds
    assert tab.kind_combo.itemText(kinds.index("buffet")) != "buffet"
