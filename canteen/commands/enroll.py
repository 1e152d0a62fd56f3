"""`canteen enroll`: join this PC's database to the central server, then sync it fully."""

from __future__ import annotations

import argparse
import sys

from canteen.commands.common import add_database_option, add_language_option, database_path
from canteen.commands.sync_text import text


def register(subparsers) -> None:
    """Add `enroll`."""
    parser = subparsers.add_parser("enroll", help="enroll this PC with the sync server")
    add_database_option(parser)
    parser.add_argument("--server", required=True, help="http://HOST:PORT")
    parser.add_argument("--code", required=True, help="the one-time enrollment code")
    add_language_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Create the file if needed, enroll, run the first full sync."""
    from canteen.db.lifecycle import open_database
    from canteen.sync.client import SyncClient
    from canteen.sync.errors import SyncProblem

    db = open_database(database_path(args), create=True)
    client = SyncClient(db)
    try:
        client.enroll(args.server, args.code)
        result = client.cycle()
    except SyncProblem as problem:
        print(f"canteen: {text(problem.reason, args.lang)}", file=sys.stderr)
        return 2 if problem.reason == "unreachable" else 1
    print(text("summary", args.lang, **_counts(result)))
    return 0


def _counts(result) -> dict:
    return {
        "pushed": result.pushed,
        "pulled": result.pulled,
        "rejected": result.rejected,
        "conflicts": result.conflicts,
    }
