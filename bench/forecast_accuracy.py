"""Forecast accuracy on real canteen data: the backtest protocol on the Nantes school canteens.

Reads `../shared/data/forecast/nantes_canteens_dev.csv.gz` (or --data), runs the backtest from
2014 on with a 14-day horizon and the French calendar, prints the score table, the targets of
issue 4 and the same scores without strike days (strikes are known only afterwards, so they are
never model inputs; leaving them out of the scoring is only for reporting).

    python bench/forecast_accuracy.py [--data FILE] [--start 2014-01-01] [--rows-out rows.csv]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

from canteen.commands.forecast import format_result, print_rejections, write_rows
from canteen.forecast.backtest import AUTO, PLANNED, run_backtest, score
from canteen.services.forecasting.history_files import load_history

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "forecast"
SIMPLE = ("mean4", "naive")


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA / "nantes_canteens_dev.csv.gz")
    parser.add_argument("--strikes", type=Path, default=DATA / "nantes_strike_days.csv")
    parser.add_argument("--start", type=date.fromisoformat, default=date(2014, 1, 1))
    parser.add_argument("--horizon", type=int, default=14)
    parser.add_argument("--sites", default="", help="comma-separated subset of sites")
    parser.add_argument("--rows-out", type=Path, default=None)
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2

    started = time.perf_counter()
    history = load_history(args.data, "date", "served", "site", "planned")
    print_rejections(history.rejected, history.rows, shown=3)
    series = list(history.series)
    if args.sites:
        wanted = set(args.sites.split(","))
        series = [s for s in series if s.key in wanted]
    result = run_backtest(
        series, country="FR", horizon=args.horizon, start=args.start, progress=_progress
    )
    elapsed = time.perf_counter() - started
    print()
    print(format_result(result, args.horizon))
    print(f"time: {elapsed:.0f} s for {len(series)} sites")
    print()
    print_targets(result.scores, result.coverage)

    strikes = _strike_days(args.strikes)
    if strikes:
        calm = [r for r in result.rows if r.day not in strikes]
        names = sorted({n for r in result.rows for n in r.forecasts})
        begin = args.start.toordinal()
        by_key = {s.key: s for s in series}
        print()
        print(f"without the {len(strikes)} strike days (reporting only):")
        for s in score(calm, by_key, names, begin):
            print(f"  {s.method:<9} MAE {s.mae:6.2f}  wMAPE {s.wmape:.3f}  bias {s.bias:+.2f}")
        inside = [r for r in calm if r.actual is not None]
        share = np.mean([r.low <= r.actual <= r.high for r in inside]) if inside else float("nan")
        print(f"  interval coverage {share * 100:.1f} %")
    if args.rows_out:
        write_rows(result, args.rows_out)
    return 0


def print_targets(scores, coverage: float) -> None:
    """Issue 4's targets: auto's MAE against the best simple baseline and planned; coverage."""
    by_method = {s.method: s for s in scores}
    auto = by_method[AUTO].mae
    simple = min((by_method[m] for m in SIMPLE if m in by_method), key=lambda s: s.mae)
    print(
        f"auto MAE / best simple baseline ({simple.method}) MAE = {auto / simple.mae:.3f}"
        f"  (target ≤ 0.80)"
    )
    if PLANNED in by_method:
        print(f"auto MAE / planned MAE = {auto / by_method[PLANNED].mae:.3f}  (target ≤ 0.80)")
    print(f"80 % interval coverage = {coverage * 100:.1f} %  (target 75–85 %)")


def _strike_days(path: Path) -> set[date]:
    if not path.is_file():
        return set()
    with path.open(newline="") as handle:
        return {date.fromisoformat(row["date"]) for row in csv.DictReader(handle)}


def _progress(done: int, total: int) -> None:
    if done % 20 == 0 or done == total:
        print(f"\r{done}/{total} origins", end="", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
