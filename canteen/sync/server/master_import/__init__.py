"""Central master data from a CSV or XLSX file: suppliers, ingredients with allergens, supplier
products and prices, shared recipes and budgets (docs/sync.md, "Master data import").

`plan_import` reads the file and says per row what would happen — new, changed, unchanged or
rejected with a reason code — and which stored rows the file no longer holds, without
writing. `apply_plan` writes the new and changed rows (and, asked to, tombstones for the
missing ones) through `central.write`, so every row gets a version and reaches the canteen PCs
with their next pull.
"""

from __future__ import annotations

from canteen.sync.server.master_import.cells import (
    BUDGETS,
    INGREDIENTS,
    KINDS,
    PRODUCTS,
    RECIPES,
    SUPPLIERS,
    guess_kind,
    guess_roles,
)
from canteen.sync.server.master_import.plan import (
    CHANGED,
    NEW,
    REJECTED,
    REMOVED,
    UNCHANGED,
    ImportPlan,
    KindPlan,
    Planned,
    apply_plan,
    plan_import,
)

__all__ = [
    "BUDGETS",
    "CHANGED",
    "INGREDIENTS",
    "KINDS",
    "NEW",
    "PRODUCTS",
    "RECIPES",
    "REJECTED",
    "REMOVED",
    "SUPPLIERS",
    "UNCHANGED",
    "ImportPlan",
    "KindPlan",
    "Planned",
    "apply_plan",
    "guess_kind",
    "guess_roles",
    "plan_import",
]
