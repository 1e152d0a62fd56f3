"""Printing the weekly menu: options remembered, preview and printer get the PDF's pages,
saving writes the PDF, and printing clears "the printed menu is out of date"."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog

from canteen.domain.weeks import IsoWeek
from canteen.services import menus
from tests.ui.menus.test_planner_editing import activate
from ui import settings
from ui.dialogs.pdf_pages import PdfPages
from ui.dialogs.print_menu import PrintChoice, PrintMenuDialog, build_menu_pdf

MONDAY = date(2026, 11, 23)
WEEK = IsoWeek(2026, 48)


@pytest.fixture
def planned(kitchen):
    """Monday of week 48 has a dish and a vegetarian dish."""
    menus.set_cell(kitchen.db, kitchen.site, menus.day_key(MONDAY, "dish"), kitchen.meatballs)
    menus.set_cell(kitchen.db, kitchen.site, menus.day_key(MONDAY, "veg"), kitchen.kale_pie)
    return kitchen


def save_to(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(path), ""))


def test_saving_writes_the_menu_in_the_chosen_language_and_remembers_the_choice(
    qtbot, planned, tmp_path, monkeypatch
):
    dialog = PrintMenuDialog(planned.db, planned.site, WEEK)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("both"))
    dialog.orientation_combo.setCurrentIndex(dialog.orientation_combo.findData("portrait"))
    dialog.co2e_check.setChecked(True)
    save_to(monkeypatch, tmp_path / "uge48")
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "uge48.pdf"
    text = "".join(page.extract_text() for page in PdfReader(written).pages)
    assert "Menu uge 48" in text
    assert "Menu week 48" in text
    assert "Frikadeller" in text
    assert "Kale pie" in text
    page = PdfReader(written).pages[0]
    assert page.mediabox.height > page.mediabox.width  # portrait
    assert settings.get(settings.MENU_PRINT_LANGUAGE) == "both"
    assert settings.get(settings.MENU_PRINT_ORIENTATION) == "portrait"
    assert settings.get(settings.MENU_PRINT_CO2E) is True
    again = PrintMenuDialog(planned.db, planned.site, WEEK)
    qtbot.addWidget(again)
    assert again.choice() == PrintChoice("both", "portrait", False, True)
    view = menus.load_week(planned.db, planned.site, WEEK)
    assert view.printed is not None
    assert not view.printed.out_of_date


def test_an_empty_week_is_explained_in_the_dialog(qtbot, kitchen):
    dialog = PrintMenuDialog(kitchen.db, kitchen.site, WEEK)
    qtbot.addWidget(dialog)
    dialog.start("preview")
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.status_label.text() == "Nothing is planned this week: there is no menu to print."
    assert dialog.preview is None


def test_the_preview_shows_every_page_of_the_pdf(qtbot, planned):
    dialog = PrintMenuDialog(planned.db, planned.site, WEEK)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.built, timeout=20_000) as built:
        dialog.start("preview")
    pages = len(PdfReader(io.BytesIO(built.args[0].pdf)).pages)
    preview = dialog.preview
    qtbot.waitUntil(preview.isVisible)
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == pages)
    preview.reject()
    assert menus.load_week(planned.db, planned.site, WEEK).printed is None  # only looked at


def test_the_printer_gets_each_page_painted_in_the_pdfs_orientation(qtbot, planned, tmp_path):
    built = build_menu_pdf(planned.db, planned.site, WEEK, PrintChoice(orientation="landscape"))
    pages = PdfPages(built.pdf)
    image = pages.render(0, 50)
    assert image.width() > image.height()
    inked = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert inked - {QColor("white").name()}, "the rendered page is blank"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages.set_up(printer)
    assert pages.paint(printer) == pages.page_count()
    printed = PdfReader(tmp_path / "printed.pdf").pages
    assert len(printed) == pages.page_count()
    assert printed[0].mediabox.width > printed[0].mediabox.height


def test_reprinting_from_the_planner_clears_the_out_of_date_banner(
    qtbot, planner, planned, tmp_path, monkeypatch
):
    view = menus.prepare_weekly_menu(planned.db, planned.site, WEEK, today=date(2026, 11, 20))
    menus.record_printed(planned.db, planned.site, WEEK, view.fingerprint)
    menus.set_cell(planned.db, planned.site, menus.day_key(MONDAY, "dish"), planned.pancakes)
    with qtbot.waitSignal(planner.week_loaded):
        planner.reload()
    assert planner.banner.isVisible()
    qtbot.mouseClick(planner.banner.reprint_button, Qt.MouseButton.LeftButton)
    dialog = planner.dialogs.dialog
    assert isinstance(dialog, PrintMenuDialog)
    save_to(monkeypatch, tmp_path / "igen.pdf")
    with qtbot.waitSignal(planner.week_loaded, timeout=20_000):
        dialog.start("save")
    assert planner.banner.isHidden()
    assert (tmp_path / "igen.pdf").exists()


def test_ctrl_p_opens_the_print_dialog(qtbot, planner, planned):
    activate(qtbot, planner)
    planner.grid.setFocus()
    qtbot.keyClick(planner.grid, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(planner.dialogs.dialog, PrintMenuDialog)
    assert planner.dialogs.dialog.isVisible()
    planner.dialogs.dialog.reject()
