"""The `canteen` command: one subcommand per area; with no subcommand it starts the GUI."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from canteen import __version__
from canteen.errors import CanteenError

# Each module has register(subparsers) that adds its subcommand(s) with a `func(args) -> int`.
COMMAND_MODULES = (
    "canteen.commands.gui",
    "canteen.commands.demo",
    "canteen.commands.db",
    "canteen.commands.menu",
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every area's subcommands."""
    parser = argparse.ArgumentParser(
        prog="canteen", description="Kantine: menus, covers, orders and costs for police canteens."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; exit codes: 0 ok, 1 a domain error, 2 bad usage."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not argv or argv[0].startswith("--") and argv[0] not in ("--help", "-h", "--version"):
        argv = ["gui", *argv]
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CanteenError as error:
        print(f"canteen: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
