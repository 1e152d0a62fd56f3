"""The words of a printed purchase order, in Danish and English."""

from __future__ import annotations

from dataclasses import dataclass

from canteen.reports.labels import DANISH, ENGLISH, ReportLabels


@dataclass(frozen=True)
class OrderLabels:
    """Every word a purchase order prints, plus the report label set for dates and numbers."""

    base: ReportLabels
    title: str
    supplier: str
    deliver_to: str
    customer_number: str
    cost_centre: str
    order_date: str
    delivery_date: str
    status: str
    statuses: dict[str, str]
    position: str
    item_number: str
    item: str
    pack: str
    packs: str
    pack_price: str
    amount: str
    subtotal: str
    vat: str
    total: str
    note: str
    no_lines: str
    currency: str


DANISH_ORDER = OrderLabels(
    base=DANISH,
    title="Indkøbsordre {number}",
    supplier="Leverandør",
    deliver_to="Leveres til",
    customer_number="Kundenr.",
    cost_centre="Omkostningssted",
    order_date="Ordredato",
    delivery_date="Leveringsdato",
    status="Status",
    statuses={
        "draft": "kladde",
        "sent": "sendt",
        "confirmed": "bekræftet",
        "partly_received": "delvist modtaget",
        "received": "modtaget",
        "cancelled": "annulleret",
    },
    position="Nr.",
    item_number="Varenr.",
    item="Vare",
    pack="Pakning",
    packs="Antal",
    pack_price="Pris pr. pakning",
    amount="Beløb",
    subtotal="I alt ekskl. moms",
    vat="Moms {percent} %",
    total="I alt inkl. moms",
    note="Bemærkning",
    no_lines="Ordren har ingen linjer.",
    currency="kr.",
)

ENGLISH_ORDER = OrderLabels(
    base=ENGLISH,
    title="Purchase order {number}",
    supplier="Supplier",
    deliver_to="Deliver to",
    customer_number="Customer no.",
    cost_centre="Cost centre",
    order_date="Order date",
    delivery_date="Delivery date",
    status="Status",
    statuses={
        "draft": "draft",
        "sent": "sent",
        "confirmed": "confirmed",
        "partly_received": "partly received",
        "received": "received",
        "cancelled": "cancelled",
    },
    position="No.",
    item_number="Item no.",
    item="Item",
    pack="Pack",
    packs="Packs",
    pack_price="Price per pack",
    amount="Amount",
    subtotal="Total excl. VAT",
    vat="VAT {percent} %",
    total="Total incl. VAT",
    note="Note",
    no_lines="The order has no lines.",
    currency="DKK",
)


def order_labels(language: str) -> OrderLabels:
    """The label set of 'da' or 'en'."""
    if language == "da":
        return DANISH_ORDER
    if language == "en":
        return ENGLISH_ORDER
    raise ValueError(f"unknown language {language!r}")
