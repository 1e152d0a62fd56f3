"""Subcommands of the `canteen` command line, one module per area."""
