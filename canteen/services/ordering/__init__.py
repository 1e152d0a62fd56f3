"""Ordering: the suggestion from menus and forecast to draft purchase orders, and stored orders."""

from __future__ import annotations

from canteen.services.ordering.batch import suggest_orders
from canteen.services.ordering.rows import (
    Covered,
    DraftOrder,
    Flag,
    OrderSummary,
    SuggestedLine,
    Suggestion,
    Use,
)
from canteen.services.ordering.saving import list_orders, save_suggestion
from canteen.services.ordering.suggest import suggest_order

__all__ = [
    "Covered",
    "DraftOrder",
    "Flag",
    "OrderSummary",
    "SuggestedLine",
    "Suggestion",
    "Use",
    "list_orders",
    "save_suggestion",
    "suggest_order",
    "suggest_orders",
]
