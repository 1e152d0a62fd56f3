"""The same report queries give the same figures on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from canteen.services.costs import SITE, Selection, cost_report
from canteen.services.ledger.sales import record_sale
from tests.canteen.costs.ledger import receipt
from tests.canteen.costs.scenario import build
from tests.factories import make_ingredient, make_product, make_site


def _flat(report):
    return [(r.level, r.district_code, r.site_code, r.period, r.figures) for r in report.rows]


@pytest.mark.parametrize("grouping", ["month", "quarter"])
def test_postgres_gives_the_sqlite_figures(db, pg_db, grouping):
    build(db)
    build(pg_db)
    lite = cost_report(db, Selection(), "2025-12", "2026-03", grouping)
    server = cost_report(pg_db, Selection(), "2025-12", "2026-03", grouping)
    assert _flat(server) == _flat(lite)
    january = next(r for r in server.rows if r.site_code == "A-01" and r.period[:4] == "2026")
    assert january.figures.raw_materials_ore == 250_000
    assert january.figures.covers == 100


@pytest.mark.parametrize(
    ("share", "tier"),
    [(29.9, None), (30.0, "bronze"), (60.0, "silver"), (90.0, "gold")],
)
def test_organic_tier_on_both_bases(any_db, share, tier):
    """1,000 kr and 10 kg of goods, `share` per cent of each organic; pieces weigh 100 g."""
    site = make_site(any_db)
    carrots = make_product(any_db, make_ingredient(any_db))
    eggs = make_product(any_db, make_ingredient(any_db, base_unit="pcs", piece_weight_g=100))
    organic_ore = round(share * 1000)
    organic_pcs = share  # 100 g each: `share` eggs of 100 weigh share % of 10 kg
    receipt(
        any_db,
        site,
        date(2026, 2, 3),
        [
            (carrots, 0, organic_ore, True),
            (carrots, 0, 100_000 - organic_ore, False),
            (eggs, organic_pcs, 0, True),
            (eggs, 100 - organic_pcs, 0, False),
        ],
    )
    row = cost_report(any_db, Selection(SITE, site), "2026-01", "2026-03", "quarter").rows[0]
    f = row.figures
    assert f.organic_share_kr == pytest.approx(share)
    assert f.organic_share_kg == pytest.approx(share)
    assert (f.organic_tier_kr, f.organic_tier_kg) == (tier, tier)
    assert row.organic_deadline == date(2026, 5, 12)


def test_a_corrected_sale_counts_its_new_figures_on_both(any_db):
    """120 covers / 6,000 kr corrected to 118 / 5,900 kr: reversal + new entry, report 118."""
    site = make_site(any_db)
    record_sale(any_db, site, date(2026, 2, 2), "lunch", 120, 600_000)
    record_sale(any_db, site, date(2026, 2, 3), "lunch", 80, 400_000)
    record_sale(any_db, site, date(2026, 2, 2), "lunch", 118, 590_000, correct=True)
    row = cost_report(any_db, Selection(SITE, site), "2026-02", "2026-02").rows[0]
    assert (row.figures.covers, row.figures.revenue_ore) == (198, 990_000)
