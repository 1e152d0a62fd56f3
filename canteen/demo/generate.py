"""Fill an empty database with reproducible demo data, in one transaction."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime

from sqlalchemy import literal, select, text
from sqlalchemy.orm import Session

from canteen.db.base import Base
from canteen.db.engine import Database
from canteen.db.models import LocalInfo
from canteen.demo.catalogue import make_catalogue
from canteen.demo.context import (
    Context,
    DatabaseNotEmpty,
    IdMaker,
    Writer,
    first_day_of,
    stamp_of,
)
from canteen.demo.costs import make_ledger, make_sales, make_waste
from canteen.demo.covers import CoverModel, make_events, make_headcounts
from canteen.demo.menus import make_menus
from canteen.demo.org import make_districts, make_sites, make_users
from canteen.demo.purchasing import make_purchases
from canteen.demo.recipes import make_recipes
from canteen.demo.seed import load_seed
from canteen.demo.supplier_terms import make_supplier_terms
from canteen.errors import ValidationError

DEMO_KEY = "demo_data"
MAX_SITES = 1000
MAX_YEARS = 10
CACHE_KIB = 256 * 1024
DEFAULT_CACHE_KIB = 2000  # SQLite's own default


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind were made."""

    districts: int = 0
    sites: int = 0
    users: int = 0
    suppliers: int = 0
    ingredients: int = 0
    supplier_products: int = 0
    product_prices: int = 0
    recipes: int = 0
    recipe_lines: int = 0
    menu_lines: int = 0
    menu_cycles: int = 0
    menu_cycle_items: int = 0
    menu_plans: int = 0
    menu_items: int = 0
    site_events: int = 0
    headcounts: int = 0
    sales: int = 0
    purchase_orders: int = 0
    purchase_order_lines: int = 0
    goods_receipts: int = 0
    goods_receipt_lines: int = 0
    stock_counts: int = 0
    cost_entries: int = 0
    budgets: int = 0
    waste_records: int = 0
    supplier_site_terms: int = 0
    preferred_products: int = 0

    @classmethod
    def from_tables(cls, counts: Mapping[str, int]) -> DemoSummary:
        """From rows per table name."""
        return cls(**{f.name: counts.get(_TABLES[f.name], 0) for f in fields(cls)})

    @property
    def total(self) -> int:
        """All rows."""
        return sum(getattr(self, f.name) for f in fields(self))


# Summary field -> table name.
_TABLES = {
    "districts": "district",
    "sites": "site",
    "users": "app_user",
    "suppliers": "supplier",
    "ingredients": "ingredient",
    "supplier_products": "supplier_product",
    "product_prices": "product_price",
    "recipes": "recipe",
    "recipe_lines": "recipe_line",
    "menu_lines": "menu_line",
    "menu_cycles": "menu_cycle",
    "menu_cycle_items": "menu_cycle_item",
    "menu_plans": "menu_plan",
    "menu_items": "menu_item",
    "site_events": "site_event",
    "headcounts": "headcount",
    "sales": "sale",
    "purchase_orders": "purchase_order",
    "purchase_order_lines": "purchase_order_line",
    "goods_receipts": "goods_receipt",
    "goods_receipt_lines": "goods_receipt_line",
    "stock_counts": "stock_count",
    "cost_entries": "cost_entry",
    "budgets": "budget",
    "waste_records": "waste_record",
    "supplier_site_terms": "supplier_site_terms",
    "preferred_products": "preferred_product",
}


def generate(
    db: Database,
    *,
    sites: int = 20,
    years: int = 2,
    seed: int = 2026,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Fill an empty database with `sites` sites and `years` years of covers up to yesterday."""
    # Same seed and `today` give the same rows, ids included. It is one transaction: cancelling
    # (should_cancel() returns True) raises DemoCancelled and leaves nothing behind.
    if not 1 <= sites <= MAX_SITES:
        raise ValidationError("sites out of range", field="sites", value=sites, maximum=MAX_SITES)
    if not 1 <= years <= MAX_YEARS:
        raise ValidationError("years out of range", field="years", value=years, maximum=MAX_YEARS)
    today = today or date.today()
    seed_data = load_seed()
    total = sites + 2

    def report(done: int) -> None:
        if progress is not None:
            progress(done, total)

    with db.unit_of_work() as session:
        _refuse_unless_empty(session)
        _big_cache(session)
        stamp = stamp_of(today)
        ctx = Context(
            seed=seed,
            today=today,
            first_day=first_day_of(today, years),
            stamp=stamp,
            ids=IdMaker(seed, stamp),
            out=Writer(session, stamp),
            should_cancel=should_cancel,
        )
        report(0)
        ctx.check()
        catalogue = make_catalogue(ctx, seed_data)
        ctx.check()
        report(1)
        district_ids = make_districts(ctx, seed_data)
        demo_sites = make_sites(ctx, seed_data, sites, district_ids)
        make_users(ctx, seed_data, district_ids, demo_sites)
        book = make_recipes(ctx, seed_data, catalogue, demo_sites)
        ctx.check()
        report(2)
        for done, site in enumerate(demo_sites, start=3):
            model = CoverModel(site, today, make_events(ctx, site))
            eaten = make_headcounts(ctx, site, model)
            make_sales(ctx, site, eaten)
            ctx.check()
            planned = make_menus(ctx, site, book, model)
            purchases = make_purchases(ctx, site, catalogue, book, planned)
            make_supplier_terms(ctx, site, catalogue, purchases.chosen)
            ctx.check()
            make_ledger(ctx, site, purchases, eaten, model)
            make_waste(ctx, site, purchases, eaten)
            ctx.check()
            report(done)
        info = {
            "seed": seed,
            "sites": sites,
            "years": years,
            "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "today": today.isoformat(),
        }
        ctx.out.add(LocalInfo, [{"key": DEMO_KEY, "value": json.dumps(info)}])
        _big_cache(session, reset=True)
    return DemoSummary.from_tables(ctx.out.counts)


def _big_cache(session: Session, *, reset: bool = False) -> None:
    # Random-keyed indexes thrash SQLite's default 2 MB page cache once tables grow; a larger
    # cache for this connection turns most index updates into memory writes.
    if session.get_bind().dialect.name == "sqlite":
        size = DEFAULT_CACHE_KIB if reset else CACHE_KIB
        session.execute(text(f"PRAGMA cache_size = -{size}"))


def holds_data(session: Session) -> bool:
    """Whether any table (other than facts about the file and sync bookkeeping) has a row."""
    for table in Base.metadata.sorted_tables:
        if table.name == LocalInfo.__tablename__ or table.info.get("client_only"):
            continue
        if session.execute(select(literal(1)).select_from(table).limit(1)).first() is not None:
            return True
    return False


def _refuse_unless_empty(session: Session) -> None:
    if holds_data(session):
        raise DatabaseNotEmpty("the database already holds data; demo data needs an empty one")
