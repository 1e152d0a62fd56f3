"""The rows of a printed count sheet: the area's sheet plus item numbers and the site's name."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import Site, SupplierProduct
from canteen.reports.count_sheet import CountSheet, CountSheetRow
from canteen.services.stock_sheet import count_sheet


def prepare_count_sheet(db: Database, site_id: str, area: str, day: date) -> CountSheet:
    """The site's count sheet of `area` on `day`, ready to print (in name order)."""
    rows = count_sheet(db, site_id, area, day)
    with db.reading() as session:
        site = session.get(Site, site_id)
        products = session.scalars(
            select(SupplierProduct)
            .where(SupplierProduct.ingredient_id.in_([r.ingredient_id for r in rows]))
            # The preferred product's number first: that is the pack on the shelf.
            .order_by(SupplierProduct.preferred.desc(), SupplierProduct.item_number)
        ).all()
        site_name = site.name if site is not None else ""
    numbers: dict[str, str] = {}
    for product in products:
        numbers.setdefault(product.ingredient_id, product.item_number)
    return CountSheet(
        site_name,
        area,
        day,
        tuple(
            CountSheetRow(
                r.name,
                numbers.get(r.ingredient_id, ""),
                r.unit,
                r.last_count,
                r.last_counted_on,
                r.ore_per_unit,
            )
            for r in rows
        ),
    )
