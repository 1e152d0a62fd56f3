"""The exports read back: CSV in both dialects, XLSX values and formulas, PDF text on every page."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook
from reportlab import rl_config

from canteen.reports.costs_csv import costs_csv
from canteen.reports.costs_pdf import costs_pdf
from canteen.reports.costs_xlsx import costs_xlsx
from canteen.services.costs import Selection, cost_report
from tests.canteen.costs.scenario import build
from tests.canteen.reports.conftest import read_pdf

EN_HEADER = (
    "level,district,site,period,covers,revenue,raw_materials,raw_materials_per_cover,"
    "raw_material_coverage,labour,other,waste,total_cost,total_cost_per_cover,budget,variance,"
    "waste_kg,organic_share_kr,organic_share_kg,co2e_per_cover"
)


@pytest.fixture
def report(db):
    build(db)
    return cost_report(db, Selection(), "2026-01", "2026-02")


def test_english_csv_has_the_issues_header_and_plain_numbers(report):
    text = costs_csv(report, "en").decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == EN_HEADER
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["level"] for r in rows].count("site") == 6
    a = next(r for r in rows if r["site"] == "A-01" and r["period"] == "2026-01")
    assert a["district"] == "K1"
    assert a["revenue"] == "4000.00"
    assert a["raw_materials"] == "2500.00"
    assert a["raw_material_coverage"] == "160.00"
    assert a["total_cost_per_cover"] == "78.00"
    assert a["variance"] == "200.00"
    assert a["organic_share_kr"] == "30.00"
    feb = next(r for r in rows if r["site"] == "A-01" and r["period"] == "2026-02")
    assert feb["total_cost_per_cover"] == ""  # no covers: empty, never a division error
    total = next(r for r in rows if r["level"] == "all" and r["period"] == "2026-01")
    assert total["covers"] == "150"
    assert {r["level"] for r in rows} == {"site", "district", "all"}


def test_danish_csv_uses_semicolons_and_decimal_commas(report):
    data = costs_csv(report, "da")
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads æøå only with the BOM
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:6] == ["Niveau", "Kreds", "Kantine", "Periode", "Kuverter", "Omsætning, kr"]
    a = next(r for r in rows if r[2] == "A-01" and r[3] == "2026-01")
    assert a[5] == "4000,00"
    assert a[7] == "25,00"


def test_xlsx_has_a_sheet_per_level_numbers_and_total_formulas(report, tmp_path):
    path = tmp_path / "costs.xlsx"
    costs_xlsx(report, path)
    book = load_workbook(path)
    assert book.sheetnames[:3] == ["Kantiner", "Kredse", "I alt"]
    sites = book["Kantiner"]
    assert sites.freeze_panes == "D2"
    heads = [c.value for c in sites[1]]
    revenue = heads.index("Omsætning, kr") + 1
    coverage = heads.index("Råvaredækning, %") + 1
    assert sites.cell(2, 2).value == "A-01"
    assert sites.cell(2, revenue).value == 4000.0
    assert sites.cell(2, revenue).number_format == "#,##0.00"
    assert sites.cell(2, coverage).value == pytest.approx(1.6)
    assert sites.cell(2, coverage).number_format == "0.0%"
    total_row = sites.max_row
    assert sites.cell(total_row, revenue).value.startswith("=SUM(")
    assert sites.cell(total_row, coverage).value.startswith("=IF(")
    per_cover = heads.index("Omkostninger pr. kuvert, kr") + 1
    assert sites.cell(3, per_cover).value is None  # February: no covers
    values = load_workbook(path, data_only=False)["I alt"]
    assert values.max_row == 4  # heading, two months, total


def test_xlsx_rows_after_the_first_keep_values_styles_and_the_totals_follow(report, tmp_path):
    """Rows 3 on are written as text beside openpyxl's: the same styles, numbers and dates."""
    path = tmp_path / "costs.xlsx"
    costs_xlsx(report, path)
    sites = load_workbook(path)["Kantiner"]
    heads = [c.value for c in sites[1]]
    rows = report.level("site")
    assert sites.max_row == len(rows) + 2  # heading, one row per site and month, total
    for number, row in enumerate(rows, start=2):
        assert [c.value for c in sites[number][:3]] == [
            row.district_code,
            row.site_code,
            row.period,
        ]
    revenue = heads.index("Omsætning, kr") + 1
    deadline = heads.index("Økoandel senest") + 1
    beta = next(n for n, r in enumerate(rows, start=2) if r.site_code == "B-01")
    assert beta > 2
    assert sites.cell(beta, revenue).value == 1500.0
    assert sites.cell(beta, revenue).number_format == "#,##0.00"
    assert sites.cell(beta, revenue).font.b is False
    assert sites.cell(beta, deadline).value.date() == date(2026, 5, 12)
    assert sites.cell(beta, deadline).number_format == "yyyy-mm-dd"
    total = sites.max_row
    assert sites.cell(total, 1).value.startswith("I alt")
    assert sites.cell(total, revenue).value == f"=SUM(E2:E{total - 1})"
    assert sites.cell(total, revenue).font.b is True
    assert sites.auto_filter.ref == f"A1:AC{total - 1}"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_xlsx_and_computes_its_totals(report, tmp_path):
    costs_xlsx(report, tmp_path / "costs.xlsx")
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "csv", "--outdir", str(tmp_path),
         str(tmp_path / "costs.xlsx")],
        check=True, capture_output=True, timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    lines = (tmp_path / "costs.csv").read_text(encoding="latin-1").splitlines()  # its default
    total = next(csv.reader([lines[-1]]))
    assert total[0].startswith("I alt")
    assert float(total[3].replace(",", "")) == 150  # covers: the sum of the site rows


def test_pdf_names_period_and_selection_on_every_page(db, monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)
    build(db)
    long = cost_report(db, Selection(), "2024-01", "2026-12")
    pages, texts = read_pdf(costs_pdf(long))
    assert pages >= 3
    for text in texts:
        assert "Kantineøkonomi · Alle kredse" in text
        assert "2024-01 – 2026-12, pr. måned" in text
        assert "Periode" in text  # the table heading repeats on each page it runs onto
    whole = " ".join(texts)
    assert "A-01 Alfa" in whole
    assert "K2 Kreds To" in whole
    assert "160,0" in whole  # A's coverage in January 2026
    assert "–" in whole
    assert costs_pdf(long) == costs_pdf(long)  # reproducible
