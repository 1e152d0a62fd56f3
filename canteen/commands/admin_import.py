"""`canteen admin … import-master FILE`: preview master data from CSV/XLSX, write with --apply."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from canteen.commands.admin_text import admin_text, allergen_words, users_text

SHOWN = 20  # rows listed per status and kind before "… and N more" (--verbose: all)


def register(actions) -> None:
    """Add `import-master`."""
    parser = actions.add_parser(
        "import-master",
        help="import suppliers, ingredients, supplier products and prices, shared recipes or budgets",
        description="Show what the file would change; write it with --apply (docs/sync.md).",
    )
    parser.add_argument("file", type=Path)
    parser.add_argument(
        "--kind", choices=("suppliers", "ingredients", "products", "recipes", "budgets")
    )
    parser.add_argument(
        "--sheet", help="the XLSX sheet (default: one sheet per kind, or the first)"
    )
    parser.add_argument("--apply", action="store_true", help="write the changes")
    parser.add_argument(
        "--remove-missing",
        action="store_true",
        help="the file is the whole catalogue of its kinds: retire stored rows it lacks",
    )
    parser.add_argument("--verbose", action="store_true", help="list every row, not the first 20")
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day menus count from when checking what still uses a row (default: today)",
    )
    parser.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    """Preview; write with --apply, or when a person at a terminal says yes."""
    from canteen.commands.covers_text import problem_text
    from canteen.errors import CanteenError
    from canteen.sync.server import master_import
    from canteen.sync.server.setup import server_engine

    lang = args.lang or "da"
    engine = server_engine(args.database_url)
    try:
        with engine.begin() as connection:
            try:
                plan = master_import.plan_import(
                    connection,
                    args.file,
                    args.kind,
                    args.sheet,
                    remove_missing=args.remove_missing,
                    today=args.today,
                )
            except CanteenError as error:
                print(f"canteen: {_file_problem(error, lang, problem_text)}", file=sys.stderr)
                return 1
            print_plan(plan, args.file, lang, shown=None if args.verbose else SHOWN)
            writes = sum(plan.count(s) for s in ("new", "changed", "removed"))
            if not writes:
                print(admin_text("nothing_to_write", lang))
                return 0
            if not (args.apply or _confirmed(lang)):
                print(admin_text("not_written", lang))
                return 0
            written = master_import.apply_plan(connection, plan)
        print(admin_text("written", lang, rows=written))
    finally:
        engine.dispose()
    return 0


def _file_problem(error, lang: str, problem_text) -> str:
    reason = error.data.get("reason")
    sheet = error.data.get("sheet")
    where = admin_text("in_sheet", lang, sheet=sheet) if sheet and reason != "sheet_missing" else ""
    if reason == "missing_columns":
        return where + admin_text("missing_columns", lang, columns=", ".join(error.data["missing"]))
    if reason == "unknown_kind":
        return where + admin_text("unknown_kind", lang)
    if reason == "bad_sheets":
        names = ", ".join(f"«{name}»" for name in error.data["sheets"])
        return admin_text("bad_sheets", lang, sheets=names, expected=error.data["expected"])
    if reason == "wrong_encoding":
        return where + admin_text("wrong_encoding", lang, value=error.data["value"])
    if reason in ("no_sheet_of_kind", "kind_twice", "no_app_role"):
        return admin_text(reason, lang, kind=error.data.get("kind", ""))
    expected = (admin_text("expected", "da"), admin_text("expected", "en"))
    return where + problem_text(error, lang, expected)


def _confirmed(lang: str) -> bool:
    # Scripts (no terminal) never get a question: they say --apply.
    if not sys.stdin.isatty():
        return False
    answer = input(admin_text("ask_apply", lang) + " ").strip().lower()
    return answer in ("j", "ja", "y", "yes")


def print_plan(plan, path: Path, lang: str, shown: int | None = SHOWN) -> None:
    """The preview per kind: counts, then the first rows of each status (all with --verbose)."""
    for part in plan.parts:
        kind = admin_text(f"kind_{part.kind}", lang)
        head = f"{path.name} [{part.sheet}]" if len(plan.parts) > 1 else path.name
        print(admin_text("plan_head", lang, file=head, kind=kind))
        counts = {
            s: part.count(s, remove_missing=plan.remove_missing)
            for s in ("new", "changed", "unchanged", "rejected", "removed")
        }
        line = admin_text("plan_counts", lang, **counts)
        if plan.remove_missing:
            line += admin_text("plan_removed", lang, removed=counts["removed"])
        print("  " + line)
        _print_missing_note(part, plan.remove_missing, lang)
        rows = part.rows + (part.missing if plan.remove_missing else ())
        for status in ("new", "changed", "removed", "rejected"):
            _print_status(status, [r for r in rows if r.status == status], lang, shown)


def _print_missing_note(part, remove_missing: bool, lang: str) -> None:
    if part.removal_blocked and remove_missing:
        print("  " + admin_text("removal_blocked", lang))
        return
    if part.removal_blocked:
        return
    going = sum(row.status == "removed" for row in part.missing)
    staying = len(part.missing) - going
    if part.missing and not remove_missing:
        print("  " + admin_text("missing_note", lang, going=going, staying=staying))


def _print_status(status: str, rows: list, lang: str, shown: int | None) -> None:
    if not rows:
        return
    print(admin_text(f"status_{status}", lang) + ":")
    for row in rows if shown is None else rows[:shown]:
        print("  " + _row_text(row, status, lang))
    if shown is not None and len(rows) > shown:
        print("  " + admin_text("more", lang, count=len(rows) - shown))


def _row_text(row, status: str, lang: str) -> str:
    if row.line == 0:  # a stored row the file lacks
        if status == "rejected":
            return admin_text(
                "still_used", lang, label=row.label, users=users_text(row.value, lang)
            )
        return row.label
    line = admin_text("line", lang, line=row.line)
    if status == "rejected":
        where = admin_text("cell", lang, column=row.column, value=row.value)
        return f"{line}  {where}{admin_text(f'why_{row.reason}', lang)}"
    if status == "changed":
        columns = [c for c in row.changed if not c.startswith("ingredient.allergen_")]
        if row.allergens is not None:
            before, after = (allergen_words(p, lang) for p in row.allergens)
            columns.append(admin_text("allergens_changed", lang, before=before, after=after))
        return f"{line}  {row.label} ({', '.join(columns)})"
    return f"{line}  {row.label}"
