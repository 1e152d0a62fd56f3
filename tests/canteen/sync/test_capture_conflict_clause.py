"""Found by the sync model test: a write with its own conflict clause must still be captured.

SQLite runs a trigger's statements under the *outer* statement's conflict policy when the outer
statement has one. The capture trigger once coalesced with `INSERT OR REPLACE`, so on a row with
a pending entry an UPSERT failed and an `UPDATE OR IGNORE` was silently not captured.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from canteen.db.lifecycle import open_database
from tests.factories import make_district, make_site


@pytest.fixture
def pending(tmp_path):
    """A file with one headcount whose insert is still pending in the outbox."""
    database = open_database(tmp_path / "kantine.db", create=True)
    site = make_site(database, make_district(database))
    with database.engine.begin() as connection:
        connection.execute(
            text(
                """INSERT INTO headcount (id, site_id, day, service, covers, source, confirmed,
                       updated_at) VALUES ('h1', :s, '2026-10-05', 'lunch', 1, 'manual', 0,
                       '2026-10-05 12:00:00')"""
            ),
            {"s": site},
        )
    yield database
    database.dispose()


def entries(database) -> list[tuple]:
    with database.engine.connect() as connection:
        return [
            (r[0], json.loads(r[1]) if r[1] else None)
            for r in connection.execute(
                text("SELECT row_id, changed_cols FROM _sync_outbox WHERE table_name = 'headcount'")
            )
        ]


def test_an_upsert_of_a_row_with_a_pending_entry_is_captured(pending):
    with pending.engine.begin() as connection:
        connection.execute(
            text(
                """INSERT INTO headcount (id, site_id, day, service, covers, source, confirmed,
                       updated_at)
                   SELECT id, site_id, day, service, 2, source, confirmed, updated_at
                   FROM headcount WHERE id = 'h1'
                   ON CONFLICT (id) DO UPDATE SET covers = excluded.covers"""
            )
        )
    assert entries(pending) == [("h1", None)]


def test_an_update_or_ignore_is_captured(pending):
    with pending.engine.begin() as connection:
        connection.execute(text("UPDATE headcount SET server_version = 5 WHERE id = 'h1'"))
        connection.execute(text("DELETE FROM _sync_outbox"))
        connection.execute(text("UPDATE headcount SET covers = 2 WHERE id = 'h1'"))
        connection.execute(text("UPDATE OR IGNORE headcount SET confirmed = 1 WHERE id = 'h1'"))
    [(row, changed)] = entries(pending)
    assert set(changed) == {"confirmed", "covers"}
