"""Reading a suggestion's inputs: the site's terms with each supplier, offers, preferences."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from datetime import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from canteen.db.models import (
    PreferredProduct,
    ProductPrice,
    PurchaseOrderLine,
    Supplier,
    SupplierProduct,
    SupplierSiteTerms,
)
from canteen.services.ordering.choice import Offer, Price
from canteen.services.ordering.deliveries import Terms


def _clock(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:  # the catalogue column has no CHECK; noon is the trade's usual cut-off
        return time(12, 0)


def read_terms(session: Session, site_id: str) -> dict[str, Terms]:
    """Every supplier's terms for the site: its own row where it has one, else the defaults."""
    own = {
        t.supplier_id: t
        for t in session.scalars(
            select(SupplierSiteTerms).where(SupplierSiteTerms.site_id == site_id)
        )
    }
    return terms_from(session.scalars(select(Supplier)).all(), own)


def terms_from(
    suppliers: Iterable[Supplier], own: Mapping[str, SupplierSiteTerms]
) -> dict[str, Terms]:
    """Each supplier's terms: the site's own row (`own`, by supplier) where it has one."""
    out = {}
    for s in suppliers:
        t = own.get(s.id)
        if t is not None and not t.active:
            out[s.id] = Terms(s.id, s.name, delivery_weekdays="", customer_number=t.customer_number)
        elif t is not None:
            out[s.id] = Terms(
                s.id,
                s.name,
                t.delivery_weekdays,
                t.cutoff_days_before,
                _clock(t.cutoff_time),
                t.lead_time_days,
                t.min_order_ore,
                t.customer_number,
            )
        else:
            out[s.id] = Terms(
                s.id,
                s.name,
                s.delivery_weekdays,
                min(s.lead_time_days, 1),
                _clock(s.cutoff_time),
                s.lead_time_days,
                s.min_order_ore,
            )
    return out


def read_offers(session: Session, ingredient_ids: Collection[str]) -> dict[str, list[Offer]]:
    """The live supplier products of these ingredients, each with its price history."""
    if not ingredient_ids:
        return {}
    products = session.scalars(
        select(SupplierProduct).where(SupplierProduct.ingredient_id.in_(list(ingredient_ids)))
    ).all()
    prices: dict[str, list[Price]] = defaultdict(list)
    if products:
        for product_id, price, start, end in session.execute(
            select(
                ProductPrice.product_id,
                ProductPrice.price_ore,
                ProductPrice.valid_from,
                ProductPrice.valid_to,
            ).where(ProductPrice.product_id.in_([p.id for p in products]))
        ):
            prices[product_id].append(Price(price, start, end))
    out: dict[str, list[Offer]] = defaultdict(list)
    for p in products:
        out[p.ingredient_id].append(
            Offer(
                p.id,
                p.ingredient_id,
                p.supplier_id,
                p.item_number,
                p.description,
                p.pack_size,
                p.organic,
                p.preferred,
                tuple(prices[p.id]),
            )
        )
    return out


def read_preferred(session: Session, site_id: str) -> dict[str, str]:
    """The product the site prefers per ingredient."""
    return dict(
        session.execute(
            select(PreferredProduct.ingredient_id, PreferredProduct.product_id).where(
                PreferredProduct.site_id == site_id
            )
        ).all()
    )


def without_orders(
    session: Session, on_order: Mapping[str, float], order_ids: Collection[str]
) -> dict[str, float]:
    """What is on order per ingredient once the given orders' lines are taken out."""
    rows = session.execute(
        select(SupplierProduct.ingredient_id, PurchaseOrderLine.packs * SupplierProduct.pack_size)
        .join(SupplierProduct, SupplierProduct.id == PurchaseOrderLine.product_id)
        .where(PurchaseOrderLine.order_id.in_(list(order_ids)))
    )
    left = dict(on_order)
    for ingredient_id, quantity in rows:
        if ingredient_id in left:
            left[ingredient_id] = max(0.0, left[ingredient_id] - float(quantity or 0))
    return left
