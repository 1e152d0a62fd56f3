"""`canteen sync`: one full cycle; exit 0 all sent, 2 server unreachable, 3 changes waiting."""

from __future__ import annotations

import argparse
import sys

from canteen.commands.common import add_database_option, add_language_option, open_for
from canteen.commands.enroll import _counts
from canteen.commands.sync_text import text

UNREACHABLE, WAITING = 2, 3


def register(subparsers) -> None:
    """Add `sync`."""
    parser = subparsers.add_parser("sync", help="sync this PC's database with the server once")
    add_database_option(parser)
    add_language_option(parser)
    parser.add_argument(
        "--verify", action="store_true", help="compare table checksums with the server afterwards"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Push, pull, print the counts on the last line."""
    from canteen.sync.client import SyncClient
    from canteen.sync.errors import SyncProblem

    client = SyncClient(open_for(args))
    try:
        result = client.cycle()
        checked = client.verify() if getattr(args, "verify", False) else None
    except SyncProblem as problem:
        print(f"canteen: {text(problem.reason, args.lang)}", file=sys.stderr)
        return UNREACHABLE if problem.reason == "unreachable" else WAITING
    if checked is not None:
        for difference in checked.found:
            print(text("verify_diff", args.lang, **vars(difference)))
        for difference in checked.remaining:
            print(text("verify_left", args.lang, **vars(difference)))
    # The counts stay the last line, as scripts read them.
    print(text("summary", args.lang, **_counts(result)))
    return 0 if result.clean and not (checked and checked.remaining) else WAITING
