"""What goods receipt hands back and takes: the form of an order, what arrived, the outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# A line whose delivered quantity is more than this many times what is still outstanding, and at
# least a pack more, is questioned: a typo (30 for 3) must not reach stock and the ledger unseen.
FAR_ABOVE = 1.5

# Why an arrival was refused (data["reason"] of the ValidationError).
NOT_RECEIVABLE = "order_not_receivable"
NEGATIVE = "negative_quantity"
UNKNOWN_LINE = "unknown_order_line"
WRONG_SUBSTITUTE = "wrong_substitute"
NOTHING_ARRIVED = "nothing_arrived"


@dataclass(frozen=True)
class FormLine:
    """One order line to receive: what was ordered, what earlier receipts already brought."""

    line_id: str
    product_id: str
    ingredient_id: str
    ingredient: str
    item_number: str
    description: str
    unit: str
    pack_size: float
    ordered_packs: int
    received_packs: int
    pack_price_ore: int
    variable_weight: bool
    organic: bool

    @property
    def outstanding_packs(self) -> int:
        """Packs still to come (never below zero)."""
        return max(0, self.ordered_packs - self.received_packs)


@dataclass(frozen=True)
class ReceiptForm:
    """A sent or confirmed order as the receipt form shows it."""

    order_id: str
    site_id: str
    number: str
    supplier_id: str
    supplier: str
    status: str
    delivery_date: date
    lines: tuple[FormLine, ...]


@dataclass(frozen=True)
class Arrival:
    """What came for one order line, as typed: packs, the weighed quantity (base units, for
    variable-weight goods), the pack price in kroner when it differs, and a substitute product.

    Blank `quantity` means packs × pack size; blank `price` means the ordered pack price.
    """

    line_id: str
    packs: object
    quantity: object = None
    price: object = None
    substitute_id: str | None = None


@dataclass(frozen=True)
class Question:
    """A line far above what was ordered: saved only once the user confirms it."""

    line_id: str
    ingredient: str
    unit: str
    ordered: float
    received: float


@dataclass(frozen=True)
class Shortfall:
    """A line that came short: how much of the ingredient is missing (base units)."""

    line_id: str
    ingredient_id: str
    ingredient: str
    unit: str
    ordered: float
    received: float

    @property
    def missing(self) -> float:
        """Ordered minus received."""
        return max(0.0, self.ordered - self.received)


@dataclass(frozen=True)
class ReceiptSaved:
    """A stored receipt: its id, the order's new status, its money and the organic figures."""

    receipt_id: str
    order_status: str
    total_ore: int
    organic_ore: int
    total_kg: float
    organic_kg: float
    shortfalls: tuple[Shortfall, ...]


@dataclass(frozen=True)
class ReceiptOutcome:
    """Either the stored receipt or the questions to ask first (nothing stored then)."""

    saved: ReceiptSaved | None = None
    questions: tuple[Question, ...] = ()


@dataclass(frozen=True)
class Impact:
    """One planned dish a short delivery hits: the day, the dish and how much it needed."""

    day: date
    service: str
    line: str
    dish: str
    ingredient: str
    unit: str
    portions: int
    quantity: float
    uncovered: float
