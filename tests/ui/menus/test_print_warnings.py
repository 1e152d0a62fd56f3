"""The print dialogs show the core's warnings before anything is printed."""

from __future__ import annotations

from datetime import date

import pytest

from canteen.domain.weeks import IsoWeek
from canteen.services import menus
from canteen.services.recipes import delete_recipe
from ui.dialogs.print_menu import PrintMenuDialog
from ui.dialogs.print_production import ProductionSheetDialog

MONDAY = date(2026, 11, 23)
WEEK = IsoWeek(2026, 48)


@pytest.fixture
def doubtful(kitchen):
    """Monday: meatballs on the vegetarian line, and pancakes whose recipe was deleted since."""
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, menus.day_key(MONDAY, "veg"), kitchen.meatballs)
    menus.set_cell(db, site, menus.day_key(MONDAY, "dessert"), kitchen.pancakes)
    delete_recipe(db, kitchen.pancakes, None, force=True)
    return kitchen


def test_the_menu_dialog_warns_before_printing(qtbot, doubtful):
    dialog = PrintMenuDialog(doubtful.db, doubtful.site, WEEK)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=10_000) as checked:
        dialog.show()
    assert [w.code for w in checked.args[0].warnings] == [
        "recipe_deleted",
        "meat_on_vegetarian_line",
    ]
    assert dialog.warnings_label.isVisible()
    text = dialog.warnings_label.text()
    assert "Check before printing:" in text
    assert "“Pandekager” has been deleted from the recipes" in text
    assert "“Frikadeller” is under “Vegetarisk” but is not vegetarian." in text
    assert dialog.result_ is None  # nothing built, nothing printed yet


def test_a_clean_week_shows_no_warnings(qtbot, kitchen):
    db, site = kitchen.db, kitchen.site
    menus.set_cell(db, site, menus.day_key(MONDAY, "dish"), kitchen.meatballs)
    menus.set_cell(db, site, menus.day_key(MONDAY, "veg"), kitchen.kale_pie)
    dialog = PrintMenuDialog(db, site, WEEK)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.show()
    assert not dialog.warnings_label.isVisible()


def test_the_production_sheet_dialog_warns_for_the_chosen_day_only(qtbot, doubtful):
    tuesday = date(2026, 11, 24)
    db, site = doubtful.db, doubtful.site
    menus.set_cell(db, site, menus.day_key(tuesday, "dish"), doubtful.meatballs)
    menus.set_cell(db, site, menus.day_key(tuesday, "veg"), doubtful.kale_pie)
    dialog = ProductionSheetDialog(doubtful.db, doubtful.site, WEEK, tuesday)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=10_000) as checked:
        dialog.show()
    assert checked.args[0].warnings == ()
    assert not dialog.warnings_label.isVisible()
    with qtbot.waitSignal(dialog.checked, timeout=10_000) as checked:
        dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData(MONDAY.isoformat()))
    assert "“Pandekager” has been deleted" in dialog.warnings_label.text()
