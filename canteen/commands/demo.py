"""`canteen demo`: create a database file filled with generated demo data."""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import fields
from datetime import date
from pathlib import Path

from canteen.db.lifecycle import open_database
from canteen.demo import DatabaseNotEmpty, DemoSummary, generate


def register(subparsers) -> None:
    """Add the `demo` subcommand."""
    parser = subparsers.add_parser(
        "demo",
        help="create a database with generated demo data",
        description=(
            "Create (or fill an empty) database with reproducible demo data: police districts, "
            "sites, catalogue, recipes, menus, covers, orders and costs. The same seed and "
            "--today give the same data. --sites 250 --years 3 is the benchmark data set."
        ),
    )
    parser.add_argument(
        "--database", metavar="PATH", type=Path, required=True, help="the database file to create"
    )
    parser.add_argument("--sites", type=int, default=20, help="number of sites (default 20)")
    parser.add_argument(
        "--years", type=int, default=2, help="years of daily covers up to yesterday (default 2)"
    )
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="generate as if today were this date (default: today)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Create the file, fill it, print what was made and how long it took."""
    path: Path = args.database
    started = time.perf_counter()
    database = open_database(path, create=True)
    try:
        summary = generate(
            database,
            sites=args.sites,
            years=args.years,
            seed=args.seed,
            today=args.today,
            progress=_progress if sys.stderr.isatty() else None,
        )
    except DatabaseNotEmpty:
        print(
            f"canteen: {path} already holds data; demo data goes only into a new, empty "
            "database (choose another file name)",
            file=sys.stderr,
        )
        return 1
    finally:
        database.dispose()
    seconds = time.perf_counter() - started
    _print_summary(path, summary, seconds)
    return 0


def _progress(done: int, total: int) -> None:
    end = "\n" if done == total else ""
    print(f"\rgenerating demo data: {done}/{total}", end=end, file=sys.stderr, flush=True)


def _print_summary(path: Path, summary: DemoSummary, seconds: float) -> None:
    print(f"Demo data written to {path}")
    for field in fields(summary):
        label = field.name.replace("_", " ")
        print(f"  {label:<22}{getattr(summary, field.name):>10,}")
    size_mb = path.stat().st_size / 1e6 if path.exists() else 0.0
    print(f"  {'rows in all':<22}{summary.total:>10,}")
    print(f"Took {seconds:.1f} s; file size {size_mb:.1f} MB")
