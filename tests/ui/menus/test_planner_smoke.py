"""First light."""

from tests.ui.menus.conftest import dish


def test_planner_opens_on_the_week(planner):
    assert str(planner.view.week) == "2026-W48"
    assert dish(planner, 1, "dish") is None
