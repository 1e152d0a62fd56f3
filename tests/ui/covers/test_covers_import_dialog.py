"""Importing a till export: mapping with a preview, the report of rows left out, remembering."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from canteen.domain.weeks import IsoWeek
from canteen.services.covers import week_grid
from ui import settings
from ui.dialogs.covers_import import MAPPING_PAGE, RESULT_PAGE, CoversImportDialog

FIRST = date.today() - timedelta(days=30)


def danish(day: date) -> str:
    return day.strftime("%d-%m-%Y")


@pytest.fixture
def export(tmp_path):
    """A till export with ';', Danish dates, and four bad rows among five good ones."""
    days = [FIRST + timedelta(days=i) for i in range(5)]
    lines = ["Salgsdato;Antal;Kasse"]
    lines += [f"{danish(day)};{100 + i};1" for i, day in enumerate(days)]
    lines += [
        f"{danish(FIRST + timedelta(days=10))};abc;1",
        f"{danish(FIRST + timedelta(days=11))};-3;1",
        "31-02-2026;40;1",
        f"{danish(date.today() + timedelta(days=40))};40;1",
    ]
    path = tmp_path / "kasse.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path, days


def covers_on(db, site, day: date) -> int | None:
    grid = week_grid(db, site, IsoWeek.containing(day))
    return next(c.covers for d in grid.days for c in d.cells if c.day == day)


@pytest.fixture
def dialog(qtbot, db, site):
    window = CoversImportDialog(db, site)
    qtbot.addWidget(window)
    window.show()
    return window


def to_mapping(qtbot, dialog, path) -> None:
    dialog.set_file(path)
    with qtbot.waitSignal(dialog.preview_updated):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == MAPPING_PAGE


def test_mapping_preview_and_report_of_rejected_rows(qtbot, dialog, export, db, site):
    path, days = export
    to_mapping(qtbot, dialog, path)
    # Guessed from the Danish headers.
    assert dialog.mapping().date == "Salgsdato"
    assert dialog.mapping().covers == "Antal"
    preview = dialog.preview_model
    problems = [preview.row_at(r).problem for r in range(preview.rowCount())]
    assert problems[:5] == [""] * 5
    assert "“abc” is not a number." in problems
    assert any("negative" in p for p in problems)
    assert any("31-02-2026" in p for p in problems)
    assert any("not come yet" in p for p in problems)
    assert "5 rows can be imported; 4 will be left out" in dialog.summary_label.text()

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    report = imported.args[0]
    assert dialog.pages.currentIndex() == RESULT_PAGE
    assert report.updated + report.inserted == 5
    assert dialog.rejected_model.rowCount() == 4
    assert [dialog.rejected_model.row_at(r).line for r in range(4)] == [7, 8, 9, 10]
    assert "4 rows were left out" in dialog.result_label.text()
    assert [covers_on(db, site, day) for day in days] == [100, 101, 102, 103, 104]


def test_the_mapping_is_remembered_for_the_next_file(qtbot, dialog, tmp_path, db, site):
    # Headers nothing would guess: the user maps them once.
    path = tmp_path / "bons.csv"
    path.write_text("Solgt;Bondato;Kasse\n55;" + danish(FIRST) + ";2\n", encoding="utf-8")
    to_mapping(qtbot, dialog, path)
    dialog.date_combo.setCurrentIndex(dialog.date_combo.findData("Bondato"))
    dialog.covers_combo.setCurrentIndex(dialog.covers_combo.findData("Solgt"))
    assert dialog.preview_model.row_at(0).covers == "55"
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert covers_on(db, site, FIRST) == 55
    stored = json.loads(settings.get(settings.COVERS_IMPORT_MAPPING))
    assert (stored["date"], stored["covers"]) == ("Bondato", "Solgt")

    again = CoversImportDialog(db, site)
    qtbot.addWidget(again)
    to_mapping(qtbot, again, path)
    assert (again.mapping().date, again.mapping().covers) == ("Bondato", "Solgt")


def test_a_missing_file_is_explained_on_the_first_page(qtbot, dialog, tmp_path):
    dialog.set_file(tmp_path / "none.csv")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0
    assert dialog.file_error_label.text() == "The file does not exist."
    assert dialog.path_edit.text().endswith("none.csv")


def test_the_same_column_for_date_and_covers_stops_the_import(qtbot, dialog, export):
    path, _days = export
    to_mapping(qtbot, dialog, path)
    with qtbot.waitSignal(dialog.preview_updated):
        dialog.covers_combo.setCurrentIndex(dialog.covers_combo.findData("Salgsdato"))
    assert not dialog.next_button.isEnabled()
    assert "different columns" in dialog.summary_label.text()
