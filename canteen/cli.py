"""The `canteen` command: one subcommand per area; with no subcommand it starts the GUI."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from canteen import __version__
from canteen.errors import CanteenError

# Subcommand name -> the module whose register(subparsers) adds it with a `func(args) -> int`.
# Only the module of the command being run is imported, so `canteen gui` starts without
# loading what the other commands need (alembic, reportlab, the forecasting libraries).
COMMANDS = {
    "gui": "canteen.commands.gui",
    "demo": "canteen.commands.demo",
    "db": "canteen.commands.db",
    "menu": "canteen.commands.menu",
    "forecast": "canteen.commands.forecast",
    "covers": "canteen.commands.covers",
    "order": "canteen.commands.order",
    "report": "canteen.commands.report",
    "server": "canteen.commands.server",
    "admin": "canteen.commands.admin",
    "enroll": "canteen.commands.enroll",
    "sync": "canteen.commands.sync",
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every area's subcommands (or just `only`'s)."""
    parser = argparse.ArgumentParser(
        prog="canteen", description="Kantine: menus, covers, orders and costs for police canteens."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    names = [only] if only in COMMANDS else list(COMMANDS)
    for name in names:
        importlib.import_module(COMMANDS[name]).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; exit codes: 0 ok, 1 a domain error, 2 bad usage."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0].startswith("--") and argv[0] not in ("--help", "-h", "--version"):
        argv = ["gui", *argv]
    args = build_parser(only=argv[0]).parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CanteenError as error:
        from canteen.commands.wording import error_text

        # Messages in the command's --lang (Danish unless English was asked for).
        print(f"canteen: {error_text(error, getattr(args, 'lang', None))}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
