"""A planner on a small kitchen (the core's test kitchen), shown on week 48 of 2026."""

from __future__ import annotations

import pytest

from canteen.domain.weeks import IsoWeek
from tests.canteen.menus.conftest import kitchen  # noqa: F401 - the fixture, shared with the core
from tests.ui.conftest import workspace_of
from ui.views.menus import MenusView

WEEK = IsoWeek(2026, 48)  # 23–29 November 2026: no holidays


@pytest.fixture
def planner(qtbot, context, kitchen):  # noqa: F811 - the imported fixture
    """The Menus page of the kitchen's site, week 48 shown, recipes loaded."""
    context.set_workspace(workspace_of(kitchen.db))
    page = MenusView(context)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    view = page.planner
    with qtbot.waitSignals([view.week_loaded, view.library_loaded], timeout=10_000):
        page.set_site(kitchen.site)
    with qtbot.waitSignal(view.week_loaded, timeout=10_000):
        view.go_to(WEEK)
    yield view
    view.undo_stack.clear()


def cell_index(view, day_number: int, line: str, position: int = 0):
    """The grid index of a weekday (1 = Monday) and line code in the shown week."""
    model = view.plan
    for row in range(model.rowCount()):
        plan = model.plan_row(row)
        if plan.line.code == line and plan.position == position:
            return model.index(row, day_number - 1)
    raise AssertionError(f"no row for line {line} position {position}")


def dish(view, day_number: int, line: str, position: int = 0) -> str | None:
    """The dish name the grid shows in a cell, or None."""
    return cell_index(view, day_number, line, position).data()
