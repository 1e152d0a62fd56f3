"""The Recipes page on the core's test kitchen, plus an ingredient nobody has checked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QWidget

from canteen.services import recipes
from tests.canteen.menus.conftest import kitchen  # noqa: F401 - the fixture, shared with the core
from tests.factories import make_ingredient, make_recipe
from tests.ui.conftest import workspace_of
from ui.views.recipes import RecipesView


@pytest.fixture
def unchecked(kitchen):  # noqa: F811 - the imported fixture
    """An ingredient with every allergen unknown, and a central soup made of it."""
    spice = make_ingredient(kitchen.db, name="Krydderiblanding")
    soup = make_recipe(
        kitchen.db,
        [(spice, 10, "g"), (kitchen.kale, 1, "kg")],
        name="Grønkålssuppe",
        category="soup",
    )
    kitchen.spice, kitchen.soup = spice, soup
    return kitchen


# The page's clock in these tests: a Wednesday.
TODAY = date(2026, 11, 25)


@pytest.fixture
def page(qtbot, context, unchecked):
    """The Recipes page of the kitchen's site with the library and its figures loaded."""
    context.set_workspace(workspace_of(unchecked.db))
    view = RecipesView(context, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    with qtbot.waitSignals([view.library_loaded, view.figures_loaded], timeout=10_000):
        view.set_site(unchecked.site)
    return view


def open_recipe(qtbot, view, recipe_id: str):
    """Select a recipe in the library and wait until the editor shows it."""
    with qtbot.waitSignal(view.recipe_opened, timeout=10_000):
        assert view.library.select_recipe(recipe_id)
    return view.editor


def names(view) -> list[str]:
    """The recipe names the library shows, in order."""
    proxy = view.library.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


PORK, FLOUR, EGG = 0, 1, 2


@pytest.fixture
def own(qtbot, page, unchecked):
    """The editor showing the canteen's own copy of the meatballs (1 kg pork, 100 g flour, 2 eggs)."""
    copy = recipes.copy_to_site(unchecked.db, unchecked.meatballs, unchecked.site)
    with qtbot.waitSignal(page.library_loaded):
        page.refresh()
    return open_recipe(qtbot, page, copy.id)


def type_into(qtbot, editor, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a user would (F2), replace its text, press Enter."""
    table = editor.lines_table
    table.setFocus()
    table.setCurrentIndex(editor.lines.index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() == QAbstractItemView.State.EditingState
    widget = next(
        w
        for w in table.viewport().findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox) and w.isVisible() and w.parent() is table.viewport()
    )
    line_edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    # The delegate commits and closes its editor through a queued call.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def saved_lines(editor) -> list[tuple[float, str]]:
    """(quantity, unit) of each line of the recipe the editor shows, as saved."""
    detail = recipes.get_recipe(editor.database, editor.detail.id, editor.site_id)
    return [(x.quantity, x.unit) for x in detail.lines]
