"""Reading many sites' suggestion inputs at once: one query per kind of row, split by site.

Each reader mirrors a one-site reader (`portions`, `menus.store`, `stock`, `ordering.reading`)
with `site_id IN (...)` and the site added to what it hands back; the rules applied afterwards
are the one-site path's own functions, so the batch cannot drift from it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from canteen.db.models import (
    Forecast,
    ForecastOverride,
    GoodsReceipt,
    GoodsReceiptLine,
    Headcount,
    MenuItem,
    MenuLine,
    PreferredProduct,
    PurchaseOrder,
    PurchaseOrderLine,
    SiteEvent,
    StockCount,
    SupplierProduct,
    SupplierSiteTerms,
)
from canteen.services.menus.rows import CellKey, CellValue
from canteen.services.portions import SHARE_WEEKS
from canteen.services.stock import OPEN_STATUSES

BySite = dict[str, dict]


def _nested() -> defaultdict[str, dict]:
    return defaultdict(dict)


def read_cells(session: Session, ids: Collection[str], first: date, last: date) -> BySite:
    """Live menu cells per site from `first` to `last` (as `current_values(items_between())`)."""
    out = _nested()
    rows = session.execute(
        select(
            MenuItem.site_id,
            MenuItem.day,
            MenuItem.service,
            MenuLine.code,
            MenuItem.position,
            MenuItem.recipe_id,
            MenuItem.planned_portions,
        )
        # Every line, removed ones too, as the one-site read joins them (store.items_between).
        .join(MenuLine, MenuItem.menu_line_id == MenuLine.id)
        .where(
            MenuItem.site_id.in_(ids),
            MenuItem.day >= first,
            MenuItem.day <= last,
            MenuItem.deleted_at.is_(None),
        ),
        execution_options={"include_deleted": True},
    )
    for site_id, day, service, line, position, recipe_id, portions in rows:
        out[site_id].setdefault(
            CellKey(day, service, line, position), CellValue(recipe_id, portions)
        )
    return out


def read_active_lines(session: Session, ids: Collection[str]) -> dict[str, list[MenuLine]]:
    """Active menu lines per site."""
    out: dict[str, list[MenuLine]] = defaultdict(list)
    query = select(MenuLine).where(MenuLine.site_id.in_(ids), MenuLine.active.is_(True))
    for line in session.scalars(query):
        out[line.site_id].append(line)
    return out


def read_overrides(session: Session, ids: Collection[str], first: date, last: date) -> BySite:
    """Managers' covers per site by (day, service)."""
    out = _nested()
    query = select(
        ForecastOverride.site_id,
        ForecastOverride.day,
        ForecastOverride.service,
        ForecastOverride.covers,
    ).where(ForecastOverride.site_id.in_(ids), ForecastOverride.day.between(first, last))
    for site_id, day, service, covers in session.execute(query):
        out[site_id][(day, service)] = covers
    return out


def read_forecasts(session: Session, ids: Collection[str], first: date, last: date) -> BySite:
    """The latest forecast per site by (day, service) (rows with `covers` and `high`)."""
    out = _nested()
    query = (
        select(Forecast.site_id, Forecast.day, Forecast.service, Forecast.covers, Forecast.high)
        .where(Forecast.site_id.in_(ids), Forecast.day.between(first, last))
        .order_by(Forecast.made_on)
    )
    for row in session.execute(query):
        out[row.site_id][(row.day, row.service)] = row  # the latest made wins
    return out


def read_closings(
    session: Session, ids: Collection[str], first: date, last: date
) -> dict[str, list[SiteEvent]]:
    """Closing events per site overlapping `first`..`last`."""
    out: dict[str, list[SiteEvent]] = defaultdict(list)
    query = select(SiteEvent).where(
        SiteEvent.site_id.in_(ids),
        SiteEvent.kind == "closed",
        SiteEvent.start_date <= last,
        SiteEvent.end_date >= first,
    )
    for event in session.scalars(query):
        out[event.site_id].append(event)
    return out


