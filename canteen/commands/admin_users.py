"""`canteen admin … users`: list, add and deactivate central staff's user accounts."""

from __future__ import annotations

import argparse
import sys

from canteen.commands.admin_text import admin_text


def register(actions) -> None:
    """Add `users` with `list` (the default), `add` and `deactivate`."""
    users = actions.add_parser("users", help="list, add or deactivate users")
    users.set_defaults(func=run_users, user_action="list", all=False)
    verbs = users.add_subparsers(dest="user_action", metavar="list|add|deactivate")
    listing = verbs.add_parser("list", help="list the users")
    listing.add_argument("--all", action="store_true", help="deactivated users too")
    add = verbs.add_parser("add", help="add a user")
    add.add_argument("username")
    add.add_argument("--name", default="", help="the name shown in the app")
    add.add_argument("--role", required=True, choices=("central", "district", "site"))
    add.add_argument("--district", help="the district's code or name (role district)")
    add.add_argument("--site", help="the site's code or name (role site)")
    off = verbs.add_parser("deactivate", help="deactivate a user")
    off.add_argument("username")


def run_users(args: argparse.Namespace) -> int:
    """Do the chosen user action; exit 1 with a worded message when the input is wrong."""
    from canteen.errors import CanteenError
    from canteen.sync.server import staff
    from canteen.sync.server.setup import server_engine

    engine = server_engine(args.database_url)
    try:
        with engine.begin() as connection:
            if args.user_action == "add":
                staff.add_user(
                    connection, args.username, args.name, args.role, args.district, args.site
                )
                print(admin_text("user_added", args.lang, username=args.username.strip()))
            elif args.user_action == "deactivate":
                staff.deactivate_user(connection, args.username)
                print(admin_text("user_deactivated", args.lang, username=args.username.strip()))
            else:
                for row in staff.list_users(connection, include_inactive=args.all):
                    state = "" if row.active else f"  ({admin_text('inactive', args.lang)})"
                    print(
                        f"{row.username:<20} {row.role:<9} {row.place:<8} {row.display_name}{state}"
                    )
    except CanteenError as error:
        print(f"canteen: {user_problem(error, args.lang)}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


def user_problem(error, lang: str | None) -> str:
    """A user command's error, worded."""
    data = error.data
    if data.get("taken"):
        return admin_text("username_taken", lang, username=data["value"])
    if error.code == "not_found" and data.get("kind") == "app_user":
        return admin_text("no_user", lang, username=data["text"])
    if error.code == "not_found":
        return admin_text(f"no_{data['kind']}", lang, text=data["text"])
    if data.get("field") in ("district", "site"):
        return admin_text(f"needs_{data['field']}", lang)
    return admin_text("bad_username", lang)
