"""Each demo site's terms with the suppliers and the organic products it has chosen to buy."""

from __future__ import annotations

from canteen.db.models import PreferredProduct, SupplierSiteTerms
from canteen.demo.catalogue import Catalogue, Product
from canteen.demo.context import Context
from canteen.demo.org import DemoSite
from canteen.domain.ids import natural_id

# Small kitchens get the greengrocer and the bakery on fewer days (a route passes them less often).
SMALL_SITE_COVERS = 80
SMALL_SITE_DAYS = {"greengrocer": "135", "bakery": "24"}


def make_supplier_terms(
    ctx: Context, site: DemoSite, catalogue: Catalogue, chosen: dict[str, Product]
) -> None:
    """One terms row per supplier and one preferred product per ingredient bought organic."""
    rng = ctx.rng("supplier-terms", site.code)
    terms = []
    for key in sorted(catalogue.suppliers):
        supplier = catalogue.suppliers[key]
        supplier_id = catalogue.supplier_ids[key]
        days = supplier.delivery_weekdays
        if site.usual_covers < SMALL_SITE_COVERS:
            days = SMALL_SITE_DAYS.get(supplier.kind, days)
        # Big kitchens have negotiated a lower minimum; the order desk wants the order a day
        # ahead, two for suppliers who pick and pack the day before (fish, meat).
        minimum = supplier.min_order_kr * (80 if site.usual_covers >= 200 else 100)
        terms.append(
            {
                "id": natural_id("supplier_site_terms", site.id, supplier_id),
                "site_id": site.id,
                "supplier_id": supplier_id,
                "customer_number": f"{rng.randrange(10000, 99999)}",
                "delivery_weekdays": days,
                "cutoff_days_before": min(supplier.lead_time_days, 2),
                "cutoff_time": supplier.cutoff_time,
                "lead_time_days": supplier.lead_time_days,
                "min_order_ore": minimum,
                "active": True,
            }
        )
    ctx.out.add(SupplierSiteTerms, terms)
    preferred = [
        {
            "id": natural_id("preferred_product", site.id, catalogue.ingredient_ids[name]),
            "site_id": site.id,
            "ingredient_id": catalogue.ingredient_ids[name],
            "product_id": product.id,
        }
        for name, product in sorted(chosen.items())
        if catalogue.organic_products.get(name) is product
    ]
    ctx.out.add(PreferredProduct, preferred)
