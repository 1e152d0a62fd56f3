"""Ledger imports with a preview: till sales, cost spreadsheets and central budgets (CSV/XLSX,
read by the covers import's reader), planned first, then written in one transaction."""

from __future__ import annotations

from canteen.services.costs_import.plans import (
    IMPORT,
    ROWS_REJECTED,
    LedgerImported,
    LedgerPlan,
    Planned,
    import_ledger,
    plan_ledger_import,
)
from canteen.services.costs_import.rows import (
    BUDGETS,
    COSTS,
    KINDS,
    SALES,
    Columns,
    Rejected,
    guess_columns,
)

__all__ = [
    "BUDGETS",
    "COSTS",
    "IMPORT",
    "KINDS",
    "ROWS_REJECTED",
    "SALES",
    "Columns",
    "LedgerImported",
    "LedgerPlan",
    "Planned",
    "Rejected",
    "guess_columns",
    "import_ledger",
    "plan_ledger_import",
]
