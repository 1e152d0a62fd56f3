"""The sync status and its actions on a real SQLite file: rejected changes, discard, retry."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, text

from canteen.db.capture import applying_remote
from canteen.db.models import Headcount
from canteen.errors import NotFoundError
from canteen.sync import state, status
from tests.factories import make_district, make_headcount, make_site

DAY = date(2026, 3, 2)
NOON = datetime(2026, 3, 2, 12, tzinfo=UTC)


@pytest.fixture
def site(db):
    """A site (its own rows are master data: out of the outbox for these tests)."""
    site_id = make_site(db, make_district(db), name="Odense Politistation")
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM _sync_outbox"))
    return site_id


def reject(db, row_id: str, reason: str) -> None:
    """What the push does when the server refuses a row."""
    with db.engine.begin() as connection:
        connection.execute(
            text("UPDATE _sync_outbox SET state = 'rejected', last_error = :w WHERE row_id = :r"),
            {"w": reason, "r": row_id},
        )


def put(db, key: str, value: str) -> None:
    with db.engine.begin() as connection:
        state.put(connection, key, value)


def test_a_fresh_file_is_not_enrolled_and_has_nothing_waiting(db):
    found = status.read_status(db)
    assert (found.enrolled, found.pending, found.rejected, found.conflicts) == (False, 0, (), ())
    assert found.last_ok is None
    assert not found.read_only


def test_status_reads_server_scope_last_sync_skew_and_pending(db, site):
    for key, value in (
        (state.SERVER, "http://sync:8765"),
        (state.DEVICE, "dev-1"),
        (state.SCOPE, "district"),
        (state.LAST_OK, NOON.isoformat()),
        (status.CLOCK_SKEW, "-301.5"),
    ):
        put(db, key, value)
    make_headcount(db, site, DAY, 80)
    found = status.read_status(db)
    assert found.enrolled
    assert (found.server, found.scope, found.pending, found.last_ok) == (
        "http://sync:8765",
        "district",
        1,
        NOON,
    )
    assert found.read_only
    assert found.skew_warning
    put(db, status.CLOCK_SKEW, "120")
    assert not status.read_status(db).skew_warning


def test_a_rejected_change_is_listed_with_its_reason_and_what_it_is_about(db, site):
    row_id = make_headcount(db, site, DAY, 80)
    reject(db, row_id, "invalid_row")
    found = status.read_status(db)
    assert found.pending == 0
    (change,) = found.rejected
    assert (change.table, change.row_id, change.reason) == ("headcount", row_id, "invalid_row")
    assert change.description == "2026-03-02 · lunch"


def test_retry_sends_a_rejected_change_again(db, site):
    row_id = make_headcount(db, site, DAY, 80)
    reject(db, row_id, "invalid_row")
    status.retry(db, "headcount", row_id)
    found = status.read_status(db)
    assert (found.pending, found.rejected) == (1, ())
    with pytest.raises(NotFoundError):
        status.retry(db, "headcount", row_id)


def test_discarding_a_row_the_server_never_had_removes_it(db, site):
    row_id = make_headcount(db, site, DAY, 80)
    reject(db, row_id, "other_site")
    status.discard(db, "headcount", row_id)
    with db.sessions() as session:
        assert session.scalars(select(Headcount)).all() == []
    found = status.read_status(db)
    assert (found.pending, found.rejected) == (0, ())


def test_discarding_a_known_row_refetches_it_at_the_next_pull(db, site):
    row_id = make_headcount(db, site, DAY, 80)
    with db.engine.begin() as connection, applying_remote(connection):
        connection.execute(text("UPDATE headcount SET server_version = 40"))
        connection.execute(text("DELETE FROM _sync_outbox"))
        state.put(connection, state.CURSOR, "90")
    with db.sessions.begin() as session:
        session.get(Headcount, row_id).covers = 9999
    reject(db, row_id, "invalid_row")
    status.discard(db, "headcount", row_id)
    with db.engine.connect() as connection:
        # The pull starts just before the row's version, so the server's copy comes back.
        assert state.get(connection, state.CURSOR) == "39"
    found = status.read_status(db)
    assert (found.pending, found.rejected) == (0, ())


def test_discard_of_nothing_rejected_says_so(db, site):
    row_id = make_headcount(db, site, DAY, 80)
    with pytest.raises(NotFoundError):
        status.discard(db, "headcount", row_id)
    assert status.read_status(db).pending == 1


def test_conflicts_are_kept_newest_first_and_capped(db, site):
    row_id = make_headcount(db, site, DAY, 80)
    with db.engine.begin() as connection:
        for n in range(status.MAX_CONFLICTS + 5):
            rule = "delete_wins" if n % 2 else "last_arrival_wins"
            conflict = {"columns": ["covers"], "rule": rule, "winner": "client"}
            status.record_conflicts(connection, "headcount", row_id, [conflict], NOON)
    found = status.read_status(db).conflicts
    assert len(found) == status.MAX_CONFLICTS
    assert (found[0].rule, found[0].columns, found[0].description) == (
        "last_arrival_wins",
        ("covers",),
        "2026-03-02 · lunch",
    )


def test_outbox_mark_moves_with_each_local_write(db, site):
    before = status.outbox_mark(db)
    make_headcount(db, site, DAY, 80)
    assert status.outbox_mark(db) != before


def test_a_refused_row_of_a_table_named_like_a_parent_column_is_described(db, site):
    # A mapping row answers "recipe_id" with a recipe's own id: the description must not
    # take that for a parent column (reading the status crashed on a refused recipe).
    from tests.factories import make_recipe

    recipe = make_recipe(db, site_id=site, name="Gulerodssuppe")
    reject(db, recipe, "invalid_row")
    found = status.read_status(db)
    assert [(r.table, r.description) for r in found.rejected] == [("recipe", "Gulerodssuppe")]
