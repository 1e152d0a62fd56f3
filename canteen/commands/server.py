"""`canteen server`: run the central sync server."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    """Add `server`."""
    parser = subparsers.add_parser("server", help="run the central sync server")
    parser.add_argument("--database-url", required=True, help="SQLAlchemy URL of the central DB")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=1)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Serve until stopped."""
    import sys

    from canteen.sync.server.app import serve
    from canteen.sync.server.rls import NotReady

    try:
        serve(args.database_url, host=args.host, port=args.port, workers=max(1, args.workers))
    except NotReady as error:  # a setup step is missing: say which, no traceback
        print(f"canteen: {error}", file=sys.stderr)
        return 1
    return 0
