"""The sync page against a real server: PostgreSQL, the server over HTTP, real SQLite files.

The fixtures are the sync tests' own (tests/canteen/sync/conftest.py), imported here.
"""

from __future__ import annotations

import pytest

from canteen.db.lifecycle import open_database
from canteen.domain.ids import new_id
from canteen.sync.server import central as central_writes
from tests.canteen.conftest import postgres_url  # noqa: F401  (fixtures used by name)
from tests.canteen.sync.conftest import (  # noqa: F401
    central,
    central_url,
    code_for,
    server,
    token_folder,
)
from tests.ui.conftest import workspace_of
from ui import workers

DISTRICT, SITE_A, SITE_B = new_id(), new_id(), new_id()


@pytest.fixture(scope="module", autouse=True)
def org(central):  # noqa: F811  (the imported fixture, by name)
    """One district with canteens A and B."""
    with central.begin() as connection:
        central_writes.write(
            connection, "district", {"id": DISTRICT, "code": "D1", "name": "Fyns Politi"}
        )
        for site, code in ((SITE_A, "A"), (SITE_B, "B")):
            central_writes.write(
                connection,
                "site",
                {
                    "id": site,
                    "district_id": DISTRICT,
                    "code": code,
                    "name": f"Kantine {code}",
                    "town": "Odense",
                    "cost_centre": "1",
                },
            )


@pytest.fixture
def fresh_file(tmp_path):
    """A new, empty canteen file, not enrolled; closed after the test."""
    opened = []

    def make(name="pc"):
        database = open_database(tmp_path / f"{name}.db", create=True)
        opened.append(database)
        return database

    yield make
    workers.drain()
    for database in opened:
        database.dispose()


def open_file(qtbot, window, database):
    """Open `database` in the window and wait for the runner's first automatic cycle, if any."""
    runner = window.sync
    window.context.set_workspace(workspace_of(database))
    if runner.status is not None and runner.status.enrolled:
        with qtbot.waitSignal(runner.cycle_finished, timeout=20_000):
            pass
    return runner
