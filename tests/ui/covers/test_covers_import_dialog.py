"""Importing a till export: mapping with a preview, the report of rows left out, remembering."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from canteen.domain.weeks import IsoWeek
from canteen.services.covers import week_grid
from tests.ui.covers.conftest import TODAY, usual_covers
from ui import settings
from ui.dialogs.covers_import import FILE_PAGE, MAPPING_PAGE, RESULT_PAGE, CoversImportDialog

FIRST = TODAY - timedelta(days=30)  # a Monday: the site's history holds Monday to Friday


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
        f"{danish(TODAY + timedelta(days=40))};40;1",
    ]
    path = tmp_path / "kasse.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path, days


def covers_on(db, site, day: date) -> int | None:
    grid = week_grid(db, site, IsoWeek.containing(day))
    return next(c.covers for d in grid.days for c in d.cells if c.day == day)


@pytest.fixture
def dialog(qtbot, db, site):
    window = CoversImportDialog(db, site, today=TODAY)
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
    summary = dialog.summary_label.text()
    assert "5 change a recorded number (5 of them typed by hand)" in summary
    assert "4 will be left out" in summary
    old = usual_covers(FIRST)
    assert preview.row_at(0).note == f"Typed by hand: {old} → 100"
    assert dialog.replace_manual_check.isVisible()
    assert not dialog.replace_manual_check.isChecked()

    dialog.replace_manual_check.click()
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
    sunday = FIRST - timedelta(days=1)  # nothing recorded: a new day
    path.write_text("Solgt;Bondato;Kasse\n55;" + danish(sunday) + ";2\n", encoding="utf-8")
    to_mapping(qtbot, dialog, path)
    dialog.date_combo.setCurrentIndex(dialog.date_combo.findData("Bondato"))
    with qtbot.waitSignal(dialog.preview_updated):  # read again in the background
        dialog.covers_combo.setCurrentIndex(dialog.covers_combo.findData("Solgt"))
    assert dialog.preview_model.row_at(0).covers == "55"
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert covers_on(db, site, sunday) == 55
    stored = json.loads(settings.get(settings.COVERS_IMPORT_MAPPING))
    assert (stored["date"], stored["covers"]) == ("Bondato", "Solgt")

    again = CoversImportDialog(db, site, today=TODAY)
    qtbot.addWidget(again)
    to_mapping(qtbot, again, path)
    assert (again.mapping().date, again.mapping().covers) == ("Bondato", "Solgt")


def test_a_missing_file_is_explained_on_the_first_page(qtbot, dialog, tmp_path):
    dialog.set_file(tmp_path / "none.csv")
    with qtbot.waitSignal(dialog.file_read_failed):
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


def test_by_default_hand_typed_numbers_are_kept(qtbot, dialog, export, db, site):
    path, days = export
    to_mapping(qtbot, dialog, path)
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert imported.args[0].kept_manual == 5
    assert [covers_on(db, site, day) for day in days] == [usual_covers(day) for day in days]
    assert "5 numbers typed by hand kept" in dialog.result_label.text()


@pytest.mark.parametrize(
    ("data", "shown"),
    [
        (b"%PDF-1.5\n%\xe2\xe3\n", "The file is a PDF document, not a table."),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "The file is a picture (PNG), not a table."),
        (b"PK\x03\x04\x14\x00\x06\x00", "The Excel file is damaged or cut short"),
        (b"", "The file is empty."),
    ],
)
def test_an_odd_file_is_explained_without_a_crash(qtbot, dialog, tmp_path, data, shown):
    path = tmp_path / "kasse.xlsx"
    path.write_bytes(data)
    dialog.set_file(path)
    with qtbot.waitSignal(dialog.file_read_failed):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == FILE_PAGE
    assert shown in dialog.file_error_label.text()
    assert dialog.path_edit.text() == str(path)


def test_a_mac_csv_with_a_wild_figure_lists_it_as_questionable(qtbot, dialog, tmp_path, db, site):
    sunday, saturday = FIRST - timedelta(days=1), FIRST - timedelta(days=2)
    path = tmp_path / "kasse.csv"
    lines = ["Dato;Kuverter", f"{danish(saturday)};60", f"{danish(sunday)};5300"]
    path.write_bytes("\r".join(lines).encode("cp1252"))
    to_mapping(qtbot, dialog, path)
    assert "1 new days" in dialog.summary_label.text()
    assert "1 questionable" in dialog.summary_label.text()
    problems = [dialog.preview_model.row_at(r).problem for r in range(2)]
    assert problems[0] == ""
    assert problems[1].startswith("Questionable: The canteen usually has")
    dialog.include_questioned_check.click()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert (covers_on(db, site, saturday), covers_on(db, site, sunday)) == (60, 5300)


def test_an_import_is_one_undo_step_in_the_covers_grid(qtbot, page, export, db, site):
    path, days = export
    page.open_import()
    dialog = page.import_dialog
    to_mapping(qtbot, dialog, path)
    dialog.replace_manual_check.click()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert [covers_on(db, site, day) for day in days] == [100, 101, 102, 103, 104]
    tab = page.covers_tab
    assert tab.undo_stack.count() == 1
    with qtbot.waitSignal(tab.week_loaded, timeout=10_000):
        tab.undo_stack.undo()
    assert [covers_on(db, site, day) for day in days] == [usual_covers(day) for day in days]
    with qtbot.waitSignal(tab.week_loaded, timeout=10_000):
        tab.undo_stack.redo()
    assert [covers_on(db, site, day) for day in days] == [100, 101, 102, 103, 104]
    dialog.accept()
