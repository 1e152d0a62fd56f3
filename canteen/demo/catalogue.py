"""The central catalogue: suppliers, ingredients, supplier products and their price history."""

from __future__ import annotations

import bisect
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from canteen.db.models import Ingredient, ProductPrice, Supplier, SupplierProduct
from canteen.demo.context import Context
from canteen.demo.seed import IngredientSeed, Seed, SupplierSeed
from canteen.domain.allergens import Allergen, column_name

# Fresh goods change price through the year; dry goods mostly at the new year.
_FRESH = frozenset({"vegetable", "fruit", "fish", "shellfish", "meat", "poultry"})


@dataclass
class Product:
    """A supplier product as the generator uses it: pack, organic flag and prices over time."""

    id: str
    supplier: SupplierSeed
    supplier_id: str
    ingredient: IngredientSeed
    organic: bool
    variable_weight: bool
    days: list[date] = field(default_factory=list)
    prices: list[int] = field(default_factory=list)

    def price_on(self, day: date) -> int:
        """The pack price in øre valid on `day` (the first price before the history starts)."""
        at = bisect.bisect_right(self.days, day) - 1
        return self.prices[max(at, 0)]


@dataclass
class Catalogue:
    """What later steps need from the catalogue."""

    supplier_ids: dict[str, str]
    suppliers: dict[str, SupplierSeed]
    ingredient_ids: dict[str, str]
    ingredients: dict[str, IngredientSeed]
    products: dict[str, Product]
    organic_products: dict[str, Product]


