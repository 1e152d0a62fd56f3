"""`canteen admin`: the central database: init (schema, demo), enrollment codes, devices."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from canteen.commands import admin_import, admin_users
from canteen.commands.admin_text import admin_text
from canteen.commands.common import add_language_option
from canteen.commands.sync_text import text


def register(subparsers) -> None:
    """Add `admin` with its subcommands."""
    parser = subparsers.add_parser("admin", help="administer the central sync database")
    parser.add_argument("--database-url", required=True, help="SQLAlchemy URL of the central DB")
    add_language_option(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create or upgrade the central schema")
    init.add_argument("--demo", action="store_true", help="load the demo data")
    init.add_argument("--sites", type=int, default=3)
    init.add_argument("--years", type=int, default=1)
    init.add_argument("--seed", type=int, default=2026)
    init.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="generate the demo as if today were this date",
    )
    init.set_defaults(func=run_init)
    code = actions.add_parser("enrollment-code", help="make a one-time enrollment code")
    scope = code.add_mutually_exclusive_group(required=True)
    scope.add_argument("--site", help="a site's code or exact name")
    scope.add_argument("--district", help="a district's code or exact name")
    scope.add_argument("--central", action="store_true")
    code.set_defaults(func=run_code)
    devices = actions.add_parser("devices", help="list devices, or revoke one")
    devices.add_argument("--revoke", metavar="DEVICE")
    devices.set_defaults(func=run_devices)
    admin_users.register(actions)
    admin_import.register(actions)
    purge = actions.add_parser("purge", help="delete old tombstones every device has pulled")
    purge.add_argument("--days", type=int, default=180, help="keep tombstones this long")
    purge.set_defaults(func=run_purge)


def run_init(args: argparse.Namespace) -> int:
    """Upgrade the shared schema, add the server's tables, optionally load the demo."""
    from canteen.demo import DatabaseNotEmpty
    from canteen.sync.server.setup import init_database, server_engine

    engine = server_engine(args.database_url)
    try:
        stamped = init_database(engine)
        if args.demo:
            try:
                rows, seconds = _load_demo(engine, args)
            except DatabaseNotEmpty:
                print(f"canteen: {admin_text('demo_not_empty', args.lang)}", file=sys.stderr)
                return 1
            print(admin_text("demo_loaded", args.lang, rows=rows, seconds=seconds))
        print(admin_text("schema_ready", args.lang, rows=stamped))
    finally:
        engine.dispose()
    return 0


def _load_demo(engine, args: argparse.Namespace) -> tuple[int, float]:
    """The demo into the central database; returns rows loaded and seconds taken."""
    import time

    from canteen.sync.server import demo

    started = time.perf_counter()
    if engine.dialect.name == "postgresql":
        total = demo.load_demo(
            engine, sites=args.sites, years=args.years, seed=args.seed, today=args.today
        ).total
    else:
        # A SQLite server (one-machine demo): generate in place, then version every row.
        from canteen.db.engine import Database
        from canteen.demo.generate import generate
        from canteen.sync.server.setup import init_database

        generate(
            Database(args.database_url),
            sites=args.sites,
            years=args.years,
            seed=args.seed,
            today=args.today,
        )
        total = init_database(engine)
    return total, time.perf_counter() - started


def _find(connection, table: str, wanted: str) -> str | None:
    from sqlalchemy import text as sql

    rows = connection.execute(sql(f"SELECT id, code, name FROM {table}")).all()
    key = " ".join(wanted.split()).casefold()
    for row in rows:
        if key in (
            str(row.id).casefold(),
            row.code.casefold(),
            " ".join(row.name.split()).casefold(),
        ):
            return str(row.id)
    return None


def run_code(args: argparse.Namespace) -> int:
    """Print a one-time enrollment code as the last word."""
    from canteen.sync.server import devices
    from canteen.sync.server.setup import server_engine

    engine = server_engine(args.database_url)
    with engine.begin() as connection:
        if args.central:
            code = devices.make_code(connection, "central")
        else:
            table, wanted = ("site", args.site) if args.site else ("district", args.district)
            found = _find(connection, table, wanted)
            if found is None:
                what = {"da": {"site": "kantine", "district": "politikreds"}}.get(
                    args.lang, {"site": "site", "district": "district"}
                )[table]
                print(
                    f"canteen: {text('scope_missing', args.lang, what=what, text=wanted)}",
                    file=sys.stderr,
                )
                return 1
            ids = {"site_id": found} if table == "site" else {"district_id": found}
            code = devices.make_code(connection, table, **ids)
    print(code)
    return 0


def run_devices(args: argparse.Namespace) -> int:
    """List the devices; with --revoke, revoke one (its token is refused from then on)."""
    from sqlalchemy import select

    from canteen.sync.server import audit, devices
    from canteen.sync.server.schema import device
    from canteen.sync.server.setup import server_engine

    engine = server_engine(args.database_url)
    try:
        with engine.begin() as connection:
            if args.revoke:
                if devices.revoke(connection, args.revoke):
                    return 0
                message = admin_text("device_unknown", args.lang, device=args.revoke)
                print(f"canteen: {message}", file=sys.stderr)
                return 1
            flags = audit.flags(connection)
            for row in connection.execute(select(device).order_by(device.c.enrolled_at)):
                state = admin_text(
                    "device_revoked" if row.revoked_at else "device_active", args.lang
                )
                # A device that pushed what it may not (audit.SUSPICIOUS) stands out.
                flagged = ""
                if row.id in flags:
                    flagged = "  " + admin_text("device_flagged", args.lang, count=flags[row.id])
                print(f"{row.id}  {row.scope:8}  {row.label}  {state}{flagged}")
    finally:
        engine.dispose()
    return 0


def run_purge(args: argparse.Namespace) -> int:
    """Delete tombstones older than --days that every recently seen device has pulled."""
    from canteen.sync.server.purge import purge
    from canteen.sync.server.setup import server_engine

    engine = server_engine(args.database_url)
    try:
        with engine.begin() as connection:
            done = purge(connection, args.days)
    finally:
        engine.dispose()
    print(
        admin_text(
            "purged",
            args.lang,
            deleted=done.deleted,
            horizon=done.horizon,
            devices=done.devices_reset,
        )
    )
    return 0
