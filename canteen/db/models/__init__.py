"""All tables, one module per area; importing this package registers them on Base.metadata."""

from __future__ import annotations

from sqlalchemy import event

from canteen.db import capture, guards
from canteen.db.base import Base
from canteen.db.models.catalogue import Ingredient, ProductPrice, Supplier, SupplierProduct
from canteen.db.models.costs import (
    Budget,
    ClosedMonth,
    CostEntry,
    Sale,
    SaleAdjustment,
    WasteRecord,
)
from canteen.db.models.covers import Forecast, ForecastOverride, Headcount, SiteEvent
from canteen.db.models.local import LocalInfo
from canteen.db.models.menus import MenuCycle, MenuCycleItem, MenuItem, MenuLine, MenuPlan
from canteen.db.models.org import AppUser, District, Site
from canteen.db.models.purchasing import (
    GoodsReceipt,
    GoodsReceiptLine,
    PurchaseOrder,
    PurchaseOrderLine,
    StockCount,
)
from canteen.db.models.recipes import Recipe, RecipeLine
from canteen.db.models.supplier_terms import PreferredProduct, SupplierSiteTerms
from canteen.db.models.sync import SyncContext, SyncOutbox

# A file made by create_all (tests, benchmarks) gets the change-capture triggers too.
event.listen(Base.metadata, "after_create", capture.after_create)
event.listen(Base.metadata, "after_create", guards.after_create)

__all__ = [
    "AppUser",
    "Budget",
    "ClosedMonth",
    "CostEntry",
    "District",
    "Forecast",
    "ForecastOverride",
    "GoodsReceipt",
    "GoodsReceiptLine",
    "Headcount",
    "Ingredient",
    "LocalInfo",
    "MenuCycle",
    "MenuCycleItem",
    "MenuItem",
    "MenuLine",
    "MenuPlan",
    "PreferredProduct",
    "ProductPrice",
    "PurchaseOrder",
    "PurchaseOrderLine",
    "Recipe",
    "RecipeLine",
    "Sale",
    "SaleAdjustment",
    "Site",
    "SiteEvent",
    "StockCount",
    "Supplier",
    "SupplierProduct",
    "SupplierSiteTerms",
    "SyncContext",
    "SyncOutbox",
    "WasteRecord",
]
