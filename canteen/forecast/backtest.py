"""The backtest protocol: weekly origins, forecasts only from data up to each origin, scores.

Origins are the Sundays from `start` to the end of the data. From each origin every open day in
(origin, origin + horizon] is forecast (a day without a row is closed, and that is known in
advance). Before `start` the engine runs half a year of warm-up origins whose forecasts are not scored:
they give the first scored origins past errors to choose models and size intervals with.

As in the app, wild values (`screening`) are left out of what the models learn from; the scores
still use every recorded day, so screening is measured, not hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from canteen.forecast.calendars import CountryCalendar
from canteen.forecast.engine import Engine, Progress, Settings, ShouldCancel
from canteen.forecast.screening import screened
from canteen.forecast.series import Series, day_of, sundays_between

AUTO = "auto"
PLANNED = "planned"
WARM_UP_WEEKS = 26


@dataclass(frozen=True)
class BacktestRow:
    """One forecast day from one origin: what happened, each method's forecast, the choice."""

    key: str
    origin: date
    day: date
    actual: float | None
    planned: float | None
    forecasts: dict[str, float]
    chosen: str
    forecast: float
    low: float
    high: float
    reason: str = "backtest"  # 'default': too little history yet to choose by errors


@dataclass(frozen=True)
class MethodScore:
    """A method's errors averaged over series: MAE, wMAPE, MASE and bias (forecast − actual)."""

    method: str
    mae: float
    wmape: float
    mase: float
    bias: float
    series: int
    days: int


@dataclass(frozen=True)
class BacktestResult:
    """Rows, scores per method, and how often the chosen model's interval held the actual."""

    rows: list[BacktestRow]
    scores: list[MethodScore]
    coverage: float
    coverage_target: float
    origins: int
    choices: dict[str, int]
    screened: int = 0  # recorded days left out of learning as wild values


def origins_for(series: list[Series], start: date | None) -> tuple[list[int], list[int]]:
    """(warm-up origins, scored origins): Sundays from `start` to the last day with data."""
    firsts = [s.first_known() for s in series if s.first_known() is not None]
    if not firsts:
        return [], []
    first = min(firsts)
    last = max(int(s.days[-1]) for s in series if s.days.size)
    begin = start.toordinal() if start is not None else first + 8 * 7
    scored = sundays_between(begin, last)
    warm_from = max(first, begin - 7 * WARM_UP_WEEKS)
    warm = [o for o in sundays_between(warm_from, begin) if o < begin and o > first]
    return warm, scored


def run_backtest(
    series: list[Series],
    country: str = "DK",
    horizon: int = 14,
    start: date | None = None,
    settings: Settings | None = None,
    candidates: list | None = None,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    screen: bool = True,
) -> BacktestResult:
    """Run the protocol over every series and score each candidate, the choice and `planned`."""
    settings = settings or Settings(horizon=horizon)
    if settings.horizon != horizon:
        settings = Settings(**{**settings.__dict__, "horizon": horizon})
    learned, dropped = list(series), 0
    if screen:
        found = [screened(s) for s in series]
        learned = [clean for clean, _ in found]
        dropped = sum(days.size for _, days in found)
    engine = Engine(learned, CountryCalendar(country), settings, candidates)
    warm, scored = origins_for(series, start)
    results = engine.run(warm + scored, progress, should_cancel)
    first_scored = scored[0] if scored else None
    raw = {s.key: s for s in series}
    rows = [
        row
        for result in results
        if first_scored is not None and result.origin >= first_scored
        for row in _rows(result, raw[result.key])
    ]
    begin = first_scored if first_scored is not None else 0
    scores = score(rows, {s.key: s for s in series}, engine.names, begin)
    choices: dict[str, int] = {}
    for row in rows:
        choices[row.chosen] = choices.get(row.chosen, 0) + 1
    return BacktestResult(
        rows=rows,
        scores=scores,
        coverage=coverage(rows),
        coverage_target=settings.coverage,
        origins=len(scored),
        choices=choices,
        screened=dropped,
    )