def read_share_records(
    session: Session, ids: Collection[str], before: date
) -> dict[tuple[str, str], list[tuple[int, str | None]]]:
    """Recorded (covers, line portions) per (site, service) in the eight weeks before `before`."""
    out: dict[tuple[str, str], list[tuple[int, str | None]]] = defaultdict(list)
    query = (
        select(Headcount.site_id, Headcount.service, Headcount.covers, Headcount.line_portions)
        .where(
            Headcount.site_id.in_(ids),
            Headcount.day < before,
            Headcount.day >= before - timedelta(weeks=SHARE_WEEKS),
            Headcount.line_portions.is_not(None),
        )
        .order_by(Headcount.site_id, Headcount.day)
    )
    for site_id, service, covers, portions in session.execute(query):
        out[(site_id, service)].append((covers, portions))
    return out


def read_site_terms(session: Session, ids: Collection[str]) -> BySite:
    """Each site's own terms rows, by site and supplier."""
    out = _nested()
    query = select(SupplierSiteTerms).where(SupplierSiteTerms.site_id.in_(ids))
    for terms in session.scalars(query):
        out[terms.site_id][terms.supplier_id] = terms
    return out


def read_all_preferred(session: Session, ids: Collection[str]) -> BySite:
    """The product each site prefers per ingredient."""
    out = _nested()
    query = select(
        PreferredProduct.site_id, PreferredProduct.ingredient_id, PreferredProduct.product_id
    ).where(PreferredProduct.site_id.in_(ids))
    for site_id, ingredient_id, product_id in session.execute(query):
        out[site_id][ingredient_id] = product_id
    return out


def read_all_counts(session: Session, ids: Collection[str], since: date, before: date) -> BySite:
    """Each site's latest count per ingredient from `since` up to the day before `before`."""
    latest = (
        select(
            StockCount.site_id,
            StockCount.ingredient_id,
            func.max(StockCount.counted_on).label("day"),
        )
        .where(
            StockCount.site_id.in_(ids),
            StockCount.counted_on >= since,
            StockCount.counted_on < before,
            StockCount.deleted_at.is_(None),
        )
        .group_by(StockCount.site_id, StockCount.ingredient_id)
        .subquery()
    )
    rows = session.execute(
        select(
            StockCount.site_id, StockCount.ingredient_id, StockCount.counted_on, StockCount.quantity
        ).join(
            latest,
            (latest.c.site_id == StockCount.site_id)
            & (latest.c.ingredient_id == StockCount.ingredient_id)
            & (latest.c.day == StockCount.counted_on),
        )
    )
    out = _nested()
    for site_id, ingredient_id, day, quantity in rows:
        out[site_id][ingredient_id] = (day, quantity)
    return out


def read_all_receipts(
    session: Session, ids: Collection[str], since: date, before: date
) -> dict[str, dict[str, list[tuple[date, float]]]]:
    """Quantities received per site and ingredient (day, base units), in `read_receipts`' order."""
    rows = session.execute(
        select(
            GoodsReceipt.site_id,
            SupplierProduct.ingredient_id,
            GoodsReceipt.received_on,
            GoodsReceiptLine.quantity,
        )
        .join(GoodsReceipt, GoodsReceipt.id == GoodsReceiptLine.receipt_id)
        .join(SupplierProduct, SupplierProduct.id == GoodsReceiptLine.product_id)
        .where(
            GoodsReceipt.site_id.in_(ids),
            GoodsReceipt.received_on >= since,
            GoodsReceipt.received_on < before,
        )
        .order_by(GoodsReceipt.received_on, GoodsReceiptLine.id)
    )
    out: dict[str, dict[str, list[tuple[date, float]]]] = defaultdict(lambda: defaultdict(list))
    for site_id, ingredient_id, day, quantity in rows:
        out[site_id][ingredient_id].append((day, quantity))
    return out


def read_all_on_order(session: Session, ids: Collection[str], since: date, last: date) -> BySite:
    """Base units on open orders per site and ingredient, delivering from `since` to `last`."""
    rows = session.execute(
        select(
            PurchaseOrder.site_id,
            SupplierProduct.ingredient_id,
            func.sum(PurchaseOrderLine.packs * SupplierProduct.pack_size),
        )
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
        .join(SupplierProduct, SupplierProduct.id == PurchaseOrderLine.product_id)
        .where(
            PurchaseOrder.site_id.in_(ids),
            PurchaseOrder.status.in_(OPEN_STATUSES),
            PurchaseOrder.delivery_date >= since,
            PurchaseOrder.delivery_date <= last,
        )
        .group_by(PurchaseOrder.site_id, SupplierProduct.ingredient_id)
    )
    out = _nested()
    for site_id, ingredient_id, quantity in rows:
        out[site_id][ingredient_id] = float(quantity or 0)
    return out
