"""Weekly orders per supplier from the planned menus, goods receipts, monthly stock counts."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from canteen.db.models import (
    GoodsReceipt,
    GoodsReceiptLine,
    PurchaseOrder,
    PurchaseOrderLine,
    StockCount,
    WasteRecord,
)
from canteen.demo.catalogue import Catalogue, Product
from canteen.demo.context import ORDER_WEEKS_AHEAD, Context
from canteen.demo.org import DemoSite
from canteen.demo.recipes import RecipeBook
from canteen.demo.seed import IngredientSeed, SupplierSeed
from canteen.domain.calendar import is_public_holiday
from canteen.domain.weeks import IsoWeek

# Share of a week's use of fresh goods that spoils on the shelf, by ingredient category.
SPOILS = {
    "bakery": 0.03,
    "fish": 0.02,
    "shellfish": 0.02,
    "meat": 0.01,
    "poultry": 0.01,
    "vegetable": 0.02,
    "fruit": 0.02,
    "dairy": 0.01,
    "egg": 0.003,
}
# Dry-store goods are counted at each month end.
COUNTED = frozenset({"grain", "legume", "spice", "oil", "sauce", "other", "nut", "beverage"})


@dataclass
class Purchases:
    """What the ledger and waste steps need from purchasing."""

    start: date
    receipts: list[tuple[str, date, int, str]] = field(default_factory=list)
    received_ore: int = 0
    # The product bought for each ingredient (the site's organic choices among them).
    chosen: dict[str, Product] = field(default_factory=dict)

    def cost_per_cover(self, eaten: list[tuple[date, str, int]]) -> float:
        """Raw-material øre per cover over the period with receipts (a fallback when none)."""
        covers = sum(n for day, _, n in eaten if day >= self.start)
        return self.received_ore / covers if covers and self.received_ore else 2600.0


def grams(ingredient: IngredientSeed, quantity: float) -> float:
    """A base-unit quantity as grams."""
    if ingredient.unit == "ml":
        return quantity * (ingredient.density or 1.0)
    if ingredient.unit == "pcs":
        return quantity * (ingredient.piece_g or 50.0)
    return quantity


def delivery_day(supplier: SupplierSeed, week: IsoWeek) -> date | None:
    """The supplier's first delivery day in `week` that is not a public holiday."""
    for digit in supplier.delivery_weekdays:
        day = week.monday() + timedelta(days=int(digit) - 1)
        if not is_public_holiday(day):
            return day
    return None


def order_day(supplier: SupplierSeed, delivery: date) -> date:
    """The weekday the order goes out: lead time before delivery, never at a weekend."""
    day = delivery - timedelta(days=supplier.lead_time_days)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _month_end_counts(weeks: list[IsoWeek], today: date) -> dict[IsoWeek, date]:
    """The last weekday of each month (before today), by the week it falls in."""
    counts: dict[IsoWeek, date] = {}
    for week in weeks:
        for day in week.days(5):
            following = day + timedelta(days=3 if day.weekday() == 4 else 1)
            if following.month != day.month and day < today:
                counts[week] = day
    return counts


