"""Plausible bounds of the figures typed into recipes and menus: above them it is a typo.

Every bound is far above what a real canteen uses, yet low enough to catch most slips of a
hundredfold (a misplaced separator, "kg" for "g", two extra zeros). One table, one reader.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limit:
    """The most a figure may plausibly be: `most`, in `unit`."""

    field: str
    unit: str
    most: float


LIMITS = (
    # One recipe line for the whole batch, in the unit typed (a kitchen's biggest pots and crates).
    Limit("quantity", "g", 100_000),
    Limit("quantity", "kg", 1_000),
    Limit("quantity", "ml", 100_000),
    Limit("quantity", "dl", 10_000),
    Limit("quantity", "l", 1_000),
    Limit("quantity", "pcs", 10_000),
    # One ingredient in one portion, by the unit's family: 2 kg of meat or 2 l of soup is a lot.
    Limit("per_portion", "g", 2_000),
    Limit("per_portion", "ml", 2_000),
    Limit("per_portion", "pcs", 50),
    # A recipe's batch: the busiest police canteen serves well under a thousand a day.
    Limit("yield_portions", "portions", 2_000),
    Limit("portion_size_g", "g", 2_000),
    # Peeling and trimming: artichokes lose about 70 %; above 90 % almost nothing is left to eat.
    Limit("prep_loss_pct", "%", 90),
    Limit("planned_portions", "portions", 5_000),
    # Øre per base unit: saffron is about 40 kr. a gram; a piece (a whole salmon) a few hundred kr.
    Limit("price", "g", 10_000),
    Limit("price", "ml", 1_000),
    Limit("price", "pcs", 200_000),
)
_BY_KEY = {(limit.field, limit.unit): limit for limit in LIMITS}


def limit_for(field: str, unit: str) -> Limit:
    """The bound of a field in a unit (KeyError for a pair the table does not know)."""
    return _BY_KEY[(field, unit)]


def exceeded(field: str, unit: str, value: float) -> Limit | None:
    """The bound `value` is above, or None when it is plausible (or the pair has no bound)."""
    limit = _BY_KEY.get((field, unit))
    return limit if limit is not None and value > limit.most else None
