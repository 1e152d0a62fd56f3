"""The canteen app's core: domain rules, data, services, reports and sync (no Qt here)."""

from __future__ import annotations

__version__ = "0.1.0"
