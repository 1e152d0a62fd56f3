"""`canteen covers import` on odd files: one clear line, Danish by default, exit 1."""

from __future__ import annotations

import pytest

from canteen.cli import main
from canteen.db.lifecycle import open_database
from tests.factories import make_district, make_site


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "canteen.db"
    db = open_database(path, create=True)
    make_site(db, make_district(db), code="AAR", services="lunch", usual_covers=50)
    db.dispose()
    return path


def _run(database, source, *extra) -> int:
    args = ["covers", "import", str(source), "--database", str(database), "--site", "AAR"]
    return main([*args, "--today", "2026-11-30", *extra])


@pytest.mark.parametrize(
    ("data", "danish", "english"),
    [
        (b"%PDF-1.4\n", "er et PDF-dokument, ikke en tabel", "is a PDF document, not a table"),
        (b"\x89PNG\r\n\x1a\n", "er et billede (PNG), ikke en tabel", "is a picture (PNG)"),
        (b"", "er tom", "is empty"),
        (b"PK\x03\x04\x14\x00\x00", "er beskadiget eller afkortet", "damaged or cut short"),
    ],
)
def test_an_odd_file_gives_one_line_in_the_chosen_language(
    tmp_path, database, capsys, data, danish, english
):
    source = tmp_path / "kasse.xlsx"
    source.write_bytes(data)
    assert _run(database, source) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert danish in err
    assert "Forventet: en tabel gemt fra kassen som CSV eller Excel" in err
    assert _run(database, source, "--lang", "en") == 1
    assert english in capsys.readouterr().err


def test_a_file_without_valid_rows_says_so_in_danish(tmp_path, database, capsys):
    source = tmp_path / "kasse.csv"
    source.write_text("Dato;Kuverter\n04-03-2024;x\n", encoding="utf-8")
    assert _run(database, source) == 1
    assert "canteen: Filen har ingen gyldige rækker." in capsys.readouterr().err


def test_a_mac_csv_is_imported_and_questionable_rows_skipped(tmp_path, database, capsys):
    source = tmp_path / "kasse.csv"
    source.write_bytes(b"Dato;Kuverter\r23-11-2026;52\r24-11-2026;5300\r")
    assert _run(database, source) == 0
    out = capsys.readouterr().out
    assert "1 added" in out
    assert "1 questionable skipped" in out
    assert _run(database, source, "--include-questioned") == 0
    assert "1 changed" not in capsys.readouterr().out  # the skipped row is new, not a change
