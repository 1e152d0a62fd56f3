"""`canteen admin … import-master FILE`: preview master data from CSV/XLSX, write with --apply."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from canteen.commands.admin_text import admin_text

SHOWN = 50  # rows listed per status before "… and N more"


def register(actions) -> None:
    """Add `import-master`."""
    parser = actions.add_parser(
        "import-master",
        help="import ingredients, supplier products and prices, shared recipes or budgets",
        description="Show what the file would change; write it with --apply (docs/sync.md).",
    )
    parser.add_argument("file", type=Path)
    parser.add_argument("--kind", choices=("ingredients", "products", "recipes", "budgets"))
    parser.add_argument("--sheet", help="the XLSX sheet (default: the first)")
    parser.add_argument("--apply", action="store_true", help="write the changes")
    parser.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    """Preview; write with --apply, or when a person at a terminal says yes."""
    from canteen.commands.covers_text import problem_text
    from canteen.errors import ValidationError
    from canteen.sync.server import master_import
    from canteen.sync.server.setup import server_engine

    lang = args.lang or "da"
    engine = server_engine(args.database_url)
    try:
        with engine.begin() as connection:
            try:
                plan = master_import.plan_import(connection, args.file, args.kind, args.sheet)
            except ValidationError as error:
                print(f"canteen: {_file_problem(error, lang, problem_text)}", file=sys.stderr)
                return 1
            print_plan(plan, args.file, lang)
            writes = plan.count("new") + plan.count("changed")
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
    if reason == "missing_columns":
        return admin_text("missing_columns", lang, columns=", ".join(error.data["missing"]))
    if reason == "unknown_kind":
        return admin_text("unknown_kind", lang)
    return problem_text(error, lang)


def _confirmed(lang: str) -> bool:
    # Scripts (no terminal) never get a question: they say --apply.
    if not sys.stdin.isatty():
        return False
    answer = input(admin_text("ask_apply", lang) + " ").strip().lower()
    return answer in ("j", "ja", "y", "yes")


def print_plan(plan, path: Path, lang: str) -> None:
    """The preview: counts, then the rows per status (rejections with column, value, reason)."""
    print(admin_text("plan_head", lang, file=path.name, kind=admin_text(f"kind_{plan.kind}", lang)))
    print(
        "  "
        + admin_text(
            "plan_counts",
            lang,
            new=plan.count("new"),
            changed=plan.count("changed"),
            unchanged=plan.count("unchanged"),
            rejected=plan.count("rejected"),
        )
    )
    for status in ("new", "changed", "rejected"):
        rows = [row for row in plan.rows if row.status == status]
        if not rows:
            continue
        print(admin_text(f"status_{status}", lang) + ":")
        for row in rows[:SHOWN]:
            line = admin_text("line", lang, line=row.line)
            if status == "rejected":
                where = admin_text("cell", lang, column=row.column, value=row.value)
                print(f"  {line}  {where}{admin_text(f'why_{row.reason}', lang)}")
            elif status == "changed":
                print(f"  {line}  {row.label} ({', '.join(row.changed)})")
            else:
                print(f"  {line}  {row.label}")
        if len(rows) > SHOWN:
            print("  " + admin_text("more", lang, count=len(rows) - SHOWN))
