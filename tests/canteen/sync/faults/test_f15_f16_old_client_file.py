"""F15, F16 with a real old client: a file migrated to 0007 (before sale_adjustment) syncing with
a server at head, refused once the window moves past it, then upgraded and backfilled.

The file is the old release's (real migrations up to 0007, its capture triggers); the client
speaks schema 7 through a copy of `protocol` given to `canteen.sync.client` only.
"""

from __future__ import annotations

import contextlib
import json
import types
from datetime import date

import pytest
from sqlalchemy import text

import canteen.sync.client as client_module
from canteen.commands.sync_text import text as sync_text
from canteen.db.lifecycle import head_revision, prepare_database
from canteen.db.models import Headcount
from canteen.sync import protocol, state
from canteen.sync.client import SyncClient
from canteen.sync.errors import SyncProblem
from tests.canteen.sync.conftest import code_for
from tests.canteen.sync.faults.conftest import (
    add_headcounts,
    cursor,
    days,
    outbox,
    server_headcounts,
)
from tests.canteen.sync.harness.transport import DROP_RESPONSE, FaultTransport
from tests.canteen.sync.old_files import client_file_at, correct_sale
from tests.canteen.sync.proto_helpers import Recording

pytestmark = pytest.mark.postgres

OLD = 7


@contextlib.contextmanager
def speaking(version: int):
    """The sync client speaks schema `version` inside the block (the old release's app)."""
    with pytest.MonkeyPatch.context() as patch:
        shim = types.SimpleNamespace(
            **{k: getattr(protocol, k) for k in ("PREFIX", "PULL_PAGE", "MAX_OPS", "PROTOCOL")},
            schema_version=lambda: version,
        )
        patch.setattr(client_module, "protocol", shim)
        yield


@pytest.fixture
def old_device(tmp_path, central, server):
    """old_device(name, site_id) -> (path, Database, SyncClient): a 0007 file, enrolled, synced."""

    def make(name, site_id):
        path = tmp_path / f"{name}.db"
        db = client_file_at(path, f"{OLD:04d}")
        client = SyncClient(db)
        client.enroll(server, code_for(central, "site", site_id), label=name)
        with speaking(OLD):
            client.cycle()
        return path, db, client

    return make


def tables_of(db) -> set[str]:
    with db.engine.connect() as connection:
        return set(
            connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
            .scalars()
            .all()
        )


def adjustments(db) -> set[str]:
    with db.engine.connect() as connection:
        return set(connection.execute(text("SELECT id FROM sale_adjustment")).scalars())


def server_adjustments(central, site_id) -> set[str]:
    with central.connect() as connection:
        return set(
            connection.execute(
                text("SELECT id::text FROM sale_adjustment WHERE site_id = :s"), {"s": site_id}
            ).scalars()
        )


def backfill_left(db):
    with db.engine.connect() as connection:
        return state.get(connection, state.BACKFILL)


def newer_than_them(db, client, site_id, day) -> None:
    """A change pushed after the corrections: an old client's cursor moves past them to it."""
    add_headcounts(db, site_id, [day])
    client.cycle()


def upgrade(path, db, transport=None, page_size=protocol.PULL_PAGE):
    """The old release replaced by this one: the file migrated by the app, a new client on it."""
    db.dispose()
    prepared = prepare_database(path)
    assert (prepared.revision_before, prepared.revision) == (f"{OLD:04d}", head_revision())
    return prepared.database, SyncClient(prepared.database, transport, page_size=page_size)


def test_f15_a_0007_client_never_gets_sale_adjustments_and_its_pushes_land(
    device, old_device, central, org
):
    newer, newer_client = device("f15f-new", org.site_a)
    corrected = correct_sale(newer, org.site_a, date(2026, 10, 5))
    (row,) = add_headcounts(newer, org.site_a, [date(2026, 10, 6)], covers=10)
    newer_client.cycle()
    path, old, old_client = old_device("f15f-old", org.site_a)

    assert "sale_adjustment" not in tables_of(old)  # the first pull went through without them
    with old.engine.connect() as connection:
        assert (
            connection.execute(
                text("SELECT covers FROM headcount WHERE id = :r"), {"r": row}
            ).scalar()
            == 10
        )
    with newer.sessions.begin() as session:
        session.get(Headcount, row).confirmed = True
    newer_client.cycle()
    with old.engine.begin() as connection:
        connection.execute(text("UPDATE headcount SET covers = 12 WHERE id = :r"), {"r": row})
    (added,) = add_headcounts(old, org.site_a, [date(2026, 10, 7)], covers=30)

    with speaking(OLD):
        result = old_client.cycle()

    assert (result.pushed, result.rejected, result.clean) == (2, 0, True)
    on_server = server_headcounts(central, org.site_a)
    assert (on_server[row][0], on_server[added][0]) == (12, 30)
    newer_client.cycle()
    with newer.sessions() as session:
        merged = session.get(Headcount, row)
        assert (merged.covers, merged.confirmed) == (12, True)  # PATCH: its column only
    assert adjustments(newer) == set(corrected)  # the head device has them all along


