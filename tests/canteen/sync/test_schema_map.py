"""The per-version column map (read from the real migrations) and the backfill an upgrade records."""

from __future__ import annotations

import json

from sqlalchemy import text

from canteen.db.lifecycle import prepare_database
from canteen.sync import protocol, schema_map, state
from canteen.sync.tables import registry
from tests.canteen.sync.old_files import client_file_at

HEAD = protocol.schema_version()


def test_each_version_has_the_synced_tables_and_columns_its_migrations_made():
    v5, v6, v7, v8 = (schema_map.columns_at(v) for v in (5, 6, 7, 8))
    assert "closed_month" not in v5
    assert "menu_line_id" not in v5["waste_record"]
    assert "closed_month" in v6
    assert "menu_line_id" in v6["waste_record"]
    assert "sale_adjustment" not in v7
    assert "sale_adjustment" in v8
    assert v7["headcount"] == v8["headcount"]


def test_the_current_version_is_the_models_synced_tables_and_columns():
    expected = {name: frozenset(t.table.c.keys()) for name, t in registry().items()}
    assert schema_map.columns_at(HEAD) == expected


def test_a_current_client_is_not_projected_an_older_one_is():
    assert schema_map.known_at(HEAD) is None
    assert schema_map.known_at(7) == schema_map.columns_at(7)


def test_what_an_upgrade_adds():
    assert schema_map.added_between(7, HEAD) == {"sale_adjustment": None}
    assert schema_map.added_between(5, HEAD) == {
        "closed_month": None,
        "sale_adjustment": None,
        "waste_record": ["menu_line_id"],
    }
    assert schema_map.added_between(HEAD, HEAD) == {}


def test_columns_added_inside_the_window_may_be_left_out_by_an_older_client():
    # An older client's insert does not name them: the server must have a value to put there.
    for version in range(protocol.MIN_SCHEMA + 1, HEAD + 1):
        for table, columns in schema_map.added_between(version - 1, version).items():
            for name in columns or ():
                column = registry()[table].table.c[name]
                assert column.nullable or column.default or column.server_default, (table, name)


def _backfill(path):
    with prepare_database(path).database.engine.connect() as connection:
        stored = state.get(connection, state.BACKFILL)
    return json.loads(stored) if stored else None


def _enroll(db) -> None:
    with db.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO local_info (key, value) VALUES (:k, 'device-1')"),
            {"k": state.DEVICE},
        )
    db.dispose()


def test_upgrading_an_enrolled_file_records_what_to_pull_again(tmp_path):
    _enroll(client_file_at(tmp_path / "old.db", "0007"))
    assert _backfill(tmp_path / "old.db") == {"tables": {"sale_adjustment": None}, "cursor": 0}

    _enroll(client_file_at(tmp_path / "older.db", "0005"))
    assert _backfill(tmp_path / "older.db") == {
        "tables": {"closed_month": None, "sale_adjustment": None, "waste_record": ["menu_line_id"]},
        "cursor": 0,
    }


def test_upgrading_a_file_that_does_not_sync_records_nothing(tmp_path):
    client_file_at(tmp_path / "old.db", "0007").dispose()
    assert _backfill(tmp_path / "old.db") is None