def _rows(result, series: Series) -> list[BacktestRow]:
    """The origin's rows, scored against the series as recorded (screened days included)."""
    targets = result.context.targets
    planned = series.planned[targets] if series.planned is not None else None
    recorded = series.values[targets]
    out = []
    for i, day in enumerate(result.days):
        actual = recorded[i]
        out.append(
            BacktestRow(
                key=result.key,
                origin=day_of(result.origin),
                day=day_of(day),
                actual=None if np.isnan(actual) else float(actual),
                planned=None if planned is None or np.isnan(planned[i]) else float(planned[i]),
                forecasts={name: float(values[i]) for name, values in result.forecasts.items()},
                chosen=result.chosen,
                forecast=float(result.forecast[i]),
                low=float(result.low[i]),
                high=float(result.high[i]),
                reason=result.reason,
            )
        )
    return out


def naive_scale(series: Series, before: int) -> float | None:
    """In-sample MAE of the same-weekday naive forecast on the days before `before`.

    Falls back to the whole series when fewer than ten pairs precede `before`.
    """
    known = series.known
    for limit in (before, None):
        days = series.days[known]
        values = series.values[known]
        weekday = series.weekday[known]
        if limit is not None:
            keep = days < limit
            days, values, weekday = days[keep], values[keep], weekday[keep]
        diffs = []
        for w in range(7):
            same = values[weekday == w]
            if same.size > 1:
                diffs.append(np.abs(np.diff(same)))
        found = np.concatenate(diffs) if diffs else np.empty(0)
        if found.size >= 10 and found.mean() > 0:
            return float(found.mean())
    return None


def score(
    rows: list[BacktestRow], series: dict[str, Series], names: list[str], begin: int
) -> list[MethodScore]:
    """Per-series MAE, wMAPE, MASE and bias for each method, averaged over series.

    Only rows with a recorded actual count; when any row has a planned value, only rows with
    one, so every method is scored on the same days.
    """
    has_planned = any(r.planned is not None for r in rows)
    usable = [
        r for r in rows if r.actual is not None and (not has_planned or r.planned is not None)
    ]
    by_key: dict[str, list[BacktestRow]] = {}
    for row in usable:
        by_key.setdefault(row.key, []).append(row)
    methods = [*names, AUTO] + ([PLANNED] if has_planned else [])
    scales = {key: naive_scale(series[key], begin) for key in by_key}
    out = []
    for method in methods:
        per_series = []
        for key, found in by_key.items():
            actual = np.array([r.actual for r in found])
            forecast = np.array([_forecast_of(r, method) for r in found])
            ok = ~np.isnan(forecast)
            if not ok.any():
                continue
            error = forecast[ok] - actual[ok]
            mae = float(np.mean(np.abs(error)))
            total = float(actual[ok].sum())
            scale = scales.get(key)
            per_series.append(
                (
                    mae,
                    float(np.abs(error).sum()) / total if total > 0 else np.nan,
                    mae / scale if scale else np.nan,
                    float(np.mean(error)),
                    int(ok.sum()),
                )
            )
        if not per_series:
            continue
        table = np.array(per_series)
        out.append(
            MethodScore(
                method=method,
                mae=_mean(table[:, 0]),
                wmape=_mean(table[:, 1]),
                mase=_mean(table[:, 2]),
                bias=_mean(table[:, 3]),
                series=len(per_series),
                days=int(table[:, 4].sum()),
            )
        )
    return out


def _mean(values: np.ndarray) -> float:
    finite = values[np.isfinite(values)]
    return float(finite.mean()) if finite.size else float("nan")


def _forecast_of(row: BacktestRow, method: str) -> float:
    if method == AUTO:
        return row.forecast
    if method == PLANNED:
        return np.nan if row.planned is None else row.planned
    return row.forecasts.get(method, np.nan)


def coverage(rows: list[BacktestRow]) -> float:
    """The share of recorded days whose actual fell inside the chosen model's interval."""
    known = [r for r in rows if r.actual is not None]
    if not known:
        return float("nan")
    inside = sum(1 for r in known if r.low <= r.actual <= r.high)
    return inside / len(known)
