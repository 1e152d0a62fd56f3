"""Which planned dishes on which days a short delivery hits, from the menus and recipes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from canteen.db.engine import Database
from canteen.services.receiving.rows import Impact, Shortfall
from canteen.services.stock import expected_stock

# How far ahead to look for the first dish that uses a short ingredient.
LOOK_AHEAD_DAYS = 14


def short_delivery_impact(
    db: Database, site_id: str, delivered_on: date, shortfalls: Iterable[Shortfall]
) -> list[Impact]:
    """The dishes that what came (plus expected stock) no longer covers, up to the end of the
    ISO week in which the ingredient is next used (the week the order was for).

    The stock and the delivery are used up day by day; the first dish they do not cover and
    every later dish that week using the ingredient are hit. Rows in day order, then ingredient.
    """
    # Imported here: the ordering package reads stock, which imports this package's neighbours.
    from canteen.services.ordering.needs import planned_use

    short = {s.ingredient_id: s for s in shortfalls}
    if not short:
        return []
    use = planned_use(db, site_id, delivered_on, delivered_on + timedelta(days=LOOK_AHEAD_DAYS))
    stock = expected_stock(db, site_id, delivered_on, list(short))
    rows = []
    for ingredient_id, shortfall in short.items():
        uses = sorted(use.from_day(ingredient_id, delivered_on), key=lambda u: u.day)
        if not uses:
            continue
        first = uses[0].day
        sunday = first + timedelta(days=6 - first.weekday())
        left = stock[ingredient_id].expected + shortfall.received
        for u in (u for u in uses if u.day <= sunday):
            uncovered = u.quantity - max(0.0, left)
            left -= u.quantity
            if uncovered > 1e-9:
                rows.append(
                    Impact(
                        u.day, u.service, u.line, u.recipe, shortfall.ingredient,
                        shortfall.unit, u.portions, u.quantity, min(u.quantity, uncovered),
                    )
                )  # fmt: skip
    return sorted(rows, key=lambda r: (r.day, r.ingredient, r.dish))
