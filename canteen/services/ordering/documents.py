"""One stored order read as its documents need it: parties, delivery, lines, totals with VAT."""

from __future__ import annotations

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import (
    Ingredient,
    PurchaseOrderLine,
    Site,
    Supplier,
    SupplierProduct,
    SupplierSiteTerms,
)
from canteen.reports.purchase_order_rows import OrderDocument, OrderLineRow, Party, totals_of
from canteen.services.ordering.lifecycle import find_order


def order_document(db: Database, site_id: str, number: str) -> OrderDocument:
    """The site's order `number` as rows (NotFoundError if there is none)."""
    with db.reading() as session:
        order = find_order(session, site_id, number)
        site = session.get(Site, site_id)
        supplier = session.get(Supplier, order.supplier_id)
        terms = session.scalars(
            select(SupplierSiteTerms).where(
                SupplierSiteTerms.site_id == site_id,
                SupplierSiteTerms.supplier_id == order.supplier_id,
            )
        ).one_or_none()
        rows = session.execute(
            select(PurchaseOrderLine, SupplierProduct, Ingredient)
            .join(SupplierProduct, SupplierProduct.id == PurchaseOrderLine.product_id)
            .join(Ingredient, Ingredient.id == SupplierProduct.ingredient_id)
            .where(PurchaseOrderLine.order_id == order.id)
            .order_by(Ingredient.name, SupplierProduct.item_number)
        ).all()
        lines = tuple(
            OrderLineRow(
                position,
                product.item_number,
                product.description,
                ingredient.name,
                product.pack_size,
                ingredient.base_unit,
                product.pack_description,
                line.packs,
                line.pack_price_ore,
                product.organic,
            )
            for position, (line, product, ingredient) in enumerate(rows, start=1)
        )
        return OrderDocument(
            number=order.order_number,
            status=order.status,
            order_date=order.order_date,
            delivery_date=order.delivery_date,
            note=order.note,
            buyer=Party(site.name, site.address, site.town, gln=site.gln),
            buyer_code=site.code,
            cost_centre=site.cost_centre,
            seller=Party(supplier.name, gln=supplier.gln, cvr=supplier.cvr, email=supplier.email),
            customer_number=terms.customer_number if terms is not None else "",
            lines=lines,
            totals=totals_of(lines),
        )
