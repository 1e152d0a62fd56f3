"""Prediction intervals calibrated on backtest errors: quantiles of actual ÷ forecast."""

from __future__ import annotations

import numpy as np

SHRINK_ERRORS = 30  # a series' own errors count fully once it has well over this many
MIN_SPREAD = 0.03  # never claim an interval narrower than ±3 %


def ratio_quantiles(ratios: np.ndarray, coverage: float) -> tuple[float, float] | None:
    """The (lower, upper) quantiles of actual ÷ forecast for a central `coverage`, or None."""
    ratios = ratios[np.isfinite(ratios)]
    if ratios.size < 5:
        return None
    tail = (1 - coverage) / 2
    low, high = np.quantile(ratios, [tail, 1 - tail])
    return float(low), float(high)


def noise_quantiles(history: np.ndarray, coverage: float) -> tuple[float, float]:
    """Bounds from the history's own spread, for a series with no backtest errors yet."""
    from statistics import NormalDist

    z = NormalDist().inv_cdf(0.5 + coverage / 2)
    if history.size < 3 or np.median(history) <= 0:
        return 1 - 2 * z * 0.15, 1 + 2 * z * 0.15
    relative = history / np.median(history)
    spread = 1.4826 * float(np.median(np.abs(relative - np.median(relative))))
    # Without errors to learn from, be wide: the level itself is uncertain too.
    spread = max(spread, 0.05) * 1.5
    return 1 - z * spread, 1 + z * spread


def calibrate(
    own: np.ndarray,
    pooled: np.ndarray | None,
    history: np.ndarray,
    coverage: float,
) -> tuple[float, float]:
    """Ratio bounds from a series' own errors, shrunk towards pooled errors or its noise."""
    prior = None if pooled is None else ratio_quantiles(pooled, coverage)
    if prior is None:
        prior = noise_quantiles(history, coverage)
    found = ratio_quantiles(own, coverage)
    if found is None:
        low, high = prior
    else:
        weight = own.size / (own.size + SHRINK_ERRORS)
        low = weight * found[0] + (1 - weight) * prior[0]
        high = weight * found[1] + (1 - weight) * prior[1]
    return max(0.0, min(low, 1 - MIN_SPREAD)), max(high, 1 + MIN_SPREAD)


def bounds(
    forecast: np.ndarray, ratio_bounds: tuple[float, float]
) -> tuple[np.ndarray, np.ndarray]:
    """The interval around each forecast (low ≤ forecast ≤ high, low ≥ 0)."""
    low, high = ratio_bounds
    return np.maximum(forecast * low, 0.0), forecast * high
