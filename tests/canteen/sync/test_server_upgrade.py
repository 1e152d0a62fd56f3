"""`admin init` brings an older central database's server tables up to date; `admin purge`."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from canteen.cli import main
from canteen.sync.server import devices
from canteen.sync.server.setup import init_database

pytestmark = pytest.mark.postgres

NEW_TABLES = ("sync_applied_op", "sync_field_version", "sync_purge")
NEW_COLUMNS = ("epoch", "reset_reason", "last_pull_cursor", "db_instance_id", "clock_skew_s")


def test_init_adds_missing_server_tables_and_columns(central):
    # Make the database look like one initialised before these tables and columns existed.
    with central.begin() as connection:
        for name in NEW_TABLES:
            connection.execute(text(f"DROP TABLE {name}"))
        for column in NEW_COLUMNS:
            connection.execute(text(f"ALTER TABLE sync_device DROP COLUMN {column}"))
        connection.execute(
            text(
                "INSERT INTO sync_device (id, scope, token_hash, label, enrolled_at, high_seq) "
                "VALUES ('old-device', 'central', 'x', 'old', now(), 12)"
            )
        )
    init_database(central)
    with central.connect() as connection:
        found = inspect(connection)
        assert set(NEW_TABLES) <= set(found.get_table_names())
        columns = {c["name"] for c in found.get_columns("sync_device")}
        assert set(NEW_COLUMNS) <= columns
        old = connection.execute(
            text("SELECT high_seq, epoch FROM sync_device WHERE id = 'old-device'")
        ).one()
    assert tuple(old) == (12, 1)
    init_database(central)  # and again: nothing left to add


def test_admin_purge_command(central_url, capsys):
    assert main(["admin", "--database-url", central_url, "purge", "--days", "30"]) == 0
    assert capsys.readouterr().out.startswith("0 gravsten slettet;")


def test_admin_devices_revokes_one_and_names_an_unknown_one(central_url, central, capsys):
    with central.begin() as connection:
        code = devices.make_code(connection, "central")
        made, _token = devices.enroll(connection, code, "revoke-me")
    assert main(["admin", "--database-url", central_url, "devices", "--revoke", made]) == 0
    assert main(["admin", "--database-url", central_url, "devices"]) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if line.startswith(made)]
    assert line.endswith("tilbagekaldt")
    assert main(["admin", "--database-url", central_url, "devices", "--revoke", "nope"]) == 1
    assert "Der er ingen enhed med id «nope»." in capsys.readouterr().err
