"""The Økonomi page with qtbot: the report off the GUI thread, drill-down, exports, cancel."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QFileDialog

from tests.canteen.costs.scenario import build
from tests.ui.conftest import workspace_of
from ui.views.costs import CostsView


@pytest.fixture
def ledger(db):
    return build(db)


@pytest.fixture
def page(qtbot, context, db, ledger):
    view = CostsView(context)
    qtbot.addWidget(view)
    context.site_changed.connect(view.set_site)
    with qtbot.waitSignal(view.report_tab.report_shown, timeout=10_000):
        context.set_workspace(workspace_of(db))
    view.resize(1366, 768)
    view.show()
    return view


def _ask(qtbot, tab, level: int, first=(2026, 1), last=(2026, 3)):
    """Choose a level and January–March by keyboard and mouse, then press Show."""
    tab.level_combo.setFocus()
    tab.level_combo.setCurrentIndex(level)
    tab.from_edit.setDate(QDate(*first, 1))
    tab.to_edit.setDate(QDate(*last, 1))
    with qtbot.waitSignal(tab.report_shown, timeout=10_000) as shown:
        qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    return shown.args[0]


def _names(tab) -> list[str]:
    model = tab.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _open(qtbot, tab, row: int) -> None:
    """Enter on a row drills into it, as a double-click does."""
    tab.table.setCurrentIndex(tab.table.model().index(row, 0))
    with qtbot.waitSignal(tab.table_changed):
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)


def test_the_first_table_is_the_site_s_district_and_the_models_pass_the_tester(page):
    tab = page.report_tab
    assert tab.level_combo.currentData() == "district"
    assert _names(tab)[-1] == "Total"
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(tab.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_drill_down_district_site_month_entries_and_back(qtbot, page):
    tab = page.report_tab
    _ask(qtbot, tab, 0)
    assert _names(tab) == ["K1 Kreds Et", "K2 Kreds To", "Total"]
    covers = tab.table.model().index(2, 1).data()
    assert covers == "150"
    _open(qtbot, tab, 0)
    assert _names(tab) == ["A-01 Alfa", "B-01 Beta", "Total"]
    _open(qtbot, tab, 0)
    assert _names(tab)[:3] == ["2026-01", "2026-02", "2026-03"]
    # February: labour booked, nobody ate: a dash, not a division by zero.
    assert tab.table.model().index(1, 1).data() == "0"
    assert tab.table.model().index(1, 9).data() == "–"
    assert tab.cost_chart.points == 1  # only January had covers
    _open(qtbot, tab, 0)
    entries = tab.table.model()
    QAbstractItemModelTester(entries, QAbstractItemModelTester.FailureReportingMode.Fatal)
    kinds = [entries.row_at(row).kind for row in range(entries.rowCount())]
    assert kinds.count("sale") == 2
    assert sorted(e.amount_ore for e in entries.rows() if e.category == "labour") == [
        -500_000,
        500_000,
        500_000,
    ]
    assert "A-01 Alfa" in tab.where_label.text()
    with qtbot.waitSignal(tab.table_changed):
        qtbot.mouseClick(tab.back_button, Qt.MouseButton.LeftButton)
    assert _names(tab)[0] == "2026-01"


def test_a_quarter_s_entries_hold_its_three_months(qtbot, page):
    tab = page.report_tab
    tab.grouping_combo.setCurrentIndex(tab.grouping_combo.findData("quarter"))
    _ask(qtbot, tab, 2)  # the site: A-01, the first one in the context
    assert _names(tab) == ["2026-Q1", "Total"]
    _open(qtbot, tab, 0)
    periods = {line.period for line in tab.table.model().rows()}
    assert periods == {"2026-01", "2026-02"}


@pytest.mark.parametrize("kind", ["xlsx", "csv", "pdf"])
def test_export_asks_where_and_writes_the_file(qtbot, page, tmp_path, monkeypatch, kind):
    tab = page.report_tab
    _ask(qtbot, tab, 0)
    target = tmp_path / "rapport"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    button = {"xlsx": tab.xlsx_button, "csv": tab.csv_button, "pdf": tab.pdf_button}[kind]
    with qtbot.waitSignal(tab.exported, timeout=20_000) as written:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    path = written.args[0]
    assert path.endswith(f".{kind}")
    data = Path(path).read_bytes()
    if kind == "xlsx":
        book = openpyxl.load_workbook(path)
        assert "Kantiner" in book.sheetnames
    elif kind == "csv":
        # The tests run the app in English: the 'en' dialect, the header.
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert rows[0][:4] == ["level", "district", "site", "period"]
        assert {row[0] for row in rows[1:]} == {"site", "district", "all"}
    else:
        assert data.startswith(b"%PDF")


def test_a_cancelled_report_leaves_the_table_as_it_was(qtbot, page):
    tab = page.report_tab
    before = _names(tab)
    tab.level_combo.setCurrentIndex(0)
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    assert tab.cancel_button.isEnabled()
    with qtbot.waitSignal(tab.task.cancelled, timeout=10_000):
        qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    assert _names(tab) == before
    assert not tab.cancel_button.isEnabled()


def test_a_reversed_range_is_a_sentence_not_a_traceback(qtbot, page):
    tab = page.report_tab
    tab.from_edit.setDate(QDate(2026, 3, 1))
    tab.to_edit.setDate(QDate(2026, 1, 1))
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.error_label.isVisible())
    assert tab.error_label.text()