def test_f16_refused_below_the_window_then_upgraded_pushes_its_outbox_and_backfills(
    device, old_device, central, org, monkeypatch
):
    newer, newer_client = device("f16f-new", org.site_a)
    path, old, old_client = old_device("f16f-old", org.site_a)
    corrected = correct_sale(newer, org.site_a, date(2026, 11, 2))
    newer_client.cycle()
    newer_than_them(newer, newer_client, org.site_a, date(2026, 11, 3))
    with speaking(OLD):
        old_client.cycle()  # still in the window: its cursor moves past the corrections
    ids = add_headcounts(old, org.site_a, days(3, start=date(2026, 11, 10)))
    monkeypatch.setattr(protocol, "MIN_SCHEMA", OLD + 1)

    with speaking(OLD), pytest.raises(SyncProblem) as problem:
        old_client.cycle()

    assert problem.value.reason == "client_too_old"  # 426
    assert "opdatér" in sync_text(problem.value.reason)  # what the app says: update it
    assert outbox(old) == {"pending": 3}
    kept_cursor = cursor(old)
    recording = Recording()
    db, client = upgrade(path, old, transport=recording)

    result = client.cycle()

    assert (result.pushed, result.clean) == (3, True)
    assert set(ids) <= set(server_headcounts(central, org.site_a))
    assert set(corrected) <= adjustments(db) == server_adjustments(central, org.site_a)
    (main, main_answer), (backfill, answer) = [
        (body, answer) for path, body, _status, answer in recording.seen if path == "pull"
    ]
    assert main["cursor"].endswith(f":{kept_cursor}")
    assert "tables" not in main
    assert "sale_adjustment" not in {change["t"] for change in main_answer["changes"]}
    assert backfill["tables"] == ["sale_adjustment"]
    assert backfill["cursor"].endswith(":0")
    assert set(corrected) <= {change["id"] for change in answer["changes"]}
    assert backfill_left(db) is None
    recording.seen.clear()
    again = client.cycle()
    assert (again.pushed, again.pulled) == (0, 0)
    assert [path for path, *_ in recording.seen] == ["hello", "pull"]  # a no-op cycle again


def test_an_interrupted_backfill_resumes_where_it_stopped(device, old_device, central, org):
    newer, newer_client = device("bf-new", org.site_b)
    path, old, old_client = old_device("bf-old", org.site_b)
    corrected = set()
    for day in days(3, start=date(2026, 12, 1)):
        corrected |= set(correct_sale(newer, org.site_b, day))
    newer_client.cycle()
    newer_than_them(newer, newer_client, org.site_b, date(2026, 12, 9))
    with speaking(OLD):
        old_client.cycle()
    recording = Recording()
    faulty = FaultTransport(recording)
    # Pages of two rows: the main pull (one page, nothing new), backfill page 1, page 2 lost.
    faulty.plan(DROP_RESPONSE, "/pull", after=2)
    db, client = upgrade(path, old, transport=faulty, page_size=2)

    with pytest.raises(SyncProblem):
        client.cycle()

    assert 0 < len(adjustments(db)) < len(corrected)
    stopped = json.loads(backfill_left(db))
    assert stopped["cursor"] > 0
    recording.seen.clear()
    client.cycle()
    assert corrected <= adjustments(db) == server_adjustments(central, org.site_b)
    assert backfill_left(db) is None
    first_backfill = next(body for body in recording.bodies("pull") if "tables" in body)
    assert first_backfill["cursor"].endswith(f":{stopped['cursor']}")  # resumed, not from 0
