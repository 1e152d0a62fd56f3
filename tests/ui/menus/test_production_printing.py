"""The production sheet from the planner: built in the background, for the week or one day."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from canteen.reports.labels import DANISH
from canteen.reports.production_sheet import quantity_text
from canteen.services import menus
from tests.ui.menus.test_printing import MONDAY, WEEK, save_to
from ui.dialogs.print_production import ProductionSheetDialog

TUESDAY = MONDAY + timedelta(days=1)


@pytest.fixture
def planned(kitchen):
    """45 portions of meatballs (a recipe for 10) on Monday, kale pie on Tuesday."""
    key = menus.day_key(MONDAY, "dish")
    menus.set_cell(kitchen.db, kitchen.site, key, kitchen.meatballs, portions=45)
    menus.set_cell(kitchen.db, kitchen.site, menus.day_key(TUESDAY, "dish"), kitchen.kale_pie)
    return kitchen


def pork_quantity(kitchen) -> str:
    """The meatballs' pork as the core scales it for Monday, written as the sheet writes it."""
    sheet = menus.production_sheet(
        kitchen.db, kitchen.site, WEEK, MONDAY, printed_on=date(2026, 11, 20)
    )
    (recipe,) = [r for d in sheet.days for r in d.recipes if r.recipe_name == "Frikadeller"]
    assert (recipe.portions, recipe.yield_portions) == (45, 10)
    pork = recipe.lines[0]
    assert pork.quantity.value == pytest.approx(4.5)  # 1 kg × 45 / 10
    assert pork.quantity.unit == "kg"
    return quantity_text(pork.quantity, DANISH)


def pdf_text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_planner_action_saves_the_selected_days_sheet(
    qtbot, planner, planned, tmp_path, monkeypatch
):
    with qtbot.waitSignal(planner.week_loaded):
        planner.reload()
    planner.grid.setCurrentIndex(planner.plan.index_of(menus.day_key(MONDAY, "dish")))
    action = planner.actions_.production_action
    assert action.isEnabled()
    assert action in planner.toolbar.actions()
    action.trigger()
    dialog = planner.dialogs.dialog
    assert isinstance(dialog, ProductionSheetDialog)
    assert dialog.day() == MONDAY
    save_to(monkeypatch, tmp_path / "mandag")
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = pdf_text(tmp_path / "mandag.pdf")
    assert "Produktionsark" in text
    assert "Frikadeller" in text
    assert pork_quantity(planned) in text
    assert "Grønkålstærte" not in text  # Tuesday's dish is not on Monday's sheet
    dialog.reject()


def test_the_whole_week_and_its_preview(qtbot, planned):
    dialog = ProductionSheetDialog(planned.db, planned.site, WEEK)
    qtbot.addWidget(dialog)
    assert dialog.day() is None
    with qtbot.waitSignal(dialog.built, timeout=20_000) as built:
        dialog.start("preview")
    text = pdf_text(io.BytesIO(built.args[0].pdf))
    assert "Frikadeller" in text
    assert "Grønkålstærte" in text
    assert pork_quantity(planned) in text
    qtbot.waitUntil(dialog.preview.isVisible)
    dialog.preview.reject()


def test_an_empty_day_is_explained_in_the_dialog(qtbot, planned):
    dialog = ProductionSheetDialog(planned.db, planned.site, WEEK, MONDAY + timedelta(days=2))
    qtbot.addWidget(dialog)
    dialog.start("preview")
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.status_label.text() == (
        "Nothing is planned this day: there is no production sheet to print."
    )
    assert dialog.preview is None
