"""`canteen report costs` writes each format from a real database file."""

from __future__ import annotations

import csv

from openpyxl import load_workbook

from canteen.cli import main
from canteen.db.lifecycle import open_database
from tests.canteen.costs.scenario import build


def _database(tmp_path):
    path = tmp_path / "kantine.db"
    db = open_database(path, create=True)
    build(db)
    db.dispose()
    return path


def test_csv_for_a_district(tmp_path):
    path, out = _database(tmp_path), tmp_path / "k1.csv"
    code = main(
        ["report", "costs", "--database", str(path), "--district", "K1", "--from", "2026-01",
         "--to", "2026-03", "--by", "quarter", "--format", "csv", "--csv-dialect", "en",
         "--out", str(out)]
    )  # fmt: skip
    assert code == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert [(r["level"], r["site"], r["period"]) for r in rows] == [
        ("site", "A-01", "2026-Q1"),
        ("site", "B-01", "2026-Q1"),
        ("district", "", "2026-Q1"),
        ("all", "", "2026-Q1"),
    ]
    assert rows[0]["labour"] == "10000.00"


def test_xlsx_and_pdf_for_a_site(tmp_path):
    path = _database(tmp_path)
    for kind in ("xlsx", "pdf"):
        out = tmp_path / f"a.{kind}"
        args = ["report", "costs", "--database", str(path), "--site", "A-01", "--from",
                "2026-01", "--to", "2026-02", "--format", kind, "--out", str(out)]  # fmt: skip
        assert main(args) == 0
        assert out.stat().st_size > 1000
    assert load_workbook(tmp_path / "a.xlsx")["Kantiner"].cell(2, 2).value == "A-01"


def test_bad_input_is_a_sentence_not_a_traceback(tmp_path, capsys):
    path = _database(tmp_path)
    base = ["report", "costs", "--database", str(path), "--format", "csv", "--out",
            str(tmp_path / "x.csv")]  # fmt: skip
    assert main([*base, "--all", "--from", "2026-13", "--to", "2026-02"]) == 1
    assert "«2026-13» er ikke en måned" in capsys.readouterr().err
    assert main([*base, "--district", "K9", "--from", "2026-01", "--to", "2026-02"]) == 1
    assert "ingen politikreds" in capsys.readouterr().err
    assert main([*base, "--all", "--from", "2026-03", "--to", "2026-02"]) == 1
    assert "slutter" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