def gs1_check_digit(digits: str) -> str:
    """The GS1 check digit (GTIN, GLN) for `digits` without it."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def make_catalogue(ctx: Context, seed: Seed) -> Catalogue:
    """Write suppliers, ingredients, products and prices; return the lookups."""
    rng = ctx.rng("catalogue")
    supplier_ids = {s.key: ctx.ids() for s in seed.suppliers}
    ctx.out.add(Supplier, [_supplier_row(s, supplier_ids[s.key]) for s in seed.suppliers])
    ingredient_ids = {i.name: ctx.ids() for i in seed.ingredients}
    ctx.out.add(Ingredient, [_ingredient_row(i, ingredient_ids[i.name]) for i in seed.ingredients])
    suppliers = {s.key: s for s in seed.suppliers}
    catalogue = Catalogue(
        supplier_ids, suppliers, ingredient_ids, {i.name: i for i in seed.ingredients}, {}, {}
    )
    used_numbers: dict[str, set[str]] = {s.key: set() for s in seed.suppliers}
    product_rows, price_rows = [], []
    start = date(ctx.first_day.year, ctx.first_day.month, 1) - timedelta(days=61)
    for ingredient in seed.ingredients:
        variants = [(ingredient.supplier, ingredient.organic, 1.0)]
        if ingredient.eco_variant and not ingredient.organic:
            eco_supplier = "O" if ingredient.supplier == "G" else ingredient.supplier
            variants.append((eco_supplier, True, rng.uniform(1.25, 1.45)))
        for key, organic, markup in variants:
            product = Product(
                ctx.ids(),
                suppliers[key],
                supplier_ids[key],
                ingredient,
                organic,
                ingredient.variable_weight,
            )
            product_rows.append(
                _product_row(product, ingredient_ids[ingredient.name], rng, used_numbers[key])
            )
            _price_history(product, ingredient.price_kr * markup, start, ctx.today, rng)
            price_rows += _price_rows(ctx, product)
            if organic and not ingredient.organic:
                catalogue.organic_products[ingredient.name] = product
            else:
                catalogue.products[ingredient.name] = product
    ctx.out.add(SupplierProduct, product_rows)
    ctx.out.add(ProductPrice, price_rows)
    return catalogue


def _supplier_row(s: SupplierSeed, supplier_id: str) -> dict:
    return {
        "id": supplier_id,
        "name": s.name,
        "kind": s.kind,
        "cvr": s.cvr,
        "gln": s.gln,
        "email": s.email,
        "delivery_weekdays": s.delivery_weekdays,
        "cutoff_time": s.cutoff_time,
        "lead_time_days": s.lead_time_days,
        "min_order_ore": s.min_order_kr * 100,
        "e_ordering": s.e_ordering,
    }


def _ingredient_row(i: IngredientSeed, ingredient_id: str) -> dict:
    row = {
        "id": ingredient_id,
        "name": i.name,
        "name_en": i.name_en,
        "category": i.category,
        "base_unit": i.unit,
        "piece_weight_g": i.piece_g,
        "density_g_per_ml": i.density,
        "organic": i.organic,
        "co2e_per_kg": i.co2e,
        "energy_kj_100g": i.kj,
        "protein_g_100g": i.protein,
        "fat_g_100g": i.fat,
        "carbs_g_100g": i.carbs,
    }
    for allergen in Allergen:
        row[column_name(allergen)] = i.allergen_status(allergen)
    return row


def _item_number(supplier: SupplierSeed, rng: random.Random, used: set[str]) -> str:
    while True:
        low = 10 ** (supplier.item_digits - 1)
        number = f"{supplier.item_prefix}{rng.randrange(low, low * 10)}"
        if number not in used:
            used.add(number)
            return number


def _product_row(product: Product, ingredient_id: str, rng: random.Random, used: set[str]) -> dict:
    ingredient = product.ingredient
    gtin = None
    if not product.variable_weight:
        body = "57" + "".join(str(rng.randrange(10)) for _ in range(10))
        gtin = body + gs1_check_digit(body)
    description = ingredient.name
    if product.organic and "øko" not in description.lower():
        description = f"{description}, økologisk"
    return {
        "id": product.id,
        "supplier_id": product.supplier_id,
        "ingredient_id": ingredient_id,
        "item_number": _item_number(product.supplier, rng, used),
        "description": description,
        "pack_size": ingredient.pack,
        "pack_description": ingredient.pack_desc,
        "gtin": gtin,
        "organic": product.organic,
        "variable_weight": product.variable_weight,
        # The conventional product stays preferred; the organic one is the alternative.
        "preferred": ingredient.organic or not product.organic,
    }


def _price_history(product: Product, today_kr: float, start: date, today: date, rng) -> None:
    # Change dates with factors; the price valid today is the seed's price.
    changes: list[tuple[date, float]] = []
    fresh = product.ingredient.category in _FRESH
    for year in range(start.year + 1, today.year + 1):
        changes.append((date(year, 1, 1), 1 + rng.uniform(0.01, 0.05)))
        for _ in range(rng.randint(1, 2) if fresh else rng.randint(0, 1)):
            day = date(year, 1, 1) + timedelta(days=rng.randint(40, 350))
            changes.append((day, 1 + rng.uniform(-0.04, 0.06)))
    if rng.random() < 0.15:
        changes.append((today + timedelta(days=rng.randint(5, 40)), 1 + rng.uniform(0.02, 0.06)))
    changes = sorted(c for c in changes if start < c[0])
    factor_to_today = 1.0
    for day, factor in changes:
        if day <= today:
            factor_to_today *= factor
    price = today_kr / factor_to_today
    product.days = [start]
    product.prices = [_round_ore(price)]
    for day, factor in changes:
        price *= factor
        if day == product.days[-1]:
            product.prices[-1] = _round_ore(price)
        else:
            product.days.append(day)
            product.prices.append(_round_ore(price))


def _round_ore(kroner: float) -> int:
    """Kroner as øre, rounded to whole 25 øre like a price list."""
    return int(round(kroner * 4)) * 25


def _price_rows(ctx: Context, product: Product) -> list[dict]:
    rows = []
    for n, (day, price) in enumerate(zip(product.days, product.prices, strict=True)):
        valid_to = product.days[n + 1] - timedelta(days=1) if n + 1 < len(product.days) else None
        rows.append(
            {
                "id": ctx.ids(),
                "product_id": product.id,
                "price_ore": price,
                "valid_from": day,
                "valid_to": valid_to,
            }
        )
    return rows
