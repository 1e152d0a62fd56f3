"""Builders of hand-made ledger rows for the cost report tests (amounts in øre, weights in g)."""

from __future__ import annotations

from datetime import date

from canteen.db.engine import Database
from canteen.db.models import (
    Budget,
    CostEntry,
    GoodsReceipt,
    GoodsReceiptLine,
    Sale,
    WasteRecord,
)
from tests.factories import make_supplier


def sale(db: Database, site_id: str, day: date, covers: int, revenue: int, **values) -> None:
    """Covers and revenue of one lunch."""
    with db.unit_of_work() as session:
        session.add(
            Sale(site_id=site_id, day=day, covers_sold=covers, revenue_ore=revenue, **values)
        )


def entry(db: Database, site_id: str, day: date, category: str, amount: int, period=None) -> None:
    """A ledger entry, booked to the month of `day` unless another period is given."""
    with db.unit_of_work() as session:
        session.add(
            CostEntry(
                site_id=site_id,
                day=day,
                period=period or f"{day.year:04d}-{day.month:02d}",
                category=category,
                amount_ore=amount,
            )
        )


def budget(db: Database, site_id: str, district_id: str, period: str, **amounts: int) -> None:
    """Budget rows of one month, one per category given."""
    with db.unit_of_work() as session:
        for category, amount in amounts.items():
            session.add(
                Budget(
                    site_id=site_id,
                    district_id=district_id,
                    period=period,
                    category=category,
                    amount_ore=amount,
                )
            )


def waste(db: Database, site_id: str, day: date, grams: float, value: int) -> None:
    """One weighed production waste record."""
    with db.unit_of_work() as session:
        session.add(
            WasteRecord(site_id=site_id, day=day, kind="production", weight_g=grams, cost_ore=value)
        )


def receipt(db: Database, site_id: str, day: date, lines: list[tuple[str, float, int, bool]]):
    """A goods receipt of (product id, quantity in base units, amount, organic) lines."""
    supplier_id = make_supplier(db)
    with db.unit_of_work() as session:
        head = GoodsReceipt(site_id=site_id, supplier_id=supplier_id, received_on=day)
        session.add(head)
        session.flush()
        for product_id, quantity, amount, organic in lines:
            session.add(
                GoodsReceiptLine(
                    site_id=site_id,
                    receipt_id=head.id,
                    product_id=product_id,
                    packs=1,
                    quantity=quantity,
                    amount_ore=amount,
                    organic=organic,
                )
            )
