"""What an order suggestion hands back: lines that explain themselves, draft orders, flags."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# Flag codes (worded by the CLI and, later, the GUI).
NO_MENU = "no_menu"  # nothing planned in the week
NO_PRODUCT = "no_product"  # an ingredient no supplier sells
NO_PRICE = "no_price"  # products exist, none has a price valid on the day
ZERO_PACK = "zero_pack"  # a product with a pack size of zero (or less)
UNIT_MISMATCH = "unit_mismatch"  # a recipe unit that cannot be turned into the ingredient's
NO_DELIVERY_DAYS = "no_delivery_days"  # a supplier that never delivers to the site
TOO_LATE = "too_late"  # no delivery arrives before the ingredient is first needed
UNDER_MINIMUM = "under_minimum"  # an order below the supplier's minimum order value
LEFTOVER = "perishable_leftover"  # a perishable that will likely be left over


@dataclass(frozen=True)
class Flag:
    """Something the manager should look at; `ingredient`/`supplier` name it, `data` fills in."""

    code: str
    ingredient: str = ""
    supplier: str = ""
    day: date | None = None
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Use:
    """One dish on one day that needs an ingredient: portions and quantity in base units."""

    day: date
    service: str
    line: str
    recipe: str
    portions: int
    quantity: float


@dataclass(frozen=True)
class SuggestedLine:
    """Whole packs of one product for one ingredient, and why: the week's uses, stock, on order."""

    ingredient_id: str
    ingredient: str
    unit: str
    product_id: str
    supplier_id: str
    supplier: str
    item_number: str
    description: str
    organic: bool
    needed: float
    in_stock: float
    on_order: float
    to_order: float
    pack_size: float
    packs: int
    pack_price_ore: int
    delivery_date: date
    first_needed: date
    uses: tuple[Use, ...]
    late: bool = False

    @property
    def line_total_ore(self) -> int:
        """Packs × pack price."""
        return self.packs * self.pack_price_ore

    @property
    def ordered(self) -> float:
        """What the packs hold, in base units."""
        return self.packs * self.pack_size


@dataclass(frozen=True)
class DraftOrder:
    """One supplier and delivery day: its lines, when it must be sent, and its total."""

    supplier_id: str
    supplier: str
    customer_number: str
    delivery_date: date
    order_by: datetime
    min_order_ore: int
    lines: tuple[SuggestedLine, ...]

    @property
    def total_ore(self) -> int:
        """The lines' totals (before VAT)."""
        return sum(x.line_total_ore for x in self.lines)

    @property
    def under_minimum(self) -> bool:
        """Below the supplier's minimum order value."""
        return self.total_ore < self.min_order_ore


@dataclass(frozen=True)
class Covered:
    """An ingredient the week needs that stock and open orders already cover."""

    ingredient: str
    unit: str
    needed: float
    in_stock: float
    on_order: float


@dataclass(frozen=True)
class Suggestion:
    """The suggestion for one site and ISO week at one moment."""

    site_id: str
    week: str
    made_at: datetime
    service_level: float | None
    orders: tuple[DraftOrder, ...]
    flags: tuple[Flag, ...]
    covered: tuple[Covered, ...] = ()

    @property
    def lines(self) -> list[SuggestedLine]:
        """Every line of every order."""
        return [line for order in self.orders for line in order.lines]

    @property
    def total_ore(self) -> int:
        """All orders' totals."""
        return sum(o.total_ore for o in self.orders)


@dataclass(frozen=True)
class OrderSummary:
    """One stored purchase order as a list shows it."""

    id: str
    number: str
    supplier: str
    status: str
    order_date: date
    delivery_date: date
    lines: int
    total_ore: int
