"""A site's own profile: a robust weekday level times learned calendar factors.

The level of a weekday is a trimmed mean of its last ordinary days (no day off, no school
holiday, not next to a closure). Each calendar condition a site has lived through (a school
holiday week, a day off it stayed open on, the day before or after a closure) gets a factor: the
median ratio of such days to the ordinary level before them, shrunk towards 1 when seen rarely.
The factors double as the explanation of a forecast.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from canteen.forecast.calendars import DAY_OFF_KINDS, SCHOOL_HOLIDAYS
from canteen.forecast.features import DAY_FEATURES, Context, Frame, trimmed_mean
from canteen.forecast.models import Pool

LEVEL_DAYS = 6
SHRINK = 2.0
_DAY_OFF = DAY_FEATURES.index("day_off")
_SCHOOL = DAY_FEATURES.index("school_holiday")
_SINCE = DAY_FEATURES.index("since_break")
_UNTIL = DAY_FEATURES.index("until_break")


@dataclass(frozen=True)
class Condition:
    """A calendar condition of a day: `kind` is day_off, school_holiday, before_break or after_break."""

    kind: str
    name: str = ""


def conditions_of(frame: Frame, index: int) -> tuple[Condition, ...]:
    """The calendar conditions of the series' open day at `index`."""
    part = frame.calendar_part[index]
    off, school = int(part[_DAY_OFF]), int(part[_SCHOOL])
    found = []
    if off > 0:
        found.append(Condition("day_off", DAY_OFF_KINDS[off]))
    if school > 0:
        found.append(Condition("school_holiday", SCHOOL_HOLIDAYS[school]))
    if part[_UNTIL] == 0:
        found.append(Condition("before_break"))
    elif part[_SINCE] == 0:
        found.append(Condition("after_break"))
    return tuple(found)


class _FrameStats:
    """Per series, computed once: each recorded day's conditions and ratio to the level before it."""

    def __init__(self, frame: Frame) -> None:
        series = frame.series
        known_index = np.flatnonzero(np.isin(series.days, frame.known_days))
        self.conditions = [conditions_of(frame, int(i)) for i in known_index]
        self.ordinary = np.array([not c for c in self.conditions], dtype=bool)
        values = frame.known_values
        weekday = frame.known_weekday
        self.ratios = np.full(values.size, np.nan)
        last: dict[int, list[float]] = {}
        for i in range(values.size):
            seen = last.setdefault(int(weekday[i]), [])
            if len(seen) >= 2:
                level = trimmed_mean(np.array(seen[-LEVEL_DAYS:]))
                if level > 0:
                    self.ratios[i] = values[i] / level
            if self.ordinary[i]:
                seen.append(float(values[i]))
        by_condition: dict[Condition, list[int]] = {}
        for i, conditions in enumerate(self.conditions):
            if self.ratios[i] > 0:
                for condition in conditions:
                    by_condition.setdefault(condition, []).append(i)
        self.by_condition = {
            c: (np.array(found), np.log(self.ratios[found])) for c, found in by_condition.items()
        }


class Profile:
    """Weekday level from recent ordinary days times the site's own calendar factors."""

    name = "profile"

    def __init__(self) -> None:
        self._stats: dict[str, _FrameStats] = {}
        self._factors: dict[str, dict[Condition, float]] = {}

    def _stats_of(self, frame: Frame) -> _FrameStats:
        key = frame.series.key
        if key not in self._stats:
            self._stats[key] = _FrameStats(frame)
        return self._stats[key]

    def refit(self, pool: Pool, until: int) -> None:
        """Learn each series' condition factors from its days up to `until`."""
        for frame in pool.frames.values():
            self._factors[frame.series.key] = self.factors_until(frame, until)

    def factors_until(self, frame: Frame, until: int) -> dict[Condition, float]:
        """The condition factors learned from the series' recorded days on or before `until`."""
        stats = self._stats_of(frame)
        k = int(np.searchsorted(frame.known_days, until, side="right"))
        factors = {}
        for condition, (index, logs) in stats.by_condition.items():
            found = logs[index < k]
            if found.size:
                weight = found.size / (found.size + SHRINK)
                factors[condition] = float(np.exp(np.median(found) * weight))
        return factors

    def levels(self, ctx: Context) -> np.ndarray:
        """The ordinary weekday level of each target day, before calendar factors."""
        stats = self._stats_of(ctx.frame)
        k = ctx.history.size
        ordinary = stats.ordinary[:k]
        out = np.full(ctx.targets.size, ctx.base)
        weekdays = ctx.weekday
        for weekday in np.unique(weekdays):
            same = ctx.history[(ctx.history_weekday == weekday) & ordinary][-LEVEL_DAYS:]
            if same.size == 0:
                same = ctx.history[ctx.history_weekday == weekday][-LEVEL_DAYS:]
            if same.size:
                out[weekdays == weekday] = trimmed_mean(same)
        return out

    def effects(self, ctx: Context) -> list[list[tuple[Condition, float]]]:
        """Per target day, each condition with its factor (as learned at the last refit)."""
        factors = self._factors.get(ctx.frame.series.key)
        if factors is None:
            factors = self.factors_until(ctx.frame, ctx.origin)
        return [
            [(c, factors.get(c, 1.0)) for c in conditions_of(ctx.frame, int(i))]
            for i in ctx.targets
        ]

    def predict(self, ctx: Context) -> np.ndarray:
        """Level times the product of the day's condition factors."""
        multipliers = np.array(
            [np.prod([factor for _, factor in day]) if day else 1.0 for day in self.effects(ctx)]
        )
        return self.levels(ctx) * multipliers
