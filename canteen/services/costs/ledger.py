"""The report's queries: per site and month sums from the ledger tables, in SQLAlchemy Core.

Written once for SQLite and PostgreSQL alike: months come from `extract()` (strftime on SQLite,
EXTRACT on PostgreSQL), nothing dialect-specific is spelled out, and tombstoned rows are left out
by hand because Core statements bypass the session's soft-delete filter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace

from sqlalchemy import Connection, Integer, and_, case, cast, extract, func, select

from canteen.db.models import (
    Budget,
    CostEntry,
    GoodsReceipt,
    GoodsReceiptLine,
    Ingredient,
    Sale,
    SaleAdjustment,
    SupplierProduct,
    WasteRecord,
)
from canteen.services.costs.figures import CostFigures
from canteen.services.costs.periods import day_after, first_day, month_number

Key = tuple[str, int]  # (site id, month as YYYYMM)
CATEGORY_FIELDS = {
    "raw_materials": "raw_materials_ore",
    "labour": "labour_ore",
    "other": "other_ore",
    "waste": "waste_ore",
}


def _month(column):
    """YYYYMM of a date column, the same on both databases."""
    return cast(extract("year", column) * 100 + extract("month", column), Integer)


def _live(table, site_ids: Iterable[str] | None):
    conditions = [table.deleted_at.is_(None)]
    if site_ids is not None:
        conditions.append(table.site_id.in_(list(site_ids)))
    return conditions


def _grams():
    """Delivered quantity in grams: ml at the ingredient's density (else water), pieces by weight.

    NULL where a piece has no weight, so it drops out of the kilo basis instead of guessing.
    """
    quantity = GoodsReceiptLine.quantity
    return case(
        (Ingredient.base_unit == "g", quantity),
        (Ingredient.base_unit == "ml", quantity * func.coalesce(Ingredient.density_g_per_ml, 1.0)),
        else_=quantity * Ingredient.piece_weight_g,
    )


def statements(first: str, last: str, site_ids: Iterable[str] | None) -> dict[str, object]:
    """The six aggregate SELECTs over the months `first`..`last`, by name."""
    start, end = first_day(first), day_after(last)
    sites = None if site_ids is None else list(site_ids)
    sale_month = _month(Sale.day)
    sales = (
        select(Sale.site_id, sale_month, func.sum(Sale.covers_sold), func.sum(Sale.revenue_ore))
        .where(Sale.day >= start, Sale.day < end, *_live(Sale, sites))
        .group_by(Sale.site_id, sale_month)
    )
    # Corrections of sales (reversal + new entry) count in their period, like cost entries.
    adjustments = (
        select(
            SaleAdjustment.site_id,
            SaleAdjustment.period,
            func.sum(SaleAdjustment.covers_sold),
            func.sum(SaleAdjustment.revenue_ore),
        )
        .where(
            SaleAdjustment.period >= first,
            SaleAdjustment.period <= last,
            *_live(SaleAdjustment, sites),
        )
        .group_by(SaleAdjustment.site_id, SaleAdjustment.period)
    )
    entries = (
        select(
            CostEntry.site_id, CostEntry.period, CostEntry.category, func.sum(CostEntry.amount_ore)
        )
        # The entry's period, not its day: entries for a closed month are booked to a later one.
        .where(CostEntry.period >= first, CostEntry.period <= last, *_live(CostEntry, sites))
        .group_by(CostEntry.site_id, CostEntry.period, CostEntry.category)
    )
    budgets = (
        select(Budget.site_id, Budget.period, func.sum(Budget.amount_ore))
        .where(Budget.period >= first, Budget.period <= last, *_live(Budget, sites))
        .group_by(Budget.site_id, Budget.period)
    )
    waste_month = _month(WasteRecord.day)
    waste = (
        select(
            WasteRecord.site_id,
            waste_month,
            func.sum(WasteRecord.weight_g),
            func.sum(WasteRecord.cost_ore),
        )
        .where(WasteRecord.day >= start, WasteRecord.day < end, *_live(WasteRecord, sites))
        .group_by(WasteRecord.site_id, waste_month)
    )
    line, grams = GoodsReceiptLine, _grams()
    receipt_month = _month(GoodsReceipt.received_on)
    organic = line.organic.is_(True)
    purchases = (
        select(
            line.site_id,
            receipt_month,
            func.sum(line.amount_ore),
            func.sum(case((organic, line.amount_ore), else_=0)),
            func.sum(grams),
            func.sum(case((organic, grams), else_=0.0)),
            func.sum(grams / 1000.0 * Ingredient.co2e_per_kg),
        )
        .join(GoodsReceipt, GoodsReceipt.id == line.receipt_id)
        .join(SupplierProduct, SupplierProduct.id == line.product_id)
        .join(Ingredient, Ingredient.id == SupplierProduct.ingredient_id)
        .where(
            and_(GoodsReceipt.received_on >= start, GoodsReceipt.received_on < end),
            GoodsReceipt.deleted_at.is_(None),
            *_live(line, sites),
        )
        .group_by(line.site_id, receipt_month)
    )
    return {
        "sales": sales,
        "adjustments": adjustments,
        "entries": entries,
        "budgets": budgets,
        "waste": waste,
        "purchases": purchases,
    }


def read_months(
    connection: Connection,
    first: str,
    last: str,
    site_ids: Iterable[str] | None = None,
    step: Callable[[], None] | None = None,
) -> dict[Key, CostFigures]:
    """Every site's figures per month (only site-months with some row); `step` after each query."""
    sums: dict[Key, dict[str, float]] = defaultdict(dict)
    queries = statements(first, last, site_ids)

    def run(name):
        rows = connection.execute(queries[name]).all()
        if step is not None:
            step()
        return rows

    for site_id, month, covers, revenue in run("sales"):
        sums[(site_id, int(month))].update(covers=int(covers or 0), revenue_ore=int(revenue or 0))
    for site_id, period, covers, revenue in run("adjustments"):
        held = sums[(site_id, month_number(period))]
        held["covers"] = held.get("covers", 0) + int(covers or 0)
        held["revenue_ore"] = held.get("revenue_ore", 0) + int(revenue or 0)
    for site_id, period, category, amount in run("entries"):
        name = CATEGORY_FIELDS[category]
        key = (site_id, month_number(period))
        sums[key][name] = sums[key].get(name, 0) + int(amount or 0)
    for site_id, period, amount in run("budgets"):
        sums[(site_id, month_number(period))]["budget_ore"] = int(amount or 0)
    for site_id, month, weight, value in run("waste"):
        sums[(site_id, int(month))].update(
            waste_g=float(weight or 0), waste_value_ore=int(value or 0)
        )
    for site_id, month, amount, organic, grams, organic_g, co2e in run("purchases"):
        sums[(site_id, int(month))].update(
            purchased_ore=int(amount or 0),
            organic_ore=int(organic or 0),
            purchased_g=float(grams or 0),
            organic_g=float(organic_g or 0),
            co2e_kg=float(co2e or 0),
        )
    empty = CostFigures()
    return {key: replace(empty, **values) for key, values in sums.items()}
