"""Quantities rounded the way a kitchen weighs and counts them, and recipe lines scaled."""

from __future__ import annotations

import math
from dataclasses import dataclass

from canteen.domain.units import KITCHEN_UNITS


@dataclass(frozen=True)
class KitchenQuantity:
    """A quantity as the kitchen weighs or counts it: 1.25 kg, 4.5 dl, 12 pcs."""

    value: float
    unit: str


def _significant(value: float, digits: int = 3) -> float:
    return round(value, digits - 1 - math.floor(math.log10(value)))


def kitchen_quantity(amount: float, family: str) -> KitchenQuantity:
    """An amount in a base unit ('g', 'ml', 'pcs') rounded the way a kitchen reads it.

    Grams to the gram below 1 kg, then kg to 3 significant digits; millilitres to the ml
    below 1 dl, dl to one decimal below 1 l, then litres to 3 significant digits; pieces
    rounded up. A positive amount never rounds to zero.
    """
    if amount <= 0:
        return KitchenQuantity(0.0, family)
    if family == "pcs":
        return KitchenQuantity(float(max(1, math.ceil(round(amount, 3)))), "pcs")
    if family == "g":
        grams = max(1, round(amount))
        if grams < 1000:
            return KitchenQuantity(float(grams), "g")
        return KitchenQuantity(_significant(amount / 1000), "kg")
    if family == "ml":
        millilitres = max(1, round(amount))
        if millilitres < 100:
            return KitchenQuantity(float(millilitres), "ml")
        decilitres = round(amount / 100, 1)
        if decilitres < 10:
            return KitchenQuantity(decilitres, "dl")
        return KitchenQuantity(max(1.0, _significant(amount / 1000)), "l")
    raise ValueError(f"unknown unit family {family!r}")


def scale_line(quantity: float, unit: str, yield_portions: int, portions: float) -> KitchenQuantity:
    """A recipe line's quantity for `portions` instead of the recipe's yield, in kitchen units."""
    family, factor = KITCHEN_UNITS[unit]
    return kitchen_quantity(quantity * factor * portions / yield_portions, family)
