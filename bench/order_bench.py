"""Time the order suggestion: one site-week (median of runs) and, optionally, every site once.

Usage: python bench/order_bench.py DATABASE [--week 2026-W51] [--now 2026-12-01T09:00]
       [--runs 7] [--all-sites [--one-by-one]] [--exports]
The database is a demo file (`canteen demo --sites 250 --years 3` is the benchmark set); nothing
is saved. Targets (issue 8): one site-week ≤ 100 ms; all 250 sites ≤ 10 s (the batch path,
median of 3 runs; --one-by-one also times 250 one-site calls once); with --exports, the
site's largest stored order as PDF ≤ 200 ms and as OIOUBL ≤ 50 ms (medians).
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import datetime
from pathlib import Path

from canteen.db.lifecycle import open_database
from canteen.domain.weeks import IsoWeek
from canteen.services.ordering import suggest_order
from canteen.services.ordering.batch import suggest_orders
from canteen.services.sites import list_sites


def main() -> None:
    """Print the median time per site-week, and the all-sites total when asked."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database", type=Path)
    parser.add_argument("--week", default="2026-W51")
    parser.add_argument("--now", type=datetime.fromisoformat, default=datetime(2026, 12, 1, 9))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--all-sites", action="store_true")
    parser.add_argument("--one-by-one", action="store_true")
    parser.add_argument("--exports", action="store_true")
    args = parser.parse_args()
    week = IsoWeek.parse(args.week)
    db = open_database(args.database)
    try:
        sites = list_sites(db)
        site = sites[len(sites) // 2]
        suggest_order(db, site.id, week, now=args.now, service_level=0.8)  # warm caches
        times, lines = [], 0
        for _ in range(args.runs):
            start = time.perf_counter()
            made = suggest_order(db, site.id, week, now=args.now, service_level=0.8)
            times.append(time.perf_counter() - start)
            lines = len(made.lines) + len(made.covered)
        median = statistics.median(times) * 1000
        print(f"one site-week: median {median:.1f} ms over {args.runs} runs ({lines} ingredients)")
        if args.all_sites:
            ids = [each.id for each in sites]
            times = []
            for _ in range(3):
                start = time.perf_counter()
                suggest_orders(db, ids, week, now=args.now, service_level=0.8)
                times.append(time.perf_counter() - start)
            print(
                f"all {len(ids)} sites, batch: median {statistics.median(times):.2f} s over 3 runs"
            )
        if args.all_sites and args.one_by_one:
            start = time.perf_counter()
            for each in sites:
                suggest_order(db, each.id, week, now=args.now, service_level=0.8)
            print(f"all {len(sites)} sites one by one: {time.perf_counter() - start:.1f} s")
        if args.exports:
            _time_exports(db, site.id, args.runs)
    finally:
        db.dispose()


def _time_exports(db, site_id: str, runs: int) -> None:
    """Median time of the PDF and OIOUBL export of the site's order with the most lines."""
    from datetime import date

    from canteen.services.ordering import list_orders
    from canteen.services.ordering.exports import export_order

    orders = list_orders(db, site_id)
    if not orders:
        print("exports: the site has no stored orders")
        return
    largest = max(orders, key=lambda o: o.lines)
    for name in ("pdf", "oioubl"):
        export_order(db, site_id, largest.number, name, printed_on=date(2026, 12, 1))
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            export_order(db, site_id, largest.number, name, printed_on=date(2026, 12, 1))
            times.append(time.perf_counter() - start)
        median = statistics.median(times) * 1000
        print(f"{name} export of {largest.number} ({largest.lines} lines): median {median:.1f} ms")


if __name__ == "__main__":
    main()
