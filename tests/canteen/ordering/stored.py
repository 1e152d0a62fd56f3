"""A stored draft order on a real SQLite file, for the lifecycle and export tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from canteen.db.engine import Database
from canteen.db.models import (
    PurchaseOrder,
    PurchaseOrderLine,
    SupplierProduct,
    SupplierSiteTerms,
)
from tests.factories import make_ingredient, make_product, make_site, make_supplier

SITE_GLN = "5798000416604"


@dataclass(frozen=True)
class Stored:
    """Ids of the site, supplier, order and its lines."""

    site: str
    supplier: str
    order: str
    number: str
    lines: tuple[str, ...]


def store_order(
    db: Database,
    *,
    status: str = "draft",
    lines: int = 2,
    site_gln: str | None = SITE_GLN,
    supplier_gln: str | None = "5790000000012",
    cvr: str = "12345678",
) -> Stored:
    """A draft for Grønt & Co: line k is k+2 packs at 123,45 kr × k (a 1 kg pack of Råvare k)."""
    site = make_site(
        db, name="Aarhus Politigård", address="Ringgadevej 1", town="Aarhus", gln=site_gln
    )
    supplier = make_supplier(db, name="Grønt & Co", cvr=cvr, gln=supplier_gln)
    with db.unit_of_work() as session:
        session.add(SupplierSiteTerms(site_id=site, supplier_id=supplier, customer_number="K-77"))
    products = [
        make_product(
            db,
            make_ingredient(db, name=f"Råvare {k:03d}"),
            supplier,
            pack_size=1000,
            price_ore=12345 * k,
        )
        for k in range(1, lines + 1)
    ]
    with db.unit_of_work() as session:
        # The factory numbers items itself; these are the numbers the documents must show.
        for k, product_id in enumerate(products, start=1):
            product = session.get(SupplierProduct, product_id)
            product.item_number = f"IT-{k:03d}"
            product.description = f"Vare {k:03d} æøå"
    with db.unit_of_work() as session:
        order = PurchaseOrder(
            site_id=site,
            supplier_id=supplier,
            order_number="2026-0007",
            order_date=date(2026, 3, 2),
            delivery_date=date(2026, 3, 5),
            status=status,
            note="Bagindgangen",
        )
        session.add(order)
        session.flush()
        rows = [
            PurchaseOrderLine(
                site_id=site, order_id=order.id, product_id=p, packs=k + 2, pack_price_ore=12345 * k
            )
            for k, p in enumerate(products, start=1)
        ]
        session.add_all(rows)
        session.flush()
        order.total_ore = sum(r.packs * r.pack_price_ore for r in rows)
        return Stored(site, supplier, order.id, order.order_number, tuple(r.id for r in rows))
