"""`canteen covers import`: read a till/POS export into a site's covers (for scheduled imports)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from canteen.commands.common import add_database_option, add_language_option, add_site_option
from canteen.commands.covers_text import problem_text
from canteen.errors import FileProblem, ValidationError


def register(subparsers) -> None:
    """Add `covers` with its action `import`."""
    parser = subparsers.add_parser("covers", help="import covers from a till/POS export")
    actions = parser.add_subparsers(dest="covers_action", metavar="ACTION", required=True)
    run = actions.add_parser("import", help="import a CSV or XLSX file of covers")
    run.add_argument("file", type=Path)
    add_database_option(run)
    add_site_option(run)
    run.add_argument("--date-col", default=None, help="default: guessed from the header")
    run.add_argument("--covers-col", default=None, help="default: guessed from the header")
    run.add_argument("--service-col", default=None)
    run.add_argument("--site-col", default=None, help="rows for other sites are rejected")
    run.add_argument("--service", default="lunch", help="service of rows without one")
    run.add_argument("--sheet", default=None, help="XLSX sheet (default: the first)")
    add_language_option(run)
    run.add_argument(
        "--replace-manual",
        action="store_true",
        help="replace numbers typed by hand (default: keep them)",
    )
    run.add_argument(
        "--include-questioned",
        action="store_true",
        help="import figures far outside the site's usual range as confirmed (default: skip)",
    )
    run.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)
    run.set_defaults(func=run_import)


def run_import(args) -> int:
    """Import the file; print what was done and every rejected row. Exit 1 if nothing valid.

    A file that cannot be imported gives one line on stderr in the chosen language.
    """
    try:
        return _import(args)
    except FileProblem as problem:
        print(f"canteen: {problem_text(problem, args.lang)}", file=sys.stderr)
        return 1
    except ValidationError as error:
        if error.data.get("reason") not in ("unknown_column", "no_mapping"):
            raise
        print(f"canteen: {problem_text(error, args.lang)}", file=sys.stderr)
        return 1


def _import(args) -> int:
    from canteen.commands.common import find_site, open_for
    from canteen.commands.forecast import print_rejections
    from canteen.services.covers_import import (
        ColumnMapping,
        guess_mapping,
        import_covers,
        read_table,
    )

    table = read_table(args.file, args.sheet)
    guessed = guess_mapping(table.headers)
    date_col = args.date_col or (guessed.date if guessed else None)
    covers_col = args.covers_col or (guessed.covers if guessed else None)
    if not date_col or not covers_col:
        raise ValidationError(
            "cannot tell the date and covers columns; give --date-col and --covers-col",
            reason="no_mapping",
            headers=table.headers,
        )
    mapping = ColumnMapping(
        date=date_col,
        covers=covers_col,
        service=args.service_col or (guessed.service if guessed else None),
        site=args.site_col,
        default_service=args.service,
    )
    db = open_for(args)
    try:
        site = find_site(db, args.site)
        report = import_covers(
            db,
            site.id,
            table,
            mapping,
            today=args.today,
            keep_manual=not args.replace_manual,
            include_questioned=args.include_questioned,
        )
    finally:
        db.dispose()
    print(
        f"{site.code}: {report.inserted} added, {report.updated} changed, "
        f"{report.unchanged} unchanged, {len(report.rejected)} rejected, "
        f"{report.kept_manual} typed by hand kept, {report.skipped_questioned} questionable skipped"
    )
    print_rejections(list(report.rejected), len(table.rows), shown=50)
    if report.inserted + report.updated + report.unchanged + report.kept_manual == 0:
        no_rows = ValidationError("no valid rows", reason="no_rows")
        print(f"canteen: {problem_text(no_rows, args.lang)}", file=sys.stderr)
        return 1
    return 0
