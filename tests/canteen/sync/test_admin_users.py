"""`canteen admin … users` on real PostgreSQL: list, add, deactivate; wrong input worded."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from canteen.cli import main
from canteen.domain.ids import new_id
from canteen.sync.server import central as central_writes

pytestmark = pytest.mark.postgres

DISTRICT = new_id()


@pytest.fixture(scope="module", autouse=True)
def org(central):
    with central.begin() as connection:
        central_writes.write(
            connection, "district", {"id": DISTRICT, "code": "KBH", "name": "Københavns Politi"}
        )


def admin(url, *words):
    return main(["admin", "--database-url", url, *words])


def test_add_list_and_deactivate_users(central_url, central, capsys):
    assert (
        admin(central_url, "users", "add", "mette", "--name", "Mette Holm", "--role", "central")
        == 0
    )
    assert (
        admin(
            central_url,
            "users",
            "add",
            "lars",
            "--role",
            "district",
            "--district",
            "københavns politi",
        )
        == 0
    )
    assert "oprettet" in capsys.readouterr().out
    with central.connect() as connection:
        row = connection.execute(
            text("SELECT role, district_id, server_version FROM app_user WHERE username = 'lars'")
        ).one()
    assert (row.role, str(row.district_id)) == ("district", DISTRICT)
    assert row.server_version is not None  # versioned: it reaches the PCs

    assert admin(central_url, "users") == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].split()[:2] == ["mette", "central"]
    assert listed[1].split()[:3] == ["lars", "district", "KBH"]

    assert admin(central_url, "users", "deactivate", "LARS") == 0
    assert admin(central_url, "users") == 0
    assert "lars" not in capsys.readouterr().out.split()
    assert admin(central_url, "users", "list", "--all") == 0
    assert "deaktiveret" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (["add", "mette2", "--role", "district"], "skal have en politikreds"),
        (["add", "x", "--role", "district", "--district", "Nowhere"], "ingen politikreds"),
        (["add", "taken", "--role", "central"], None),
        (["deactivate", "ghost"], "ingen aktiv bruger"),
    ],
)
def test_wrong_input_is_worded_not_a_traceback(central_url, capsys, words, message):
    if message is None:  # the same username twice
        assert admin(central_url, "users", *words) == 0
        capsys.readouterr()
        message = "findes allerede"
    assert admin(central_url, "users", *words) == 1
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_english_on_request(central_url, capsys):
    assert admin(central_url, "--lang", "en", "users", "deactivate", "ghost") == 1
    assert "no active user" in capsys.readouterr().err
