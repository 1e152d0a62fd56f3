"""Fixtures of the Bestilling page tests: a kitchen with a planned week, and the page on it."""

from __future__ import annotations

import pytest

from canteen.db.models import MenuLine
from tests.factories import (
    make_ingredient,
    make_menu_plan,
    make_product,
    make_recipe,
    make_site,
    make_supplier,
)
from tests.ui.conftest import workspace_of
from tests.ui.ordering.helpers import FRIDAY, MONDAY
from ui.views.ordering import OrderingView


@pytest.fixture
def kitchen(db):
    """Eggs (cases of 180) and chicken (1.5 kg, by weight) planned Monday and Friday of W11."""
    site = make_site(db, usual_covers=100, name="Odense Politistation")
    supplier = make_supplier(db, name="Grossisten", delivery_weekdays="12345", min_order_ore=0)
    eggs = make_ingredient(db, name="Æg", base_unit="pcs", piece_weight_g=60.0, category="egg")
    chicken = make_ingredient(db, name="Kylling", base_unit="g", category="poultry")
    make_product(db, eggs, supplier, pack_size=180, price_ore=36000)
    make_product(db, chicken, supplier, pack_size=1500, price_ore=9000, variable_weight=True)
    dish = make_recipe(db, [(eggs, 1.2, "kg"), (chicken, 1.5, "kg")], name="Kyllingetærte")
    with db.unit_of_work() as session:
        session.add(MenuLine(site_id=site, code="dish", name="Dagens ret", service="lunch"))
    make_menu_plan(db, site, 2026, 11, [(MONDAY, dish), (FRIDAY, dish)])
    return {"site": site, "eggs": eggs}


@pytest.fixture
def page(qtbot, context, db, kitchen):
    view = OrderingView(context)
    qtbot.addWidget(view)
    context.site_changed.connect(view.set_site)
    with qtbot.waitSignal(view.orders_tab.orders_loaded, timeout=10_000):
        context.set_workspace(workspace_of(db))
    view.resize(1366, 768)
    view.show()
    return view
