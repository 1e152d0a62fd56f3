"""The cost ledger as people keep it: typed entries, reversals, closed months, listings."""
