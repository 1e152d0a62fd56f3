"""Goods receipt: what arrived against an order, and what a short delivery means for the menus."""

from __future__ import annotations

from canteen.services.receiving.impact import short_delivery_impact
from canteen.services.receiving.receive import (
    PARTLY_RECEIVED,
    RECEIVABLE,
    mark_received,
    receipt_form,
    receive_goods,
)
from canteen.services.receiving.rows import (
    Arrival,
    FormLine,
    Impact,
    Question,
    ReceiptForm,
    ReceiptOutcome,
    ReceiptSaved,
    Shortfall,
)

__all__ = [
    "PARTLY_RECEIVED",
    "RECEIVABLE",
    "Arrival",
    "FormLine",
    "Impact",
    "Question",
    "ReceiptForm",
    "ReceiptOutcome",
    "ReceiptSaved",
    "Shortfall",
    "mark_received",
    "receipt_form",
    "receive_goods",
    "short_delivery_impact",
]
