"""One series to forecast: a site's open days, the covers recorded on them, and known effects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np


def day_number(day: date) -> int:
    """The proleptic ordinal of a date (day 1 is 0001-01-01, a Monday)."""
    return day.toordinal()


def day_of(number: int) -> date:
    """The date of a day number."""
    return date.fromordinal(int(number))


def weekday_of(days: np.ndarray) -> np.ndarray:
    """Monday 0 … Sunday 6 for an array of day numbers."""
    return (np.asarray(days, dtype=np.int64) - 1) % 7


@dataclass(frozen=True)
class Series:
    """A site's (and service's) open days in order with covers and the effects known in advance.

    `days` are the open days, past and future, as day numbers (strictly increasing); `values` are
    the covers, NaN where nothing was recorded (and for every future day). `factors` is the
    expected multiplier of each day from known events (1.0 for none); the history is divided by
    it before learning and forecasts are multiplied by it. `planned` is someone else's forecast
    of each day (a column in a backtest file), kept only to compare with.
    """

    key: str
    days: np.ndarray
    values: np.ndarray
    factors: np.ndarray | None = None
    planned: np.ndarray | None = None
    weekday: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        days = np.asarray(self.days, dtype=np.int64)
        values = np.asarray(self.values, dtype=np.float64)
        if days.shape != values.shape:
            raise ValueError("days and values differ in length")
        if days.size > 1 and np.any(np.diff(days) <= 0):
            raise ValueError("days must be strictly increasing")
        factors = np.ones(days.size) if self.factors is None else np.asarray(self.factors, float)
        object.__setattr__(self, "days", days)
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "factors", factors)
        if self.planned is not None:
            object.__setattr__(self, "planned", np.asarray(self.planned, dtype=np.float64))
        object.__setattr__(self, "weekday", weekday_of(days))

    @property
    def known(self) -> np.ndarray:
        """True where covers were recorded."""
        return ~np.isnan(self.values)

    def history_end(self, origin: int) -> int:
        """The number of open days on or before `origin` (the history's length at that origin)."""
        return int(np.searchsorted(self.days, origin, side="right"))

    def targets(self, origin: int, horizon: int) -> np.ndarray:
        """Indices of the open days in (origin, origin + horizon]."""
        lo = np.searchsorted(self.days, origin, side="right")
        hi = np.searchsorted(self.days, origin + horizon, side="right")
        return np.arange(lo, hi)

    def first_known(self) -> int | None:
        """The first day with recorded covers, or None."""
        known = np.flatnonzero(self.known)
        return int(self.days[known[0]]) if known.size else None

    def last_known(self) -> int | None:
        """The last day with recorded covers, or None."""
        known = np.flatnonzero(self.known)
        return int(self.days[known[-1]]) if known.size else None


def sundays_between(first: int, last: int) -> list[int]:
    """The Sundays (as day numbers) from `first` to before `last`: the weekly forecast origins."""
    start = first + (6 - int(weekday_of(np.array([first]))[0]))
    return list(range(start, last, 7))
