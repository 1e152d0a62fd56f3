"""Every local write to a synced table lands in the outbox once per row; pulled rows do not."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import insert, select, text, update
from sqlalchemy.exc import IntegrityError

from canteen.db import capture
from canteen.db.base import Base
from canteen.db.lifecycle import open_database, prepare_database
from canteen.db.models import Headcount, SyncOutbox
from canteen.domain.ids import new_id
from tests.factories import make_district, make_site

DAY = date(2026, 3, 2)


@pytest.fixture
def kitchen(tmp_path):
    """A migrated file (the app's own open path) with one site; its outbox emptied."""
    database = open_database(tmp_path / "kantine.db", create=True)
    site = make_site(database, make_district(database))
    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM _sync_outbox"))
    yield database, site
    database.dispose()


def outbox(database) -> list[SyncOutbox]:
    with database.reading() as session:
        return list(session.scalars(select(SyncOutbox).order_by(SyncOutbox.seq)))


def headcount(site: str, day: date, covers: int = 100) -> dict:
    return {
        "id": Headcount.id_for(site, day, "lunch"),
        "site_id": site,
        "day": day,
        "service": "lunch",
        "covers": covers,
    }


def test_every_synced_table_and_only_those_get_the_three_triggers(kitchen):
    database, _site = kitchen
    synced = {t.name for t in capture.synced_tables(Base.metadata.tables.values())}
    assert "headcount" in synced
    assert {"local_info", "_sync_outbox", "_sync_context"}.isdisjoint(synced)
    with database.engine.connect() as connection:
        assert capture.installed(connection) == {name: set(capture.KINDS) for name in synced}


def test_orm_core_and_raw_sql_writes_are_each_seen_once_per_row(kitchen):
    database, site = kitchen
    days = [date(2026, 3, d) for d in (2, 3, 4)]
    with database.unit_of_work() as session:  # ORM
        session.add(Headcount(**headcount(site, days[0])))
    with database.engine.begin() as connection:  # Core insert, then Core update
        connection.execute(insert(Headcount), [headcount(site, days[1])])
        connection.execute(update(Headcount).where(Headcount.day == days[1]).values(covers=120))
        connection.exec_driver_sql(  # raw SQL
            "INSERT INTO headcount (id, site_id, day, service, covers, source, confirmed,"
            " updated_at) VALUES (?, ?, ?, 'lunch', 90, 'manual', 0, '2026-03-04 10:00:00')",
            (Headcount.id_for(site, days[2], "lunch"), site, days[2].isoformat()),
        )
        connection.exec_driver_sql("UPDATE headcount SET covers = covers + 1")
    with database.unit_of_work() as session:  # ORM update
        row = session.get(Headcount, Headcount.id_for(site, days[0], "lunch"))
        row.covers = 77
    entries = outbox(database)
    assert sorted(e.row_id for e in entries) == sorted(
        Headcount.id_for(site, d, "lunch") for d in days
    )
    assert {e.table_name for e in entries} == {"headcount"}
    assert all(e.op == "upsert" and e.state == "pending" for e in entries)
    # Never pushed, so still "all columns" (NULL) however often it changed since.
    assert all(e.changed_cols is None for e in entries)


def test_a_changed_row_moves_to_a_new_higher_seq_and_gathers_its_columns(kitchen):
    database, site = kitchen
    with database.engine.begin() as connection:
        connection.execute(
            insert(Headcount), [headcount(site, DAY), headcount(site, date(2026, 3, 3))]
        )
        # As if the server had acknowledged both rows at version 7.
        connection.exec_driver_sql("DELETE FROM _sync_outbox")
        with capture.applying_remote(connection):
            connection.exec_driver_sql("UPDATE headcount SET server_version = 7")
    first = Headcount.id_for(site, DAY, "lunch")
    with database.engine.begin() as connection:
        connection.execute(update(Headcount).where(Headcount.id == first).values(covers=130))
        connection.exec_driver_sql("UPDATE headcount SET source = 'pos' WHERE day = '2026-03-03'")
    seq_before = {e.row_id: e.seq for e in outbox(database)}
    with database.engine.begin() as connection:
        connection.execute(update(Headcount).where(Headcount.id == first).values(confirmed=True))
    entries = outbox(database)
    assert len(entries) == 2
    mine = next(e for e in entries if e.row_id == first)
    assert mine.seq > max(seq_before.values()), "the newest change sorts last"
    assert json.loads(mine.changed_cols) == ["confirmed", "covers"]
    assert mine.base_version == 7
    # The AUTOINCREMENT counter (the restore check's max_outbox_seq) moved with it, so the
    # next new entry sorts after it too.
    with database.engine.begin() as connection:
        counter = connection.exec_driver_sql(
            "SELECT seq FROM sqlite_sequence WHERE name = '_sync_outbox'"
        ).scalar_one()
        connection.execute(insert(Headcount), [headcount(site, date(2026, 3, 4))])
    assert counter == mine.seq
    assert outbox(database)[-1].seq > mine.seq


def test_a_tombstone_is_a_delete_and_a_hard_delete_is_refused(kitchen):
    database, site = kitchen
    with database.unit_of_work() as session:
        session.add(Headcount(**headcount(site, DAY)))
    with database.engine.begin() as connection:
        connection.execute(
            update(Headcount).values(deleted_at=datetime(2026, 3, 5, 9, 0, tzinfo=UTC))
        )
    (entry,) = outbox(database)
    assert entry.op == "delete"
    with (
        pytest.raises(IntegrityError, match="synced rows are never deleted"),
        database.engine.begin() as connection,
    ):
        connection.exec_driver_sql("DELETE FROM headcount")
    with database.reading() as session:
        assert (
            session.scalar(select(Headcount.id).execution_options(include_deleted=True))
            == entry.row_id
        )


def test_rows_the_sync_client_applies_are_not_captured_and_may_be_removed(kitchen):
    database, site = kitchen
    with database.engine.begin() as connection, capture.applying_remote(connection):
        connection.execute(insert(Headcount), [headcount(site, DAY)])
        connection.execute(update(Headcount).values(covers=150, server_version=3))
        connection.exec_driver_sql("DELETE FROM headcount")
    assert outbox(database) == []
    # The flag is down again: the next local write is captured.
    with database.engine.begin() as connection:
        connection.execute(insert(Headcount), [headcount(site, DAY)])
    assert len(outbox(database)) == 1


def test_a_flag_left_up_is_taken_back_with_a_rolled_back_apply(kitchen):
    database, site = kitchen

    def failed_apply() -> None:
        with database.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE _sync_context SET applying_remote = 1")
            raise RuntimeError("the pull failed half-way")

    with pytest.raises(RuntimeError):
        failed_apply()
    with database.engine.begin() as connection:
        connection.execute(insert(Headcount), [headcount(site, DAY)])
    assert len(outbox(database)) == 1


def test_updated_at_is_stamped_when_a_raw_update_leaves_it(kitchen):
    database, site = kitchen
    old = datetime(2020, 1, 1, tzinfo=UTC)
    with database.engine.begin() as connection:
        connection.execute(insert(Headcount), [{**headcount(site, DAY), "updated_at": old}])
        connection.exec_driver_sql("UPDATE headcount SET covers = 140")
    with database.reading() as session:
        stamped = session.scalar(select(Headcount.updated_at))
    assert stamped.year >= 2026
    assert stamped.tzinfo is not None


def test_a_table_added_by_a_later_revision_is_captured_with_no_extra_code(tmp_path, next_revision):
    path = tmp_path / "kantine.db"
    open_database(path, create=True).dispose()
    next_revision(
        '    op.create_table("allergen_note",\n'
        '        sa.Column("id", sa.String(36), primary_key=True),\n'
        '        sa.Column("note", sa.Text(), nullable=False),\n'
        '        sa.Column("server_version", sa.Integer()),\n'
        '        sa.Column("deleted_at", sa.DateTime()),\n'
        '        sa.Column("updated_at", sa.DateTime(), nullable=False))\n'
        # A rebuilt table loses its triggers; the upgrade puts them back.
        '    with op.batch_alter_table("headcount", recreate="always") as batch:\n'
        "        pass\n"
    )
    prepared = prepare_database(path)
    try:
        with prepared.database.engine.begin() as connection:
            found = capture.installed(connection)
            assert found["allergen_note"] == set(capture.KINDS)
            assert found["headcount"] == set(capture.KINDS)
            row = new_id()
            connection.exec_driver_sql(
                "INSERT INTO allergen_note VALUES (?, 'nødder', NULL, NULL, '2026-03-02')", (row,)
            )
            entries = connection.exec_driver_sql("SELECT table_name, row_id FROM _sync_outbox")
            assert entries.all() == [("allergen_note", row)]
    finally:
        prepared.database.dispose()
