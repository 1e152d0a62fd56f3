"""`canteen order suggest|list|export`: the suggestion for a week, stored orders, their documents."""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date, datetime
from pathlib import Path

from canteen.commands.common import (
    add_database_option,
    add_language_option,
    add_site_option,
    find_site,
    open_for,
)
from canteen.commands.order_text import (
    CSV_HEADER,
    WORDS,
    csv_row,
    flag_text,
    kroner,
    language,
    line_text,
    order_heading,
)
from canteen.domain.numbers import NumberProblem, read_number
from canteen.domain.weeks import IsoWeek
from canteen.errors import ValidationError

VAT = 0.25


def register(subparsers) -> None:
    """Add `order` with its actions `suggest`, `list` and `export`."""
    parser = subparsers.add_parser("order", help="order suggestions and purchase orders")
    actions = parser.add_subparsers(dest="order_action", metavar="ACTION", required=True)

    suggest = actions.add_parser("suggest", help="what to order for an ISO week, per supplier")
    add_database_option(suggest)
    add_site_option(suggest)
    add_language_option(suggest)
    suggest.add_argument("--week", required=True, help="the ISO week, e.g. 2026-W50")
    suggest.add_argument(
        "--service-level",
        default=None,
        help="plan for the upper end of the forecast's central interval of this size, 0–0.99"
        " (0.8 is the forecast's upper bound; default: the forecast itself)",
    )
    suggest.add_argument("--csv", type=Path, default=None, help="write one row per order line")
    suggest.add_argument("--save", action="store_true", help="store the orders as drafts")
    suggest.add_argument("--now", type=datetime.fromisoformat, help=argparse.SUPPRESS)
    suggest.set_defaults(func=run_suggest)

    listing = actions.add_parser("list", help="the site's purchase orders, one line each")
    add_database_option(listing)
    add_site_option(listing)
    add_language_option(listing)
    listing.add_argument("--status", action="append", help="draft, sent, confirmed, …")
    listing.set_defaults(func=run_list)

    export = actions.add_parser("export", help="write one order as PDF, CSV or OIOUBL (XML)")
    add_database_option(export)
    add_site_option(export)
    add_language_option(export)
    export.add_argument("--order", required=True, help="the order number, e.g. 2026-0012")
    export.add_argument("--format", required=True, choices=("pdf", "csv", "oioubl"))
    export.add_argument("--out", required=True, type=Path, help="the file to write")
    export.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    export.set_defaults(func=run_export)


def _level(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        return float(read_number(text))
    except NumberProblem:
        raise ValidationError(
            f"not a service level: {text!r}", reason="service_level", value=text
        ) from None


def run_suggest(args) -> int:
    """Print the suggestion; write the CSV and store drafts when asked."""
    from canteen.services.ordering import save_suggestion, suggest_order

    lang = language(args.lang)
    week = IsoWeek.parse(args.week)
    level = _level(args.service_level)
    now = args.now or datetime.now()
    db = open_for(args)
    try:
        site = find_site(db, args.site)
        suggestion = suggest_order(db, site.id, week, now=now, service_level=level)
        numbers = save_suggestion(db, suggestion, today=now.date()) if args.save else []
    finally:
        db.dispose()
    words = WORDS[lang]
    for order in suggestion.orders:
        print(order_heading(order, lang))
        for line in order.lines:
            print(line_text(line, lang))
        vat = round(order.total_ore * VAT)
        print(words["total"].format(total=kroner(order.total_ore, lang), vat=kroner(vat, lang)))
    if not suggestion.orders:
        print(words["nothing"].format(week=week))
    if suggestion.covered:
        print(words["covered"].format(count=len(suggestion.covered)))
    for flag in suggestion.flags:
        print(f"{words['flag']}: {flag_text(flag, lang)}", file=sys.stderr)
    if args.csv is not None:
        with args.csv.open("w", encoding="utf-8", newline="") as file:
            writer = csv.writer(file, lineterminator="\n")
            writer.writerow(CSV_HEADER)
            writer.writerows(csv_row(line) for line in suggestion.lines)
    if numbers:
        print(words["saved"].format(numbers=", ".join(numbers)))
    return 0


def run_list(args) -> int:
    """One line per order, beginning with its number."""
    from canteen.services.ordering import list_orders

    lang = language(args.lang)
    db = open_for(args)
    try:
        site = find_site(db, args.site)
        orders = list_orders(db, site.id, statuses=args.status)
    finally:
        db.dispose()
    for o in orders:
        print(
            f"{o.number}  {o.status:<9}  {o.delivery_date.isoformat()}  {o.supplier}"
            f"  {o.lines}  {kroner(o.total_ore, lang)} kr"
        )
    return 0


def run_export(args) -> int:
    """Write the order's document to --out; the file is only replaced once it is complete."""
    from canteen.services.ordering.exports import export_order

    lang = language(args.lang)
    db = open_for(args)
    try:
        site = find_site(db, args.site)
        data = export_order(
            db,
            site.id,
            args.order,
            args.format,
            language=lang,
            printed_on=args.today or date.today(),
        )
    finally:
        db.dispose()
    partial = args.out.with_name(args.out.name + ".partial")
    try:
        partial.write_bytes(data)
        partial.replace(args.out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ValidationError(
            f"cannot write {args.out}: {error}", reason="cannot_write", path=str(args.out)
        ) from None
    print(WORDS[lang]["exported"].format(order=args.order, path=args.out, size=len(data)))
    return 0
