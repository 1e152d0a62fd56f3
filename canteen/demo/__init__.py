"""Reproducible Danish demo data: sites, catalogue, recipes, menus, covers, orders and costs."""

from __future__ import annotations

from canteen.demo.context import DatabaseNotEmpty, DemoCancelled
from canteen.demo.generate import DEMO_KEY, DemoSummary, generate, holds_data

__all__ = ["DEMO_KEY", "DatabaseNotEmpty", "DemoCancelled", "DemoSummary", "generate", "holds_data"]
