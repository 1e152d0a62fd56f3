"""Fixtures for the desktop shell: a context on the test database and a main window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from canteen.services import workspace
from canteen.services.workspace import Workspace
from tests.factories import make_district, make_headcount, make_site
from ui import settings, workers
from ui.context import AppContext
from ui.main_window import MainWindow

# The day the pages see as today in these tests: a Wednesday, so the week has days behind it.
TODAY = date(2026, 1, 7)
MONDAY = TODAY - timedelta(days=TODAY.weekday())


def workspace_of(db, user_id: str = "") -> Workspace:
    """What opening the test database yields, without the file checks of the real opener."""
    return workspace.workspace_of(db, db.path, user_id)


@pytest.fixture(autouse=True)
def _drained(qapp):
    """Every background job has delivered its outcome before the test's fixtures close."""
    yield
    assert workers.drain(timeout_ms=20_000), "background jobs still running after the test"
    settings.flush()


@pytest.fixture
def db(db):
    """The shared test database; background jobs finish before it is closed (a job still
    reading a closed database could take the test process down)."""
    yield db
    workers.drain()


@pytest.fixture
def context(qapp) -> AppContext:
    """An app context with no database open, on the fixed day `TODAY`."""
    return AppContext(today=lambda: TODAY)


@pytest.fixture
def window(qtbot, context, db) -> MainWindow:
    """The main window, shown (depends on `db` so it closes before the database does)."""
    main_window = MainWindow(context)
    qtbot.addWidget(main_window)
    with qtbot.waitSignal(main_window.first_painted):
        main_window.show()
    yield main_window
    workers.drain()
    main_window.close()


@pytest.fixture
def two_sites(db):
    """Two sites in two districts with different covers this week (Monday: 111 and 222)."""
    first = make_site(db, make_district(db, name="Fyns Politi"), name="Odense Politistation")
    second = make_site(db, make_district(db, name="Nordjyllands Politi"), name="Aalborg Station")
    make_headcount(db, first, MONDAY, 111)
    make_headcount(db, second, MONDAY, 222)
    return first, second


def open_in(qtbot, window: MainWindow, db, user_id: str = "") -> None:
    """Put the test database into the window's context and wait until the overview shows it."""
    overview = window.show_area("overview")
    with qtbot.waitSignal(overview.overview_shown, timeout=10_000):
        window.context.set_workspace(workspace_of(db, user_id))
