"""`canteen order suggest|list` on a real demo file."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from canteen.cli import main
from canteen.commands.order_text import CSV_HEADER
from canteen.db.lifecycle import prepare_database
from canteen.demo.generate import generate
from canteen.services.sites import list_sites

NOW = "2026-12-01T09:00"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """One demo site with a year of data up to 30 November 2026."""
    path = tmp_path_factory.mktemp("order") / "demo.db"
    database = prepare_database(path, create=True).database
    generate(database, sites=1, years=1, seed=3, today=date(2026, 12, 1))
    code = list_sites(database)[0].code
    database.dispose()
    return path, code


def test_suggest_writes_the_csv_saves_drafts_and_a_second_run_counts_them(
    demo_file, tmp_path, capsys
):
    path, code = demo_file
    out = tmp_path / "forslag.csv"
    args = ["order", "suggest", "--database", str(path), "--site", code, "--week", "2026-W52"]
    assert main([*args, "--service-level", "0.8", "--csv", str(out), "--save", "--now", NOW]) == 0
    printed = capsys.readouterr().out
    with out.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == CSV_HEADER
    assert len(rows) > 5
    for row in rows[1:]:
        record = dict(zip(CSV_HEADER, row, strict=True))
        packs, pack = int(record["packs"]), float(record["pack_size"])
        assert packs * pack >= float(record["to_order"]) - 1e-6
        assert abs(packs * float(record["pack_price_dkk"]) - float(record["line_total_dkk"])) < 0.01
        assert record["delivery_date"] < record["first_needed"]
        assert record["unit"] in ("g", "ml", "pcs")
    assert "kladde: 2026-0001" in printed
    listed = capsys.readouterr()
    assert (
        main(["order", "list", "--database", str(path), "--site", code, "--status", "draft"]) == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert any(x.startswith("2026-0001 ") for x in lines)
    assert all(" draft " in x for x in lines)
    assert listed.err == ""
    assert main([*args, "--service-level", "0.8", "--now", NOW]) == 0
    assert "Intet at bestille" in capsys.readouterr().out


def test_bad_input_is_a_danish_message_not_a_traceback(demo_file, capsys):
    path, code = demo_file
    base = ["order", "suggest", "--database", str(path), "--site", code]
    assert main([*base, "--week", "2026-W52", "--service-level", "høj"]) == 1
    assert "ikke et serviceniveau" in capsys.readouterr().err
    assert main([*base, "--week", "2026-W60"]) == 1
    assert "ingen uge 60" in capsys.readouterr().err
    assert main(["order", "list", "--database", str(path), "--site", code, "--status", "x"]) == 1
    assert "ikke en ordrestatus" in capsys.readouterr().err
    assert main([*base, "--week", "2027-W30", "--now", NOW]) == 0
    assert "ingen menu for uge 2027-W30" in capsys.readouterr().err
