"""Which supplier price an ingredient costs on a day: the cheapest preferred product, per base unit."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from canteen.domain.limits import exceeded


@dataclass(frozen=True)
class PriceCandidate:
    """One supplier product's price row, as read from the catalogue."""

    ingredient_id: str
    product_id: str
    pack_size: float
    price_ore: int
    valid_from: date
    valid_to: date | None
    organic: bool
    preferred: bool


@dataclass(frozen=True)
class CurrentPrice:
    """The price an ingredient costs on a day, per base unit (g, ml or pcs)."""

    ingredient_id: str
    product_id: str
    ore_per_base_unit: float
    organic: bool
    preferred: bool


def current_prices(candidates: Iterable[PriceCandidate], day: date) -> dict[str, CurrentPrice]:
    """Per ingredient: the cheapest preferred product priced on `day` (a non-preferred one if none).

    A product's price on a day is its row with the latest `valid_from` on or before the day
    whose `valid_to` (if any) is not before it. Cheapest is per base unit, not per pack.
    """
    latest: dict[str, PriceCandidate] = {}
    for c in candidates:
        if c.valid_from > day or (c.valid_to is not None and c.valid_to < day):
            continue
        known = latest.get(c.product_id)
        if known is None or c.valid_from > known.valid_from:
            latest[c.product_id] = c
    best: dict[str, tuple[tuple, CurrentPrice]] = {}
    for c in latest.values():
        per_unit = c.price_ore / c.pack_size
        rank = (not c.preferred, per_unit, c.product_id)
        known = best.get(c.ingredient_id)
        if known is None or rank < known[0]:
            price = CurrentPrice(c.ingredient_id, c.product_id, per_unit, c.organic, c.preferred)
            best[c.ingredient_id] = (rank, price)
    return {ingredient_id: price for ingredient_id, (_, price) in best.items()}


def plausible_price(price: CurrentPrice, base_unit: str) -> bool:
    """False when the price per base unit is above any real one (a typo in the catalogue)."""
    return exceeded("price", base_unit, price.ore_per_base_unit) is None
