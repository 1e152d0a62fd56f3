"""`canteen gui`: start the desktop app (also what `canteen` without a command does)."""

from __future__ import annotations

import argparse
import importlib
import time

# Start-up is timed from here: the command line imports this module first thing.
LOADED_AT = time.perf_counter()


def register(subparsers) -> None:
    """Add the `gui` subcommand."""
    parser = subparsers.add_parser(
        "gui",
        help="start the desktop app (the default)",
        description="Start the desktop app.",
    )
    parser.add_argument(
        "--database",
        metavar="PATH",
        help="the database file (default: the last one opened, else the user's data folder)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=(
            "start without any dialog, paint the overview of the first canteen, print the "
            "start-up time and exit (0 = ok, 1 = failed); a missing database is created with "
            "a little demo data; settings are not read or changed"
        ),
    )
    parser.add_argument(
        "--demo-if-new",
        action="store_true",
        help="when the database does not exist yet, create it with demo data without asking",
    )
    parser.add_argument(
        "--lang",
        choices=("da", "en"),
        help="language of this run (default: the one chosen in the settings, else Danish)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Start the GUI; the `ui` package is imported only here, so the core never depends on Qt."""
    app = importlib.import_module("ui.app")
    return app.run(args, started=LOADED_AT)
