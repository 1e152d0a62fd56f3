"""`canteen menu print|production-sheet`: the weekly menu and production sheets as PDF, headless."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from canteen.db.engine import Database
from canteen.db.lifecycle import open_database
from canteen.domain.weeks import IsoWeek
from canteen.errors import NotFoundError, ValidationError
from canteen.paths import default_database_path
from canteen.reports.labels import DANISH, LANGUAGES, labels_for
from canteen.reports.production_sheet import build_production_sheet
from canteen.reports.weekly_menu import build_weekly_menu
from canteen.services.menus import production_sheet, record_printed, weekly_menu
from canteen.services.sites import SiteRow, list_sites


def register(subparsers) -> None:
    """Add `menu` with its actions `print` and `production-sheet`."""
    parser = subparsers.add_parser("menu", help="print weekly menus and production sheets")
    actions = parser.add_subparsers(dest="menu_action", metavar="ACTION", required=True)

    poster = actions.add_parser("print", help="the weekly menu for the wall, one A4 page")
    _common(poster)
    poster.add_argument("--lang", choices=sorted(LANGUAGES), default="da")
    poster.add_argument("--orientation", choices=("landscape", "portrait"), default="landscape")
    poster.add_argument("--organic", action="store_true", help="mark each dish's organic share")
    poster.add_argument("--co2e", action="store_true", help="mark each dish's kg CO2e per portion")
    poster.set_defaults(func=run_print)

    sheet = actions.add_parser("production-sheet", help="dishes scaled to planned portions")
    _common(sheet)
    sheet.add_argument("--day", help="one day of the week, e.g. 2026-11-23 (default: all days)")
    sheet.set_defaults(func=run_production_sheet)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        type=Path,
        default=None,
        help=f"the SQLite file (default: {default_database_path()})",
    )
    parser.add_argument("--site", required=True, help="the site's code or id")
    parser.add_argument("--week", required=True, help="the ISO week, e.g. 2026-W48")
    parser.add_argument("--out", type=Path, required=True, help="the PDF file to write")


def find_site(db: Database, text: str) -> SiteRow:
    """The site whose code (any case) or id is `text`."""
    wanted = text.strip()
    for site in list_sites(db):
        if site.id == wanted.lower() or site.code.casefold() == wanted.casefold():
            return site
    raise NotFoundError(f"no site with code or id {text!r}", site=text)


def _open(args) -> Database:
    return open_database((args.database or default_database_path()).absolute())


def _warn(view) -> None:
    for warning in view.warnings:
        where = warning.day.isoformat() if warning.day else str(view.week)
        details = ", ".join(f"{k}={v}" for k, v in sorted(warning.data.items()))
        print(f"warning: {warning.code} {where} {details}".rstrip(), file=sys.stderr)


def run_print(args) -> int:
    """Write the weekly menu PDF and record what it showed (the allergen evidence)."""
    week = IsoWeek.parse(args.week)
    db = _open(args)
    try:
        site = find_site(db, args.site)
        menu, view = weekly_menu(db, site.id, week)
        _warn(view)
        build_weekly_menu(
            menu,
            labels_for(args.lang),
            args.out,
            orientation=args.orientation,
            show_organic=args.organic,
            show_co2e=args.co2e,
        )
        record_printed(db, site.id, week, view.fingerprint)
    finally:
        db.dispose()
    print(f"{args.out}: menu {week} for {site.name}, {len(view.cells)} dishes")
    return 0


def run_production_sheet(args) -> int:
    """Write the production sheet PDF of the week or one day."""
    week = IsoWeek.parse(args.week)
    day = None
    if args.day:
        try:
            day = date.fromisoformat(args.day)
        except ValueError:
            raise ValidationError(
                f"not a date: {args.day!r}", field="day", reason="not_a_date", text=args.day
            ) from None
    db = _open(args)
    try:
        site = find_site(db, args.site)
        sheet = production_sheet(db, site.id, week, day)
    finally:
        db.dispose()
    if not sheet.days:
        raise ValidationError(
            "nothing is planned", field="week", reason="nothing_planned", week=str(week)
        )
    build_production_sheet(sheet, DANISH, args.out)
    count = sum(len(d.recipes) for d in sheet.days)
    print(f"{args.out}: production sheet {week} for {site.name}, {count} dishes")
    return 0
