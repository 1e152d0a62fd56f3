"""Time the cost report: all districts by month next to one hand-written SQL aggregate, PDF, XLSX.

Usage: python bench/costs_bench.py DATABASE [--from 2024-01] [--to 2026-11] [--runs 3]
The database is a demo file (`canteen demo --sites 250 --years 3` is the benchmark set). The floor
is one SQLite statement summing the same rows per site and month (dates cut with substr, which is
as fast as SQLite gets and not portable); the report's ratio to it is printed beside it.
Targets (issue 10): ratio ≤ 1.5; the PDF ≤ 3 s; the XLSX ≤ 3 s.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from sqlalchemy import text

from canteen.db.lifecycle import open_database
from canteen.reports.costs_pdf import costs_pdf
from canteen.reports.costs_xlsx import costs_xlsx
from canteen.services.costs import DISTRICT, Selection, cost_report

FLOOR = """
SELECT 's', site_id, substr(day, 1, 7), sum(covers_sold), sum(revenue_ore), 0, 0, 0
  FROM sale WHERE day >= :start AND day < :end AND deleted_at IS NULL GROUP BY 2, 3
UNION ALL
SELECT 'a', site_id, period, sum(covers_sold), sum(revenue_ore), 0, 0, 0
  FROM sale_adjustment WHERE period BETWEEN :first AND :last AND deleted_at IS NULL GROUP BY 2, 3
UNION ALL
SELECT 'c' || category, site_id, period, sum(amount_ore), 0, 0, 0, 0
  FROM cost_entry WHERE period BETWEEN :first AND :last AND deleted_at IS NULL GROUP BY 1, 2, 3
UNION ALL
SELECT 'b', site_id, period, sum(amount_ore), 0, 0, 0, 0
  FROM budget WHERE period BETWEEN :first AND :last AND deleted_at IS NULL GROUP BY 2, 3
UNION ALL
SELECT 'w', site_id, substr(day, 1, 7), sum(weight_g), sum(cost_ore), 0, 0, 0
  FROM waste_record WHERE day >= :start AND day < :end AND deleted_at IS NULL GROUP BY 2, 3
UNION ALL
SELECT 'p', l.site_id, substr(r.received_on, 1, 7), sum(l.amount_ore),
       sum(CASE WHEN l.organic THEN l.amount_ore ELSE 0 END),
       sum(CASE i.base_unit WHEN 'g' THEN l.quantity
           WHEN 'ml' THEN l.quantity * coalesce(i.density_g_per_ml, 1.0)
           ELSE l.quantity * i.piece_weight_g END),
       sum(CASE WHEN l.organic THEN CASE i.base_unit WHEN 'g' THEN l.quantity
           WHEN 'ml' THEN l.quantity * coalesce(i.density_g_per_ml, 1.0)
           ELSE l.quantity * i.piece_weight_g END ELSE 0 END),
       sum(CASE i.base_unit WHEN 'g' THEN l.quantity
           WHEN 'ml' THEN l.quantity * coalesce(i.density_g_per_ml, 1.0)
           ELSE l.quantity * i.piece_weight_g END / 1000.0 * i.co2e_per_kg)
  FROM goods_receipt_line l
  JOIN goods_receipt r ON r.id = l.receipt_id
  JOIN supplier_product p ON p.id = l.product_id
  JOIN ingredient i ON i.id = p.ingredient_id
 WHERE r.received_on >= :start AND r.received_on < :end
   AND r.deleted_at IS NULL AND l.deleted_at IS NULL
 GROUP BY 2, 3
"""


CPU: list[float] = []  # the CPU-time median of the last `_median`


def _median(runs: int, work) -> tuple[float, object]:
    """Median wall time of `runs` runs (and the CPU time's median in CPU[0]), and the result.

    CPU time is printed beside wall time: on a shared, busy machine the wall clock measures the
    neighbours as much as the code.
    """
    times, cpu, result = [], [], None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = work()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    CPU[:] = [statistics.median(cpu)]
    return statistics.median(times), result


def main() -> None:
    """Print the timings, the floor and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database", type=Path)
    parser.add_argument("--from", dest="first", default="2024-01")
    parser.add_argument("--to", dest="last", default="2026-11")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    db = open_database(args.database)
    first, last = args.first, args.last
    year, month = int(last[:4]), int(last[5:])
    end = f"{year + (month == 12):04d}-{month % 12 + 1:02d}-01"
    values = {"first": first, "last": last, "start": f"{first}-01", "end": end}
    try:
        cost_report(db, Selection(), first, last)  # warm the page cache

        def floor():
            with db.engine.connect() as connection:
                return connection.execute(text(FLOOR), values).all()

        floor_s, rows = _median(args.runs, floor)
        floor_cpu = CPU[0]
        report_s, report = _median(args.runs, lambda: cost_report(db, Selection(), first, last))
        report_cpu = CPU[0]
        sites = len({r.site_code for r in report.level("site")})
        print(f"sites {sites}, months {len(report.periods)}, report rows {len(report.rows)}")
        print(
            f"hand-written SQL floor: {floor_s:.3f} s (CPU {floor_cpu:.3f} s, {len(rows)} groups)"
        )
        print(f"cost report, all districts by month: {report_s:.3f} s (CPU {report_cpu:.3f} s)")
        print(
            f"ratio report / floor: {report_s / floor_s:.2f},"
            f" by CPU {report_cpu / floor_cpu:.2f} (target <= 1.5)"
        )
        xlsx_s, _ = _median(args.runs, lambda: costs_xlsx(report))
        print(f"XLSX, all districts by month: {xlsx_s:.2f} s (CPU {CPU[0]:.2f} s)")
        pdf_s, data = _median(args.runs, lambda: costs_pdf(report))
        print(
            f"PDF, all districts by month (every site): {pdf_s:.2f} s (CPU {CPU[0]:.2f} s),"
            f" {len(data) // 1024} KiB"
        )
        district = report.level(DISTRICT)[0].district_code
        one = cost_report(db, Selection(DISTRICT, district), first, last)
        one_s, _ = _median(args.runs, lambda: costs_pdf(one))
        print(f"PDF, one district ({district}) by month: {one_s:.2f} s")
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
