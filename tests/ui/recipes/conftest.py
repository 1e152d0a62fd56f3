"""The Recipes page on the core's test kitchen, plus an ingredient nobody has checked."""

from __future__ import annotations

import pytest

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


@pytest.fixture
def page(qtbot, context, unchecked):
    """The Recipes page of the kitchen's site with the library and its figures loaded."""
    context.set_workspace(workspace_of(unchecked.db))
    view = RecipesView(context)
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
