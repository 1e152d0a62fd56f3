"""One hand-built ledger whose every figure is worked out by hand in the tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from canteen.db.engine import Database
from tests.canteen.costs.ledger import budget, entry, receipt, sale, waste
from tests.factories import make_district, make_ingredient, make_product, make_site


@dataclass(frozen=True)
class Ledger:
    """The ids the tests need."""

    district_one: str
    district_two: str
    site_a: str
    site_b: str
    site_c: str


def build(db: Database) -> Ledger:
    """Districts K1 (sites A, B) and K2 (site C, nothing booked), January to March 2026.

    Site A, January: 100 covers, 4,000 kr revenue; raw materials 3,000 kr less a 500 kr credit
    note; labour 5,000 kr typed twice and reversed once; other 200 kr; waste entry 100 kr;
    budget 7,600 kr; 3 kg waste worth 150 kr; purchases 300 kr organic of 1,000 kr, 2 kg organic
    of 10 kg plus 1 l of milk (1.03 kg) and 4 eggs with no weight. February: no covers, 5,000 kr
    labour and 50 kr other for January booked into February (January was closed).
    Site B, January: 50 covers, 1,500 kr revenue, 2,000 kr raw materials.
    """
    one = make_district(db, code="K1", name="Kreds Et")
    two = make_district(db, code="K2", name="Kreds To")
    a = make_site(db, one, code="A-01", name="Alfa")
    b = make_site(db, one, code="B-01", name="Beta")
    c = make_site(db, two, code="C-01", name="Gamma")
    sale(db, a, date(2026, 1, 5), 60, 240_000)
    sale(db, a, date(2026, 1, 6), 40, 160_000)
    # A tombstoned sale counts nowhere.
    sale(db, a, date(2026, 1, 7), 999, 999_900, deleted_at=datetime(2026, 1, 8, tzinfo=UTC))
    entry(db, a, date(2026, 1, 5), "raw_materials", 300_000)
    entry(db, a, date(2026, 1, 20), "raw_materials", -50_000)
    entry(db, a, date(2026, 1, 31), "labour", 500_000)
    entry(db, a, date(2026, 1, 31), "labour", 500_000)
    entry(db, a, date(2026, 1, 31), "labour", -500_000)
    entry(db, a, date(2026, 1, 31), "other", 20_000)
    entry(db, a, date(2026, 1, 31), "waste", 10_000)
    entry(db, a, date(2026, 2, 27), "labour", 500_000)
    entry(db, a, date(2026, 1, 30), "other", 5_000, period="2026-02")
    budget(db, a, one, "2026-01", raw_materials=240_000, labour=500_000, other=20_000)
    waste(db, a, date(2026, 1, 5), 1_000, 5_000)
    waste(db, a, date(2026, 1, 6), 2_000, 10_000)
    veg = make_ingredient(db, co2e_per_kg=2.0)
    milk = make_ingredient(db, base_unit="ml", density_g_per_ml=1.03, co2e_per_kg=1.0)
    eggs = make_ingredient(db, base_unit="pcs")
    veg_product, milk_product = make_product(db, veg), make_product(db, milk)
    egg_product = make_product(db, eggs)
    receipt(
        db,
        a,
        date(2026, 1, 5),
        [
            (veg_product, 2_000, 30_000, True),
            (veg_product, 8_000, 60_000, False),
            (milk_product, 1_000, 5_000, False),
            (egg_product, 4, 5_000, False),
        ],
    )
    sale(db, b, date(2026, 1, 5), 50, 150_000)
    entry(db, b, date(2026, 1, 5), "raw_materials", 200_000)
    return Ledger(one, two, a, b, c)
