"""A canteen with 20 weeks of lunch covers up to the day before TODAY, and the covers tab on it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from canteen.domain.weeks import IsoWeek
from tests.factories import make_headcount, make_site
from tests.ui.conftest import workspace_of

HISTORY_WEEKS = 20
TODAY = date(2026, 11, 25)  # a Wednesday: the clock every covers test runs on


def usual_covers(day: date) -> int:
    """A steady pattern: more on Mondays, fewer on Fridays, none at weekends."""
    return (130, 120, 118, 112, 90, 0, 0)[day.weekday()] + (day.toordinal() * 7) % 9


@pytest.fixture
def site(db) -> str:
    """A site serving lunch, with 20 weeks of weekday covers before today."""
    site_id = make_site(db, name="Odense Politistation", usual_covers=120)
    today = TODAY
    for back in range(1, HISTORY_WEEKS * 7 + 1):
        day = today - timedelta(days=back)
        if day.weekday() < 5:
            make_headcount(db, site_id, day, usual_covers(day))
    return site_id


@pytest.fixture
def page(qtbot, context, db, site):
    """The covers & forecast page of the site, last week's grid shown."""
    from ui.views.covers import CoversView

    context.set_workspace(workspace_of(db))
    view = CoversView(context)
    view.forecast_tab.today = lambda: TODAY  # before set_site, so its first load uses the clock
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    tab = view.covers_tab
    tab.set_clock(lambda: TODAY)
    loaded = [tab.week_loaded, view.events_tab.events_loaded, view.forecast_tab.forecast_loaded]
    with qtbot.waitSignals(loaded, timeout=10_000):
        view.set_site(site)
    with qtbot.waitSignal(tab.week_loaded, timeout=10_000):
        tab.go_to(IsoWeek.containing(TODAY).shifted(-1))
    yield view
    tab.undo_stack.clear()
