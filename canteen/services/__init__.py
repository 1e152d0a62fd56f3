"""Use cases, one module per area; each call is one unit of work returning frozen rows."""
