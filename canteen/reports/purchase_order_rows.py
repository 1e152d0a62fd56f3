"""The rows of a purchase order document: parties, priced lines and totals with VAT."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

VAT_PERCENT = 25  # Danish VAT on food, charged on the order's net total


@dataclass(frozen=True)
class Party:
    """A buyer or seller: name, address lines, and how e-documents identify it."""

    name: str
    address: str = ""
    town: str = ""
    gln: str | None = None
    cvr: str | None = None
    email: str = ""


@dataclass(frozen=True)
class OrderLineRow:
    """One line of a stored order, priced: packs × pack price."""

    position: int
    item_number: str
    description: str
    ingredient: str
    pack_size: float
    unit: str
    pack_description: str
    packs: int
    pack_price_ore: int
    organic: bool

    @property
    def line_total_ore(self) -> int:
        """Packs × pack price."""
        return self.packs * self.pack_price_ore


@dataclass(frozen=True)
class Totals:
    """Net, VAT and gross in øre."""

    net_ore: int
    vat_ore: int
    gross_ore: int


@dataclass(frozen=True)
class OrderDocument:
    """Everything a printed or electronic purchase order says."""

    number: str
    status: str
    order_date: date
    delivery_date: date
    note: str
    buyer: Party
    buyer_code: str
    cost_centre: str
    seller: Party
    customer_number: str
    lines: tuple[OrderLineRow, ...]
    totals: Totals


def vat_of(net_ore: int, percent: int = VAT_PERCENT) -> int:
    """VAT on a net amount, to the øre, half away from zero (in integers: no float rounding)."""
    sign = -1 if net_ore < 0 else 1
    return sign * ((abs(net_ore) * percent * 2 + 100) // 200)


def totals_of(lines: tuple[OrderLineRow, ...]) -> Totals:
    """The lines' net sum, its VAT and the gross total."""
    net = sum(x.line_total_ore for x in lines)
    vat = vat_of(net)
    return Totals(net, vat, net + vat)
