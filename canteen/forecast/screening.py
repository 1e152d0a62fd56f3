"""Screening a series for wild values (5300 typed at a site serving 55) before learning or scoring.

A recorded day is suspect when it is far above the same weekday's level around it: more than
three times the median of its neighbours and more than six robust standard deviations above it.
Only high values are screened: a low day is usually real (a holiday, an outing) and its damage
is bounded by the level, while a mistyped high value is not. A value the user confirmed as real
is never screened. Screened days become "nothing recorded" (NaN): models skip them and the
accuracy scores leave them out.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from canteen.forecast.series import Series

NEIGHBOURS = 6  # same-weekday recorded days on each side that give the local level
MIN_NEIGHBOURS = 4
FALLBACK_NEIGHBOURS = 10  # any-weekday neighbours when a weekday has too few records
RATIO = 3.0
SIGMAS = 6.0
MIN_SIGMA = 2.0  # covers; keeps a tiny, steady site from flagging ordinary variation


def suspect_days(series: Series, confirmed: Iterable[int] = ()) -> np.ndarray:
    """Day numbers of recorded values that look like typing or import errors."""
    known = np.flatnonzero(series.known)
    if known.size < MIN_NEIGHBOURS + 1:
        return np.empty(0, dtype=np.int64)
    factors = series.factors[known]
    usable = factors > 0
    adjusted = np.where(usable, series.values[known] / np.where(usable, factors, 1.0), np.nan)
    weekdays = series.weekday[known]
    flagged = np.zeros(known.size, dtype=bool)
    for weekday in range(7):
        same = np.flatnonzero(weekdays == weekday)
        if same.size == 0:
            continue
        if same.size > MIN_NEIGHBOURS:
            flagged[same] = _wild(adjusted[same], NEIGHBOURS)
        else:
            flagged[same] = _wild(adjusted, FALLBACK_NEIGHBOURS)[same]
    days = series.days[known][flagged & usable]
    keep = set(int(d) for d in confirmed)
    return np.array([d for d in days if int(d) not in keep], dtype=np.int64)


def _wild(values: np.ndarray, k: int) -> np.ndarray:
    """True where a value is far above the median of up to `k` neighbours on each side."""
    n = values.size
    padded = np.concatenate([np.full(k, np.nan), values, np.full(k, np.nan)])
    out = np.zeros(n, dtype=bool)
    for i in range(n):
        around = np.concatenate([padded[i : i + k], padded[i + k + 1 : i + 2 * k + 1]])
        around = around[~np.isnan(around)]
        if around.size < MIN_NEIGHBOURS or np.isnan(values[i]):
            continue
        level = float(np.median(around))
        sigma = max(1.4826 * float(np.median(np.abs(around - level))), MIN_SIGMA)
        out[i] = values[i] > max(RATIO * level, level + SIGMAS * sigma)
    return out


def screened(series: Series, confirmed: Iterable[int] = ()) -> tuple[Series, np.ndarray]:
    """The series with suspect values set to NaN, and the day numbers that were screened."""
    days = suspect_days(series, confirmed)
    if days.size == 0:
        return series, days
    values = series.values.copy()
    values[np.isin(series.days, days)] = np.nan
    clean = Series(series.key, series.days, values, series.factors, series.planned)
    return clean, days
