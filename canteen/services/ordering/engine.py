"""The order suggestion itself, on plain inputs: need − stock − on order, packs, deliveries, flags.

No database here, so every rule can be tested on hand-built cases; `suggest.py` reads the inputs.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from canteen.services.ordering.choice import Candidate, Offer, choose
from canteen.services.ordering.deliveries import (
    Terms,
    earliest_delivery,
    latest_delivery,
    order_deadline,
)
from canteen.services.ordering.rows import (
    LEFTOVER,
    NO_DELIVERY_DAYS,
    NO_PRICE,
    NO_PRODUCT,
    TOO_LATE,
    UNDER_MINIMUM,
    ZERO_PACK,
    Covered,
    DraftOrder,
    Flag,
    SuggestedLine,
    Suggestion,
    Use,
)
from canteen.services.recipes.rows import danish_key

# Days a perishable keeps once delivered, by ingredient category; others keep for the week.
SHELF_DAYS = {
    "bakery": 2,
    "fish": 2,
    "shellfish": 2,
    "poultry": 3,
    "meat": 4,
    "vegetable": 5,
    "fruit": 5,
    "dairy": 7,
    "egg": 21,
}
# A perishable is likely left over when what arrives beyond the need is this share of the need.
LEFTOVER_SHARE = 0.25
EPSILON = 1e-6


@dataclass(frozen=True)
class Need:
    """What the week's dishes need of one ingredient, in its base unit."""

    ingredient_id: str
    name: str
    unit: str
    category: str
    uses: tuple[Use, ...]

    @property
    def quantity(self) -> float:
        """The week's total."""
        return sum(u.quantity for u in self.uses)

    @property
    def first_needed(self) -> date:
        """The first day a dish needs it."""
        return min(u.day for u in self.uses)

    @property
    def last_needed(self) -> date:
        """The last day a dish needs it."""
        return max(u.day for u in self.uses)


@dataclass(frozen=True)
class Inputs:
    """Everything one suggestion is made from."""

    site_id: str
    week: str
    now: datetime
    needs: Sequence[Need]
    offers: Mapping[str, Sequence[Offer]]
    terms: Mapping[str, Terms]
    stock: Mapping[str, float] = field(default_factory=dict)
    on_order: Mapping[str, float] = field(default_factory=dict)
    preferred: Mapping[str, str] = field(default_factory=dict)
    prefer_organic: bool = False
    service_level: float | None = None
    flags: Sequence[Flag] = ()


@dataclass
class _Placed:
    line: SuggestedLine
    deadline: datetime


def build_suggestion(inputs: Inputs) -> Suggestion:
    """Draft orders per supplier and delivery day, with the flags met on the way."""
    flags: list[Flag] = list(inputs.flags)
    placed: list[_Placed] = []
    covered: list[Covered] = []
    idle_suppliers: dict[str, list[str]] = defaultdict(list)
    for need in sorted(inputs.needs, key=lambda n: danish_key(n.name)):
        in_stock = max(0.0, inputs.stock.get(need.ingredient_id, 0.0))
        on_order = max(0.0, inputs.on_order.get(need.ingredient_id, 0.0))
        short = need.quantity - in_stock - on_order
        if short <= EPSILON:
            covered.append(Covered(need.name, need.unit, need.quantity, in_stock, on_order))
            continue
        found = _place(inputs, need, in_stock, on_order, short, flags, idle_suppliers)
        if found is not None:
            placed.append(found)
    for supplier_id, names in idle_suppliers.items():
        flags.append(
            Flag(
                NO_DELIVERY_DAYS,
                ingredient=names[0],
                supplier=inputs.terms[supplier_id].supplier,
                data={"ingredients": sorted(set(names), key=danish_key)},
            )
        )
    placed = consolidate(placed, inputs.terms)
    by_id = {n.ingredient_id: n for n in inputs.needs}
    for p in placed:
        flags += _leftover(by_id[p.line.ingredient_id], p.line)
    orders = _orders(inputs, placed)
    for order in orders:
        if order.under_minimum:
            flags.append(
                Flag(
                    UNDER_MINIMUM,
                    supplier=order.supplier,
                    day=order.delivery_date,
                    data={"total_ore": order.total_ore, "min_order_ore": order.min_order_ore},
                )
            )
    return Suggestion(
        inputs.site_id,
        inputs.week,
        inputs.now,
        inputs.service_level,
        tuple(orders),
        tuple(flags),
        tuple(covered),
    )


