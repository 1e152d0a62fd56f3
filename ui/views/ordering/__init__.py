"""The ordering area: suggestion, orders, goods receipt and stock count."""

from __future__ import annotations

from ui.views.ordering.page import OrderingView

__all__ = ["OrderingView"]
