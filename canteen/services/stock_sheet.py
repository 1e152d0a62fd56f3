"""The stock count sheet per storage area, valued at current prices, and saving what was counted."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import Ingredient, StockCount
from canteen.domain.ids import natural_id
from canteen.domain.numbers import read_number
from canteen.errors import ValidationError
from canteen.services.recipes.facts import read_current_prices
from canteen.services.recipes.rows import danish_key
from canteen.services.stock import expected_stock

# Where an ingredient is kept, by category: the order a count walks through the kitchen.
AREAS = {
    "cold": ("dairy", "egg", "meat", "poultry", "fish", "shellfish"),
    "produce": ("vegetable", "fruit"),
    "bread": ("bakery",),
    "dry": ("grain", "legume", "nut", "spice", "oil", "sauce", "beverage", "other"),
}


def area_of(category: str) -> str:
    """The storage area of an ingredient category (unknown ones are in the dry store)."""
    return next((a for a, kinds in AREAS.items() if category in kinds), "dry")


@dataclass(frozen=True)
class SheetRow:
    """One ingredient to count: last count, expected stock, and its value at today's price."""

    ingredient_id: str
    name: str
    unit: str
    last_count: float | None
    last_counted_on: date | None
    expected: float
    ore_per_unit: float | None

    @property
    def expected_value_ore(self) -> int | None:
        """The expected stock at today's price, or None without a price."""
        return None if self.ore_per_unit is None else round(self.expected * self.ore_per_unit)


def count_sheet(db: Database, site_id: str, area: str, day: date) -> list[SheetRow]:
    """The area's ingredients the site has counted or received lately, in name order."""
    if area not in AREAS:
        raise ValidationError(f"no storage area {area!r}", reason="storage_area", area=area)
    stock = expected_stock(db, site_id, day)
    with db.reading() as session:
        facts = {
            i.id: i
            for i in session.scalars(select(Ingredient).where(Ingredient.id.in_(list(stock))))
            if area_of(i.category) == area
        }
        prices = read_current_prices(session, facts, day)
    rows = []
    for ingredient_id, ingredient in facts.items():
        s = stock[ingredient_id]
        price = prices.get(ingredient_id)
        rows.append(
            SheetRow(
                ingredient_id,
                ingredient.name,
                ingredient.base_unit,
                s.counted if s.counted_on else None,
                s.counted_on,
                s.expected,
                price.ore_per_base_unit if price else None,
            )
        )
    return sorted(rows, key=lambda r: danish_key(r.name))


@dataclass(frozen=True)
class CountSaved:
    """What a save wrote, and what the rows held before (None: no count that day) for undo."""

    day: date
    written: dict[str, float]
    before: dict[str, float | None]


def save_counts(db: Database, site_id: str, day: date, counted: Mapping[str, object]) -> CountSaved:
    """Store counted quantities (typed text or numbers, base units) for `day`; blanks are skipped.

    Every value is read before anything is written, so one bad entry stores nothing and names
    its ingredient (`ingredient_id`) for the form to keep the user's typing.
    """
    values: dict[str, float] = {}
    for ingredient_id, raw in counted.items():
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        try:
            value = float(read_number(raw))
        except ValidationError as error:
            error.data.setdefault("ingredient_id", ingredient_id)
            raise
        if value < 0:
            raise ValidationError(
                "a count cannot be negative", reason="negative_count", ingredient_id=ingredient_id
            )
        values[ingredient_id] = value
    before: dict[str, float | None] = {}
    with db.unit_of_work() as session:
        for ingredient_id, value in values.items():
            row = session.scalars(
                select(StockCount).filter_by(
                    site_id=site_id, ingredient_id=ingredient_id, counted_on=day
                )
            ).first()
            before[ingredient_id] = None if row is None else row.quantity
            if row is None:
                session.add(
                    StockCount(
                        id=natural_id("stock_count", site_id, ingredient_id, day),
                        site_id=site_id,
                        ingredient_id=ingredient_id,
                        counted_on=day,
                        quantity=value,
                    )
                )
            else:
                row.quantity = value
    return CountSaved(day, values, before)
