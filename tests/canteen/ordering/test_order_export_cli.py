"""`canteen order export` on a demo file with a saved draft: three formats, errors in one line."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from pypdf import PdfReader

from canteen.cli import main
from canteen.db.lifecycle import prepare_database
from canteen.demo.generate import generate
from canteen.services.sites import list_sites


@pytest.fixture(scope="module")
def saved_draft(tmp_path_factory):
    """One demo site, and the suggestion for week 52 of 2026 saved as drafts."""
    path = tmp_path_factory.mktemp("export") / "demo.db"
    database = prepare_database(path, create=True).database
    generate(database, sites=1, years=1, seed=3, today=date(2026, 12, 1))
    code = list_sites(database)[0].code
    database.dispose()
    week = ["--week", "2026-W52", "--now", "2026-12-01T09:00", "--save"]
    assert main(["order", "suggest", "--database", str(path), "--site", code, *week]) == 0
    return path, code


def _export(saved, out, fmt, *extra):
    path, code = saved
    args = ["order", "export", "--database", str(path), "--site", code, "--order", "2026-0001"]
    return main([*args, "--format", fmt, "--out", str(out), "--today", "2026-12-01", *extra])


def test_pdf_csv_and_oioubl_of_a_saved_draft(saved_draft, tmp_path, capsys):
    capsys.readouterr()
    assert _export(saved_draft, tmp_path / "o.pdf", "pdf") == 0
    assert "Ordre 2026-0001 skrevet til" in capsys.readouterr().out
    text = PdfReader(tmp_path / "o.pdf").pages[0].extract_text()
    assert "Indkøbsordre 2026-0001" in text
    assert "I alt inkl. moms" in text
    assert _export(saved_draft, tmp_path / "o.csv", "csv", "--lang", "en") == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "o.csv").read_text("utf-8"))))
    assert rows
    assert {r["order_number"] for r in rows} == {"2026-0001"}
    assert _export(saved_draft, tmp_path / "o.xml", "oioubl") == 0
    xml = (tmp_path / "o.xml").read_bytes()
    assert b"<cbc:ID>2026-0001</cbc:ID>" in xml
    assert b"OIOUBL-2.1" in xml


def test_an_unknown_order_is_one_danish_line_and_no_file(saved_draft, tmp_path, capsys):
    path, code = saved_draft
    out = tmp_path / "x.pdf"
    args = ["order", "export", "--database", str(path), "--site", code, "--order", "2026-9999"]
    assert main([*args, "--format", "pdf", "--out", str(out)]) != 0
    err = capsys.readouterr().err.strip()
    assert err == "canteen: Kantinen har ingen ordre med nummeret «2026-9999»."
    assert not out.exists()


def test_an_unwritable_out_file_is_named(saved_draft, tmp_path, capsys):
    out = tmp_path / "missing-folder" / "o.csv"
    assert _export(saved_draft, out, "csv") != 0
    assert capsys.readouterr().err.strip() == f"canteen: Filen {out} kan ikke skrives."