class _Site:
    """One site's purchasing run: stock on hand carried from week to week."""

    def __init__(
        self, ctx: Context, site: DemoSite, catalogue: Catalogue, book: RecipeBook
    ) -> None:
        self.ctx, self.site, self.catalogue, self.book = ctx, site, catalogue, book
        self.rng = site.rng
        self.stock: dict[str, float] = {}
        self.choices: dict[str, Product] = {}
        self.rows: dict[type, list[dict]] = {
            m: []
            for m in (
                PurchaseOrder,
                PurchaseOrderLine,
                GoodsReceipt,
                GoodsReceiptLine,
                StockCount,
                WasteRecord,
            )
        }

    def product(self, name: str) -> Product:
        """The product the site buys for an ingredient: organic or not, decided once per site."""
        chosen = self.choices.get(name)
        if chosen is None:
            chosen = self.catalogue.products[name]
            organic = self.catalogue.organic_products.get(name)
            if organic is not None and self.rng.random() < self.site.organic_level:
                chosen = organic
            self.choices[name] = chosen
        return chosen

    def week(self, week: IsoWeek, planned: Counter[str], purchases: Purchases) -> None:
        """Order what the week's menus need beyond stock, receive it, use it, lose some."""
        need: dict[str, float] = {}
        for recipe_id, portions in planned.items():
            for name, per_portion in self.book.needs[recipe_id]:
                need[name] = need.get(name, 0.0) + per_portion * portions
        by_supplier: dict[str, list[tuple[Product, int, float]]] = {}
        for name in sorted(need):
            product = self.product(name)
            short = need[name] - self.stock.get(name, 0.0)
            if short <= 1e-6:
                continue
            packs = math.ceil(short / product.ingredient.pack - 1e-9)
            by_supplier.setdefault(product.supplier.key, []).append((product, packs, need[name]))
        for key in sorted(by_supplier):
            supplier = self.catalogue.suppliers[key]
            delivery = delivery_day(supplier, week)
            if delivery is not None:
                self.order(week, supplier, delivery, by_supplier[key], purchases)
        if week.monday() >= self.ctx.today:
            return  # stock ahead of today is not simulated
        for name, quantity in need.items():
            self.stock[name] = max(0.0, self.stock.get(name, 0.0) - quantity)
        self.spoil(week, need)

    def order(self, week, supplier, delivery, lines, purchases: Purchases) -> None:
        """One order to one supplier; received when its delivery day has passed."""
        ctx, site = self.ctx, self.site
        ordered = order_day(supplier, delivery)
        if delivery < ctx.today:
            status = "received"
        elif ordered < ctx.today:
            status = "confirmed" if supplier.e_ordering else "sent"
        else:
            status = "draft"
        order_id = ctx.ids()
        total = 0
        for product, packs, need in lines:
            price = product.price_on(ordered)
            total += packs * price
            self.rows[PurchaseOrderLine].append(
                {
                    "id": ctx.ids(),
                    "site_id": site.id,
                    "order_id": order_id,
                    "product_id": product.id,
                    "packs": packs,
                    "pack_price_ore": price,
                    "need_quantity": round(need, 1),
                }
            )
        note = "Under leverandørens minimumsordre" if total < supplier.min_order_kr * 100 else ""
        self.rows[PurchaseOrder].append(
            {
                "id": order_id,
                "site_id": site.id,
                "supplier_id": self.catalogue.supplier_ids[supplier.key],
                "order_number": f"{week.year}{week.week:02d}-{supplier.key}",
                "order_date": ordered,
                "delivery_date": delivery,
                "status": status,
                "sent_at": None
                if status == "draft"
                else datetime.combine(ordered, time(9, 30), UTC),
                "total_ore": total,
                "note": note,
            }
        )
        if status == "received":
            self.receive(supplier, order_id, delivery, ordered, lines, purchases)

    def receive(self, supplier, order_id, day, ordered, lines, purchases: Purchases) -> None:
        """The goods receipt: now and then a pack short, variable weights slightly off."""
        ctx, site, rng = self.ctx, self.site, self.rng
        receipt_id = ctx.ids()
        amount_total = 0
        notes = []
        for product, packs, _need in lines:
            ingredient = product.ingredient
            if packs > 1 and rng.random() < 0.02:
                packs -= 1
                notes.append(f"Manglede 1 kolli {ingredient.name}")
            ratio = min(1.04, max(0.96, rng.gauss(1.0, 0.015))) if product.variable_weight else 1.0
            quantity = packs * ingredient.pack * ratio
            amount = int(round(packs * product.price_on(ordered) * ratio))
            amount_total += amount
            self.stock[ingredient.name] = self.stock.get(ingredient.name, 0.0) + quantity
            self.rows[GoodsReceiptLine].append(
                {
                    "id": ctx.ids(),
                    "site_id": site.id,
                    "receipt_id": receipt_id,
                    "product_id": product.id,
                    "packs": packs,
                    "quantity": round(quantity, 1),
                    "amount_ore": amount,
                    "organic": product.organic,
                }
            )
        self.rows[GoodsReceipt].append(
            {
                "id": receipt_id,
                "site_id": site.id,
                "supplier_id": self.catalogue.supplier_ids[supplier.key],
                "order_id": order_id,
                "received_on": day,
                "note": "; ".join(notes),
            }
        )
        purchases.receipts.append((receipt_id, day, amount_total, supplier.name))
        purchases.received_ore += amount_total

    def spoil(self, week: IsoWeek, need: dict[str, float]) -> None:
        """Fresh goods lost on the shelf this week, recorded as spoilage waste."""
        weight = cost = 0.0
        for name, used in need.items():
            ingredient = self.catalogue.ingredients[name]
            rate = SPOILS.get(ingredient.category, 0.0)
            left = self.stock.get(name, 0.0)
            if not rate or left <= 0:
                continue
            lost = min(left, used * rate)
            self.stock[name] = left - lost
            weight += grams(ingredient, lost)
            product = self.product(name)
            cost += lost / ingredient.pack * product.price_on(week.monday())
        friday = week.monday() + timedelta(days=4)
        if weight >= 1 and friday < self.ctx.today:
            self.rows[WasteRecord].append(
                {
                    "id": self.ctx.ids(),
                    "site_id": self.site.id,
                    "day": friday,
                    "service": "lunch",
                    "kind": "spoilage",
                    "weight_g": round(weight),
                    "cost_ore": int(round(cost)),
                    "note": "Kasseret fra lager og køl",
                }
            )

    def count(self, day: date) -> None:
        """The month-end count of the dry store."""
        for name in sorted(self.stock):
            ingredient = self.catalogue.ingredients[name]
            if ingredient.category not in COUNTED or self.stock[name] < 0.5:
                continue
            ingredient_id = self.catalogue.ingredient_ids[name]
            self.rows[StockCount].append(
                {
                    "id": StockCount.id_for(self.site.id, ingredient_id, day),
                    "site_id": self.site.id,
                    "ingredient_id": ingredient_id,
                    "counted_on": day,
                    "quantity": round(self.stock[name], 1),
                }
            )


def make_purchases(
    ctx: Context,
    site: DemoSite,
    catalogue: Catalogue,
    book: RecipeBook,
    planned: dict[IsoWeek, Counter[str]],
) -> Purchases:
    """Orders for every planned week up to two weeks ahead; receipts for those delivered."""
    current = IsoWeek.containing(ctx.today)
    weeks = [w for w in sorted(planned) if w <= current.shifted(ORDER_WEEKS_AHEAD)]
    purchases = Purchases(start=weeks[0].monday())
    run = _Site(ctx, site, catalogue, book)
    counts = _month_end_counts(weeks, ctx.today)
    for week in weeks:
        run.week(week, planned[week], purchases)
        if week in counts:
            run.count(counts[week])
    for model, rows in run.rows.items():
        ctx.out.add(model, rows)
    purchases.chosen = dict(run.choices)
    return purchases
