"""`canteen forecast backtest|run`: score the forecaster on a history file; forecast a site."""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from canteen.commands.common import add_database_option, add_site_option
from canteen.errors import ValidationError
from canteen.forecast.backtest import AUTO, PLANNED, BacktestResult, run_backtest
from canteen.forecast.calendars import check_country
from canteen.forecast.explanations import describe

COUNTRY_HELP = "the calendar's country: any ISO code the holidays package knows (default DK)"


def register(subparsers) -> None:
    """Add `forecast` with its actions `backtest` and `run`."""
    parser = subparsers.add_parser("forecast", help="backtest the forecaster, forecast a site")
    actions = parser.add_subparsers(dest="forecast_action", metavar="ACTION", required=True)

    backtest = actions.add_parser("backtest", help="rolling-origin backtest on a CSV/XLSX file")
    backtest.add_argument("file", type=Path, help="daily covers, one row per site and date")
    backtest.add_argument("--date-col", required=True)
    backtest.add_argument("--value-col", required=True, help="the covers actually served")
    backtest.add_argument("--site-col", default=None)
    backtest.add_argument("--planned-col", default=None, help="someone's own forecast, to compare")
    backtest.add_argument("--country", default="DK", help=COUNTRY_HELP)
    backtest.add_argument("--horizon", type=int, default=14, help="days ahead (default 14)")
    backtest.add_argument("--start", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    backtest.add_argument("--rows-out", type=Path, default=None, help="write every forecast row")
    backtest.add_argument("--quiet", action="store_true", help="no progress on stderr")
    backtest.set_defaults(func=run_backtest_command)

    run = actions.add_parser("run", help="forecast a site's covers and store the forecast")
    add_database_option(run)
    add_site_option(run)
    run.add_argument("--weeks", type=int, default=8, help="weeks ahead, 1-8 (default 8)")
    run.add_argument("--country", default="DK", help=COUNTRY_HELP)
    run.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)
    run.set_defaults(func=run_forecast_command)


def _progress(quiet: bool):
    if quiet:
        return None

    def report(done: int, total: int) -> None:
        if done == total or done % 25 == 0:
            print(f"\r{done}/{total} origins", end="\n" if done == total else "", file=sys.stderr)

    return report


def run_backtest_command(args) -> int:
    """Read the file, run the protocol, print the score table (and write rows if asked)."""
    from canteen.services.forecasting.history_files import load_history

    country = check_country(args.country)
    if not 1 <= args.horizon <= 8 * 7:
        raise ValidationError(
            "horizon must be 1-56 days", reason="bad_horizon", horizon=args.horizon
        )
    history = load_history(
        args.file, args.date_col, args.value_col, args.site_col, args.planned_col
    )
    print_rejections(history.rejected, history.rows)
    if not history.series:
        raise ValidationError("no usable rows in the file", reason="no_rows")
    result = run_backtest(
        list(history.series),
        country=country,
        horizon=args.horizon,
        start=args.start,
        progress=_progress(args.quiet),
    )
    print(format_result(result, args.horizon))
    if args.rows_out:
        write_rows(result, args.rows_out)
        print(f"rows written: {args.rows_out}")
    return 0


def print_rejections(rejected, rows: int, shown: int = 10) -> None:
    """Summarise rejected rows on stderr: counts by reason and the first few rows."""
    if not rejected:
        return
    counts = Counter(r.reason for r in rejected)
    summary = ", ".join(f"{reason} {n}" for reason, n in counts.most_common())
    print(f"rejected {len(rejected)} of {rows} rows: {summary}", file=sys.stderr)
    for r in rejected[:shown]:
        column = f" [{r.column}]" if r.column else ""
        print(f"  line {r.line}{column}: {r.reason} {r.value!r}", file=sys.stderr)
    if len(rejected) > shown:
        print(f"  … and {len(rejected) - shown} more", file=sys.stderr)


def format_result(result: BacktestResult, horizon: int) -> str:
    """The score table: per method MAE, wMAPE, MASE and bias, averaged over series."""
    lines = []
    if result.rows:
        first = min(r.origin for r in result.rows)
        last = max(r.origin for r in result.rows)
        series = len({r.key for r in result.rows})
        scored = max((s.series for s in result.scores), default=0)
        lines.append(
            f"{series} series forecast, {scored} scored; {result.origins} origins ({first} to "
            f"{last}), horizon {horizon} days; scores averaged over series"
        )
    lines.append(f"{'method':<10}{'MAE':>9}{'wMAPE':>9}{'MASE':>8}{'bias':>9}{'days':>9}")
    for s in result.scores:
        label = "auto*" if s.method == AUTO else s.method
        lines.append(
            f"{label:<10}{s.mae:>9.2f}{s.wmape:>9.3f}{s.mase:>8.3f}{s.bias:>+9.2f}{s.days:>9}"
        )
    lines.append("* auto: the model chosen per series by its own rolling backtest")
    if any(s.method == PLANNED for s in result.scores):
        lines.append("planned: the file's own forecast column; all methods scored on its days")
    target = round(result.coverage_target * 100)
    lines.append(f"{target} % interval coverage: {result.coverage * 100:.1f} %")
    total = sum(result.choices.values()) or 1
    shares = ", ".join(
        f"{name} {n / total * 100:.0f} %"
        for name, n in sorted(result.choices.items(), key=lambda kv: -kv[1])
    )
    lines.append(f"chosen (share of forecast days): {shares}")
    if result.screened:
        lines.append(
            f"screened: {result.screened} recorded days far above their weekday's level were "
            f"left out of learning (still scored)"
        )
    fallback = sum(1 for r in result.rows if r.reason == "default")
    if fallback:
        lines.append(
            f"fallback: {fallback} forecast days had too little history to choose a model by "
            f"its errors; the default order (gbm, profile, ets, mean4, naive) decided"
        )
    return "\n".join(lines)


def write_rows(result: BacktestResult, path: Path) -> None:
    """One CSV row per (series, origin, day): actual, forecast, interval, the chosen model."""
    names = sorted({name for r in result.rows for name in r.forecasts})
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "site",
                "origin",
                "date",
                "actual",
                "forecast",
                "low",
                "high",
                "model",
                "planned",
                *names,
            ]
        )
        for r in result.rows:
            writer.writerow(
                [
                    r.key,
                    r.origin.isoformat(),
                    r.day.isoformat(),
                    _number(r.actual),
                    _number(r.forecast),
                    _number(r.low),
                    _number(r.high),
                    r.chosen,
                    _number(r.planned),
                    *(_number(r.forecasts.get(name)) for name in names),
                ]
            )


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def run_forecast_command(args) -> int:
    """Forecast one site for the coming weeks and store the forecast rows."""
    from canteen.commands.common import find_site, open_for
    from canteen.services.forecasting.site import forecast_site

    country = check_country(args.country)
    db = open_for(args)
    try:
        site = find_site(db, args.site)
        outcome = forecast_site(
            db,
            site.id,
            weeks=args.weeks,
            country=country,
            today=args.today,
            progress=_progress(False),
        )
    finally:
        db.dispose()
    for note in outcome.notes:
        details = " ".join(f"{k}={v}" for k, v in sorted(note.data.items()))
        print(f"note: {note.service}: {note.code} {details}".rstrip(), file=sys.stderr)
    for row in outcome.rows:
        print(
            f"{row.day} {row.service:<9} {row.covers:7.1f}  [{row.low:.0f}–{row.high:.0f}]  "
            f"{row.model:<8} {describe(list(row.effects))}".rstrip()
        )
    return 0
