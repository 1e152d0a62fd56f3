"""`verify` (SYNC.md §6.6): table checksums against the server; a difference is pulled again."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from canteen.cli import main
from canteen.db.capture import applying_remote
from canteen.domain.ids import new_id

from .proto_helpers import headcount, local_value, make_site

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def site(central):
    return make_site(central, "VF")[1]


def damage(db, lost, site):
    """Lose one acknowledged row and gain one the server never had, behind sync's back."""
    bogus = new_id()
    with db.engine.begin() as connection, applying_remote(connection):
        connection.execute(text("DELETE FROM headcount WHERE id = :r"), {"r": lost})
        connection.execute(
            text(
                "INSERT INTO headcount (id, site_id, day, service, covers, source, confirmed,"
                " server_version, updated_at)"
                " VALUES (:id, :s, '2026-11-30', 'lunch', 1, 'manual', 0, 999999,"
                " '2026-11-30 12:00:00.000000')"
            ),
            {"id": bogus, "s": site},
        )
    return bogus


def test_verify_finds_and_repairs_a_differing_table(enrolled, site):
    db, client = enrolled("verify", "site", site_id=site)
    rows = [headcount(db, site, date(2026, 11, d), d) for d in (2, 3)]
    client.cycle()
    assert client.verify().found == ()
    bogus = damage(db, rows[0], site)
    checked = client.verify()
    assert [d.table for d in checked.found] == ["headcount"]
    assert (checked.found[0].local, checked.found[0].server) == (2, 2)
    assert checked.remaining == ()
    assert local_value(db, rows[0]) == 2
    assert local_value(db, bogus) is None


def test_sync_verify_command_reports_the_table(enrolled, site, capsys):
    db, client = enrolled("verify-cli", "site", site_id=site)
    row = headcount(db, site, date(2026, 11, 4), 4)
    client.cycle()
    damage(db, row, site)
    assert main(["sync", "--database", str(db.path), "--verify"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("Tabellen headcount afveg fra serveren")
    assert lines[-1].startswith("sendt 0, hentet 0")
    assert local_value(db, row) == 4
