"""`canteen menu print|production-sheet`: the weekly menu and production sheets as PDF, headless."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from canteen.commands.common import (
    add_database_option,
    add_language_option,
    add_site_option,
    find_site,
    open_for,
)
from canteen.commands.wording import warning_text
from canteen.domain.weeks import IsoWeek
from canteen.errors import ValidationError

DONE = {
    "da": {
        "menu": "{out}: menu for uge {week}, {site}, {dishes} retter",
        "sheet": "{out}: produktionsark for uge {week}, {site}, {dishes} retter",
        "warning": "advarsel",
    },
    "en": {
        "menu": "{out}: menu week {week} for {site}, {dishes} dishes",
        "sheet": "{out}: production sheet week {week} for {site}, {dishes} dishes",
        "warning": "warning",
    },
}


def register(subparsers) -> None:
    """Add `menu` with its actions `print` and `production-sheet`."""
    parser = subparsers.add_parser("menu", help="print weekly menus and production sheets")
    actions = parser.add_subparsers(dest="menu_action", metavar="ACTION", required=True)

    poster = actions.add_parser("print", help="the weekly menu for the wall, one A4 page")
    _common(poster)
    add_language_option(poster, ("da", "en", "both"))
    poster.add_argument("--orientation", choices=("landscape", "portrait"), default="landscape")
    poster.add_argument("--organic", action="store_true", help="mark each dish's organic share")
    poster.add_argument("--co2e", action="store_true", help="mark each dish's kg CO2e per portion")
    poster.set_defaults(func=run_print)

    sheet = actions.add_parser("production-sheet", help="dishes scaled to planned portions")
    _common(sheet)
    add_language_option(sheet)
    sheet.add_argument("--day", help="one day of the week, e.g. 2026-11-23 (default: all days)")
    sheet.set_defaults(func=run_production_sheet)


def _common(parser) -> None:
    add_database_option(parser)
    add_site_option(parser)
    parser.add_argument("--week", required=True, help="the ISO week, e.g. 2026-W48")
    parser.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    parser.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)


def _words(args) -> dict[str, str]:
    return DONE["en" if args.lang == "en" else "da"]


def _warn(args, warnings) -> None:
    for warning in warnings:
        label = _words(args)["warning"]
        print(f"{label}: {warning_text(warning, args.lang)}", file=sys.stderr)


def run_print(args) -> int:
    """Write the weekly menu PDF and record what it showed (the allergen evidence)."""
    from canteen.services.menus import prepare_weekly_menu, record_printed, render_weekly_menu

    week = IsoWeek.parse(args.week)
    db = open_for(args)
    try:
        site = find_site(db, args.site)
        job = prepare_weekly_menu(db, site.id, week, today=args.today or date.today())
        _warn(args, job.warnings)
        pdf = render_weekly_menu(
            job,
            args.lang,
            orientation=args.orientation,
            show_organic=args.organic,
            show_co2e=args.co2e,
        )
        args.out.write_bytes(pdf)
        record_printed(db, site.id, week, job.fingerprint)
    finally:
        db.dispose()
    done = _words(args)["menu"]
    print(done.format(out=args.out, week=week.week, site=site.name, dishes=job.dishes))
    return 0


def run_production_sheet(args) -> int:
    """Write the production sheet PDF of the week or one day."""
    from canteen.services.menus import prepare_production_sheet, render_production_sheet

    week = IsoWeek.parse(args.week)
    day = None
    if args.day:
        try:
            day = date.fromisoformat(args.day)
        except ValueError:
            raise ValidationError(
                f"not a date: {args.day!r}", field="day", reason="not_a_date", text=args.day
            ) from None
    db = open_for(args)
    try:
        site = find_site(db, args.site)
        job = prepare_production_sheet(db, site.id, week, day, today=args.today or date.today())
    finally:
        db.dispose()
    _warn(args, job.warnings)
    args.out.write_bytes(render_production_sheet(job, args.lang))
    done = _words(args)["sheet"]
    print(done.format(out=args.out, week=week.week, site=site.name, dishes=job.dishes))
    return 0
