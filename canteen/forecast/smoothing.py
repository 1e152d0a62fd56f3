"""Exponential smoothing (ETS with additive damped trend) on the weekday-adjusted open days.

Parameters are estimated with statsmodels at each refit; between refits the same parameters run
the smoothing recursion over the history up to each origin, so no origin sees later data.
Open days are taken as consecutive steps (closures are skipped, not filled).
"""

from __future__ import annotations

import warnings

import numpy as np

from canteen.forecast.features import Context, Frame
from canteen.forecast.models import Pool

FIT_DAYS = 400  # the last recorded days used to estimate parameters
RUN_DAYS = 250  # the last recorded days the recursion runs over at each origin
DEFAULT = (0.2, 0.0, 0.9)  # alpha, beta, phi when estimation is impossible
MIN_DAYS = 30


def weekday_factors(values: np.ndarray, weekday: np.ndarray) -> np.ndarray:
    """Median of each weekday over the overall median (1.0 for weekdays seen under 3 times)."""
    overall = float(np.median(values)) if values.size else 0.0
    factors = np.ones(7)
    if overall <= 0:
        return factors
    for day in range(7):
        same = values[weekday == day]
        if same.size >= 3 and np.median(same) > 0:
            factors[day] = float(np.median(same)) / overall
    return factors


def _adjusted(values: np.ndarray, weekday: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    factors = weekday_factors(values, weekday)
    adjusted = values / factors[weekday]
    # Strikes and one-off events would drag the level: clip to ±50 % of a running median.
    median = float(np.median(adjusted[-60:]))
    return np.clip(adjusted, 0.5 * median, 1.5 * median), factors


def run(adjusted: np.ndarray, alpha: float, beta: float, phi: float) -> tuple[float, float]:
    """The level and trend after smoothing `adjusted` (Holt's damped additive recursion)."""
    level = float(adjusted[0])
    trend = 0.0
    for value in adjusted[1:]:
        previous = level
        level = alpha * value + (1 - alpha) * (previous + phi * trend)
        trend = beta * (level - previous) + (1 - beta) * phi * trend
    return level, trend


def estimate(adjusted: np.ndarray) -> tuple[float, float, float]:
    """Smoothing parameters (alpha, beta, phi) by statsmodels' ETS maximum likelihood, or defaults."""
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel

    if adjusted.size < MIN_DAYS or np.ptp(adjusted) == 0:
        return DEFAULT
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fitted = ETSModel(
                adjusted,
                error="add",
                trend="add",
                damped_trend=True,
                initialization_method="heuristic",
            ).fit(disp=False)
    except (ValueError, np.linalg.LinAlgError):
        return DEFAULT
    found = tuple(float(p) for p in fitted.params[:3])
    if not all(np.isfinite(found)):
        return DEFAULT
    alpha, beta, phi = found
    # statsmodels states beta relative to alpha (beta* = alpha × beta) in its ETS form.
    return alpha, beta / alpha if alpha > 0 else 0.0, phi


class Smoothing:
    """ETS(A,Ad,N) per series on weekday-adjusted covers, times the weekday factor."""

    name = "ets"
    # Smoothing parameters drift slowly; estimating them quarterly keeps a 4-year backtest fast.
    refit_weeks = 13

    def __init__(self) -> None:
        self._params: dict[str, tuple[float, float, float]] = {}

    def refit(self, pool: Pool, until: int) -> None:
        """Estimate each series' parameters from its recorded days up to `until`."""
        for key, frame in pool.frames.items():
            self._params[key] = self.params_until(frame, until)

    @staticmethod
    def params_until(frame: Frame, until: int) -> tuple[float, float, float]:
        """The parameters estimated from the series' recorded days on or before `until`."""
        k = int(np.searchsorted(frame.known_days, until, side="right"))
        start = max(0, k - FIT_DAYS)
        if k - start < MIN_DAYS:
            return DEFAULT
        adjusted, _ = _adjusted(frame.known_values[start:k], frame.known_weekday[start:k])
        return estimate(adjusted)

    def predict(self, ctx: Context) -> np.ndarray:
        """The damped-trend forecast, stepping over open days, times each weekday's factor."""
        key = ctx.frame.series.key
        alpha, beta, phi = self._params.get(key) or self.params_until(ctx.frame, ctx.origin)
        values = ctx.history[-RUN_DAYS:]
        weekday = ctx.history_weekday[-RUN_DAYS:]
        adjusted, factors = _adjusted(values, weekday)
        level, trend = run(adjusted, alpha, beta, phi)
        already = int(np.searchsorted(ctx.frame.series.days, ctx.origin, side="right"))
        steps = ctx.targets - already + 1
        damped = np.array([sum(phi**j for j in range(1, int(s) + 1)) for s in steps])
        return np.maximum(level + damped * trend, 0.0) * factors[ctx.weekday]
