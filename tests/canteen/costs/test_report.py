"""The cost report's figures on a hand-built ledger, at every level and grouping."""

from __future__ import annotations

from datetime import date

import pytest

from canteen.errors import NotFoundError, ValidationError
from canteen.services.costs import ALL, DISTRICT, SITE, Selection, cost_report
from tests.canteen.costs.scenario import build


@pytest.fixture
def ledger(db):
    return build(db)


def _row(report, level, period, site=""):
    return next(
        r for r in report.rows if r.level == level and r.period == period and r.site_code == site
    )


def test_every_figure_of_a_site_month(db, ledger):
    report = cost_report(db, Selection(), "2026-01", "2026-03")
    f = _row(report, SITE, "2026-01", "A-01").figures
    assert (f.covers, f.revenue_ore) == (100, 400_000)
    assert f.raw_materials_ore == 250_000  # the credit note counts as it is
    assert f.labour_ore == 500_000  # typed twice, reversed once
    assert (f.other_ore, f.waste_ore) == (20_000, 10_000)
    assert f.total_cost_ore == 780_000
    assert f.raw_materials_per_cover_ore == 2_500
    assert f.total_cost_per_cover_ore == 7_800
    assert f.raw_material_coverage == 160.0
    assert f.budget_ore == 760_000
    assert f.variance_ore == 20_000  # over budget
    assert f.waste_kg == 3.0
    assert f.waste_g_per_cover == 30.0
    assert f.waste_value_per_cover_ore == 150.0
    assert f.organic_share_kr == 30.0
    assert f.organic_tier_kr == "bronze"
    # 2 kg organic of 10 kg + 1.03 kg milk; the eggs have no weight and stay out.
    assert f.organic_share_kg == pytest.approx(200 / 11.03)
    assert f.organic_tier_kg is None
    assert f.co2e_per_cover_kg == pytest.approx((10 * 2.0 + 1.03 * 1.0) / 100)


def test_a_month_without_covers_has_no_per_cover_figures(db, ledger):
    report = cost_report(db, Selection(), "2026-01", "2026-03")
    february = _row(report, SITE, "2026-02", "A-01").figures
    assert february.covers == 0
    assert february.labour_ore == 500_000
    assert february.other_ore == 5_000  # booked into February after January closed
    assert february.total_cost_per_cover_ore is None
    assert february.raw_materials_per_cover_ore is None
    assert february.raw_material_coverage is None
    assert february.co2e_per_cover_kg is None
    assert february.budget_ore is None
    assert february.variance_ore is None
    nothing = _row(report, SITE, "2026-03", "C-01").figures
    assert nothing.organic_share_kr is None
    assert nothing.organic_tier_kr is None


def test_districts_and_the_total_add_up_their_sites(db, ledger):
    report = cost_report(db, Selection(), "2026-01", "2026-03")
    k1 = next(
        r for r in report.level(DISTRICT) if r.district_code == "K1" and r.period == "2026-01"
    )
    assert k1.figures.covers == 150
    assert k1.figures.raw_materials_ore == 450_000
    assert k1.figures.raw_material_coverage == pytest.approx(550_000 / 450_000 * 100)
    assert k1.figures.budget_ore == 760_000  # B has no budget; its absence is not zero spent
    total = _row(report, ALL, "2026-01").figures
    assert total.covers == 150
    assert [r.district_code for r in report.level(DISTRICT)] == ["K1"] * 3 + ["K2"] * 3
    assert [r.site_code for r in report.sites_of("K1")][:3] == ["A-01"] * 3
    assert [r.period for r in report.periods_of("B-01")] == ["2026-01", "2026-02", "2026-03"]


def test_quarter_and_year_sum_their_months(db, ledger):
    quarter = cost_report(db, Selection(), "2026-01", "2026-03", "quarter")
    assert quarter.periods == ("2026-Q1",)
    a = _row(quarter, SITE, "2026-Q1", "A-01")
    assert a.figures.labour_ore == 1_000_000
    assert a.figures.total_cost_per_cover_ore == pytest.approx(1_285_000 / 100)
    assert a.organic_deadline == date(2026, 5, 12)  # six weeks after 31 March
    year = cost_report(db, Selection(), "2025-11", "2026-02", "year")
    assert year.periods == ("2025", "2026")
    assert _row(year, ALL, "2026").figures.covers == 150


def test_a_district_or_a_site_selects_its_sites(db, ledger):
    district = cost_report(db, Selection(DISTRICT, "k1"), "2026-01", "2026-01")
    assert {r.site_code for r in district.level(SITE)} == {"A-01", "B-01"}
    assert district.selection_name == "K1 Kreds Et"
    site = cost_report(db, Selection(SITE, ledger.site_b), "2026-01", "2026-01")
    assert [r.site_code for r in site.level(SITE)] == ["B-01"]
    assert _row(site, ALL, "2026-01").figures.raw_material_coverage == 75.0


def test_bad_selections_and_ranges_are_domain_errors(db, ledger):
    with pytest.raises(NotFoundError):
        cost_report(db, Selection(DISTRICT, "K9"), "2026-01", "2026-01")
    with pytest.raises(ValidationError) as caught:
        cost_report(db, Selection(), "2026-03", "2026-01")
    assert caught.value.data["reason"] == "month_range"
    with pytest.raises(ValidationError):
        cost_report(db, Selection(), "2026-01", "2026-01", "week")
