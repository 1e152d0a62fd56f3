"""Stock on hand: the latest count plus goods received minus what the menus planned to use."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from canteen.db.engine import Database
from canteen.db.models import (
    GoodsReceipt,
    GoodsReceiptLine,
    PurchaseOrder,
    PurchaseOrderLine,
    StockCount,
    SupplierProduct,
)

if TYPE_CHECKING:
    from canteen.services.ordering.needs import PlannedUse

# Counts older than this are not trusted: without a newer one, stock starts from zero here.
LOOKBACK_DAYS = 35
OPEN_STATUSES = ("draft", "sent", "confirmed")


@dataclass(frozen=True)
class ExpectedStock:
    """One ingredient's expected stock on a day, and what it is made of (base units)."""

    ingredient_id: str
    counted: float
    counted_on: date | None
    received: float
    planned_use: float

    @property
    def expected(self) -> float:
        """Count + received − planned use, never below zero (a missing receipt, not a debt)."""
        return max(0.0, self.counted + self.received - self.planned_use)


def read_latest_counts(
    session: Session, site_id: str, since: date, before: date
) -> dict[str, tuple[date, float]]:
    """Each ingredient's latest count from `since` up to the day before `before`."""
    latest = (
        select(StockCount.ingredient_id, func.max(StockCount.counted_on).label("day"))
        .where(
            StockCount.site_id == site_id,
            StockCount.counted_on >= since,
            StockCount.counted_on < before,
            StockCount.deleted_at.is_(None),
        )
        .group_by(StockCount.ingredient_id)
        .subquery()
    )
    rows = session.execute(
        select(StockCount.ingredient_id, StockCount.counted_on, StockCount.quantity)
        .join(
            latest,
            (latest.c.ingredient_id == StockCount.ingredient_id)
            & (latest.c.day == StockCount.counted_on),
        )
        .where(StockCount.site_id == site_id)
    ).all()
    return {i: (day, quantity) for i, day, quantity in rows}


def read_receipts(
    session: Session, site_id: str, since: date, before: date
) -> dict[str, list[tuple[date, float]]]:
    """Quantities received per ingredient (day, base units) from `since` up to `before`."""
    rows = session.execute(
        select(SupplierProduct.ingredient_id, GoodsReceipt.received_on, GoodsReceiptLine.quantity)
        .join(GoodsReceipt, GoodsReceipt.id == GoodsReceiptLine.receipt_id)
        .join(SupplierProduct, SupplierProduct.id == GoodsReceiptLine.product_id)
        .where(
            GoodsReceipt.site_id == site_id,
            GoodsReceipt.received_on >= since,
            GoodsReceipt.received_on < before,
        )
        .order_by(GoodsReceipt.received_on, GoodsReceiptLine.id)  # a fixed order to sum in
    ).all()
    out: dict[str, list[tuple[date, float]]] = defaultdict(list)
    for ingredient_id, day, quantity in rows:
        out[ingredient_id].append((day, quantity))
    return out


def read_on_order(session: Session, site_id: str, since: date, last: date) -> dict[str, float]:
    """Base units on open orders (draft, sent, confirmed) delivering from `since` to `last`."""
    rows = session.execute(
        select(
            SupplierProduct.ingredient_id,
            func.sum(PurchaseOrderLine.packs * SupplierProduct.pack_size),
        )
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
        .join(SupplierProduct, SupplierProduct.id == PurchaseOrderLine.product_id)
        .where(
            PurchaseOrder.site_id == site_id,
            PurchaseOrder.status.in_(OPEN_STATUSES),
            PurchaseOrder.delivery_date >= since,
            PurchaseOrder.delivery_date <= last,
        )
        .group_by(SupplierProduct.ingredient_id)
    ).all()
    return {i: float(q or 0) for i, q in rows}


def combine(
    day: date,
    ingredient_ids: Iterable[str],
    counts: dict[str, tuple[date, float]],
    receipts: dict[str, list[tuple[date, float]]],
    use: PlannedUse,
    since: date,
) -> dict[str, ExpectedStock]:
    """Expected stock on `day` (before that day's use) per ingredient from what was read."""
    out = {}
    for ingredient_id in ingredient_ids:
        counted_on, counted = counts.get(ingredient_id, (None, 0.0))
        start = counted_on if counted_on is not None else since - timedelta(days=1)
        received = sum(q for d, q in receipts.get(ingredient_id, ()) if start < d < day)
        used = use.total(ingredient_id, start, day)
        out[ingredient_id] = ExpectedStock(ingredient_id, counted, counted_on, received, used)
    return out


def expected_stock(
    db: Database, site_id: str, day: date, ingredient_ids: Collection[str] | None = None
) -> dict[str, ExpectedStock]:
    """Expected stock on `day` of these ingredients (all counted or received when None)."""
    # Imported here: the ordering package reads stock too (a cycle at import time otherwise).
    from canteen.services.ordering.needs import planned_use

    since = day - timedelta(days=LOOKBACK_DAYS)
    use = planned_use(db, site_id, since, day - timedelta(days=1))
    with db.reading() as session:
        counts = read_latest_counts(session, site_id, since, day)
        receipts = read_receipts(session, site_id, since, day)
    wanted = set(counts) | set(receipts) if ingredient_ids is None else set(ingredient_ids)
    return combine(day, wanted, counts, receipts, use, since)
