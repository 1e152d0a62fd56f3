"""The finance area: the cost report, ledger entries and closing months."""

from __future__ import annotations

from ui.views.costs.page import CostsView

__all__ = ["CostsView"]