def _place(inputs, need, in_stock, on_order, short, flags, idle_suppliers) -> _Placed | None:
    offers = inputs.offers.get(need.ingredient_id, ())
    if not offers:
        flags.append(Flag(NO_PRODUCT, ingredient=need.name, day=need.first_needed))
        return None
    candidates: dict[str, tuple[Candidate, date, datetime]] = {}
    unpriced = []
    for offer in offers:
        terms = inputs.terms.get(offer.supplier_id)
        if offer.pack_size <= 0:
            flags.append(
                Flag(
                    ZERO_PACK,
                    ingredient=need.name,
                    supplier=terms.supplier if terms else "",
                    data={"item_number": offer.item_number},
                )
            )
            continue
        if terms is None or not terms.delivery_weekdays.strip():
            if terms is not None:
                idle_suppliers[offer.supplier_id].append(need.name)
            continue
        delivery = latest_delivery(terms, need.first_needed, inputs.now)
        in_time = delivery is not None
        delivery = delivery or earliest_delivery(terms, inputs.now)
        if delivery is None:
            continue
        deadline = order_deadline(terms, delivery)
        price = offer.price_on(deadline.date())
        if price is None:
            unpriced.append(offer)
            continue
        candidates[offer.product_id] = (Candidate(offer, price, in_time), delivery, deadline)
    chosen = choose(
        [c for c, _, _ in candidates.values()],
        inputs.preferred.get(need.ingredient_id),
        inputs.prefer_organic,
    )
    if chosen is None:
        if unpriced:
            flags.append(Flag(NO_PRICE, ingredient=need.name, day=need.first_needed))
        return None
    _, delivery, deadline = candidates[chosen.offer.product_id]
    offer, terms = chosen.offer, inputs.terms[chosen.offer.supplier_id]
    if not chosen.in_time:
        flags.append(
            Flag(
                TOO_LATE,
                ingredient=need.name,
                supplier=terms.supplier,
                day=need.first_needed,
                data={"delivery_date": delivery.isoformat()},
            )
        )
    line = SuggestedLine(
        ingredient_id=need.ingredient_id,
        ingredient=need.name,
        unit=need.unit,
        product_id=offer.product_id,
        supplier_id=offer.supplier_id,
        supplier=terms.supplier,
        item_number=offer.item_number,
        description=offer.description,
        organic=offer.organic,
        needed=need.quantity,
        in_stock=in_stock,
        on_order=on_order,
        to_order=short,
        pack_size=offer.pack_size,
        packs=packs_for(short, offer.pack_size),
        pack_price_ore=chosen.price_ore,
        delivery_date=delivery,
        first_needed=need.first_needed,
        uses=need.uses,
        late=not chosen.in_time,
    )
    return _Placed(line, deadline)


def packs_for(quantity: float, pack_size: float) -> int:
    """Whole packs holding at least `quantity` (rounded up; float noise is not a pack)."""
    return max(1, math.ceil(quantity / pack_size - EPSILON))


def consolidate(placed: list[_Placed], terms: Mapping[str, Terms]) -> list[_Placed]:
    """Move the lines of an order under the supplier's minimum onto the supplier's previous
    delivery in the suggestion (earlier still arrives in time), latest first."""
    by_supplier: dict[str, dict[date, list[_Placed]]] = defaultdict(lambda: defaultdict(list))
    for p in placed:
        by_supplier[p.line.supplier_id][p.line.delivery_date].append(p)
    out: list[_Placed] = []
    for supplier_id, days in by_supplier.items():
        minimum = terms[supplier_id].min_order_ore
        ordered = sorted(days)
        for n in range(len(ordered) - 1, 0, -1):
            items = days[ordered[n]]
            if sum(p.line.line_total_ore for p in items) >= minimum:
                continue
            earlier = ordered[n - 1]
            target = days[earlier][0]
            days[earlier] += [
                _Placed(replace(p.line, delivery_date=earlier), target.deadline) for p in items
            ]
            del days[ordered[n]]
        for items in days.values():
            out += items
    return out


def _leftover(need: Need, line: SuggestedLine) -> list[Flag]:
    shelf = SHELF_DAYS.get(need.category)
    if shelf is None:
        return []
    surplus = line.ordered + line.in_stock + line.on_order - need.quantity
    keeps_until = (need.last_needed - line.delivery_date).days
    if surplus <= LEFTOVER_SHARE * need.quantity and keeps_until <= shelf:
        return []
    return [
        Flag(
            LEFTOVER,
            ingredient=need.name,
            supplier=line.supplier,
            day=line.delivery_date,
            data={
                "surplus": round(surplus, 1),
                "unit": need.unit,
                "shelf_days": shelf,
                "last_needed": need.last_needed.isoformat(),
            },
        )
    ]


def _orders(inputs: Inputs, placed: list[_Placed]) -> list[DraftOrder]:
    grouped: dict[tuple[str, date], list[_Placed]] = defaultdict(list)
    for p in placed:
        grouped[(p.line.supplier_id, p.line.delivery_date)].append(p)
    orders = []
    for (supplier_id, delivery), items in grouped.items():
        terms = inputs.terms[supplier_id]
        orders.append(
            DraftOrder(
                supplier_id=supplier_id,
                supplier=terms.supplier,
                customer_number=terms.customer_number,
                delivery_date=delivery,
                order_by=min(p.deadline for p in items),
                min_order_ore=terms.min_order_ore,
                lines=tuple(p.line for p in items),
            )
        )
    return sorted(orders, key=lambda o: (o.delivery_date, danish_key(o.supplier)))
