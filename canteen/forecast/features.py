"""Features of a target day seen from a forecast origin: calendar, schedule and robust levels.

Everything a feature row holds is known at the origin: the calendar, the site's schedule of open
days (closures are known in advance) and covers recorded on or before the origin. Levels are
scale-free ratios to `base`, the median of the last recorded days, so one model can learn from
sites of any size.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from canteen.forecast.calendars import CountryCalendar
from canteen.forecast.series import Series

# Known per open day whatever the origin: the calendar and the schedule of open days.
DAY_FEATURES = (
    "weekday",
    "month",
    "week",
    "gap_before",
    "gap_after",
    "since_break",
    "until_break",
    "prev_break_len",
    "next_break_len",
    "day_off",
    "school_holiday",
    "next_to_day_off",
)
# Seen from the origin: the horizon and levels of the covers recorded up to it.
ORIGIN_FEATURES = (
    "horizon",
    "last_same",
    "mean4",
    "median4",
    "median8",
    "ordinary_level",
    "weekday_ratio",
    "level_recent",
    "level_previous",
    "level_long",
    "year_ago",
    "history_len",
    "log_base",
    "stale",
    "last_value",
)
FEATURE_NAMES = DAY_FEATURES + ORIGIN_FEATURES
COLUMN = {name: i for i, name in enumerate(FEATURE_NAMES)}
# Calendar columns grouped by the effect an explanation names; see explanations.py.
CALENDAR_GROUPS = {
    "day_off": ("day_off", "next_to_day_off"),
    "school_holiday": ("school_holiday",),
    "break": (
        "since_break",
        "until_break",
        "prev_break_len",
        "next_break_len",
        "gap_before",
        "gap_after",
    ),
}

RATIO_COLUMNS = [COLUMN[name] for name in ORIGIN_FEATURES[1:11] + ("last_value",)]
BREAK_DAYS = 5  # a closure longer than a long weekend
CAP_DAYS = 150
BASE_WINDOW = 20


@dataclass(frozen=True)
class Frame:
    """A series with its per-day calendar and schedule features, computed once."""

    series: Series
    known_days: np.ndarray
    known_values: np.ndarray
    known_weekday: np.ndarray
    known_ordinary: np.ndarray  # no day off, school holiday or closure next to it
    calendar_part: np.ndarray  # one row per open day, the DAY_FEATURES columns


@dataclass(frozen=True)
class Context:
    """A series seen from one origin: the target days, their feature rows and the scale."""

    frame: Frame
    origin: int
    targets: np.ndarray  # indices into the series' days
    base: float
    features: np.ndarray
    history: np.ndarray  # normalised covers recorded on or before the origin
    history_days: np.ndarray
    history_weekday: np.ndarray

    @property
    def days(self) -> np.ndarray:
        """The target days as day numbers."""
        return self.frame.series.days[self.targets]

    @property
    def weekday(self) -> np.ndarray:
        """The target days' weekdays (Monday 0)."""
        return self.frame.series.weekday[self.targets]


def _since_until(days: np.ndarray, gap_before, gap_after, threshold: int):
    """Days since the end of the last closure ≥ threshold days, until the next, and their lengths."""
    n = days.size
    index = np.arange(n)
    starts = np.where(gap_before >= threshold, index, -1)
    last_start = np.maximum.accumulate(starts)
    since = np.where(last_start >= 0, days - days[np.maximum(last_start, 0)], CAP_DAYS)
    prev_len = np.where(last_start >= 0, gap_before[np.maximum(last_start, 0)], 0)
    ends = np.where(np.nan_to_num(gap_after) >= threshold, index, n)
    next_end = np.minimum.accumulate(ends[::-1])[::-1]
    until = np.where(next_end < n, days[np.minimum(next_end, n - 1)] - days, CAP_DAYS)
    next_len = np.where(next_end < n, gap_after[np.minimum(next_end, n - 1)], 0)
    return since, until, prev_len, next_len


def prepare(series: Series, calendar: CountryCalendar) -> Frame:
    """Compute the per-day schedule and calendar features of a series."""
    days = series.days
    n = days.size
    known = series.known & (series.factors > 0)
    normalised = np.where(known, series.values / np.where(known, series.factors, 1.0), np.nan)
    part = np.full((n, len(DAY_FEATURES)), np.nan)
    if n:
        as_dates = (np.datetime64("0001-01-01", "D") + (days - 1)).astype("datetime64[D]")
        year_start = as_dates.astype("datetime64[Y]").astype("datetime64[D]")
        gap_before = np.diff(days, prepend=days[0] - 30).astype(float)
        gap_after = np.append(np.diff(days), np.nan).astype(float)
        since, until, prev_len, next_len = _since_until(days, gap_before, gap_after, BREAK_DAYS)
        beside = (calendar.day_off_codes(days - 1) > 0) | (calendar.day_off_codes(days + 1) > 0)
        columns = {
            "weekday": series.weekday,
            "month": as_dates.astype("datetime64[M]").astype(np.int64) % 12 + 1,
            "week": (as_dates - year_start).astype(np.int64) // 7 + 1,
            "gap_before": gap_before.clip(max=30),
            "gap_after": gap_after.clip(max=30),
            "since_break": np.minimum(since, CAP_DAYS),
            "until_break": np.minimum(until, CAP_DAYS),
            "prev_break_len": np.minimum(prev_len, 90),
            "next_break_len": np.minimum(next_len, 90),
            "day_off": calendar.day_off_codes(days),
            "school_holiday": calendar.school_codes(days),
            "next_to_day_off": beside,
        }
        for name, values in columns.items():
            part[:, DAY_FEATURES.index(name)] = values
    index = np.flatnonzero(known)
    ordinary = (
        (part[:, DAY_FEATURES.index("day_off")] == 0)
        & (part[:, DAY_FEATURES.index("school_holiday")] == 0)
        & (part[:, DAY_FEATURES.index("next_to_day_off")] == 0)
        & (part[:, DAY_FEATURES.index("since_break")] > 0)
        & (part[:, DAY_FEATURES.index("until_break")] > 0)
    )
    return Frame(
        series=series,
        known_days=days[index],
        known_values=normalised[index],
        known_weekday=series.weekday[index],
        known_ordinary=ordinary[index],
        calendar_part=part,
    )


def context(frame: Frame, origin: int, targets: np.ndarray) -> Context | None:
    """The feature rows of `targets` seen from `origin`, or None when nothing is recorded yet."""
    k = int(np.searchsorted(frame.known_days, origin, side="right"))
    if k == 0 or targets.size == 0:
        return None
    history = frame.known_values[:k]
    history_days = frame.known_days[:k]
    history_weekday = frame.known_weekday[:k]
    ordinary = frame.known_ordinary[:k]
    base = float(np.median(history[-BASE_WINDOW:]))
    if base < 1:
        base = max(float(np.mean(history[-BASE_WINDOW:])), 1.0)
    days = frame.series.days[targets]
    weekdays = frame.series.weekday[targets]
    rows = np.full((targets.size, len(FEATURE_NAMES)), np.nan)
    rows[:, : len(DAY_FEATURES)] = frame.calendar_part[targets]
    column = COLUMN
    rows[:, column["horizon"]] = days - origin
    recent = history[-60:]
    recent_weekday = history_weekday[-60:]
    recent_median = float(np.median(recent)) or 1.0
    for weekday in np.unique(weekdays):
        mask = weekdays == weekday
        same = history[history_weekday == weekday]
        if same.size:
            rows[mask, column["last_same"]] = same[-1] / base
            rows[mask, column["mean4"]] = same[-4:].mean() / base
            rows[mask, column["median4"]] = np.median(same[-4:]) / base
            rows[mask, column["median8"]] = np.median(same[-8:]) / base
        plain = history[(history_weekday == weekday) & ordinary][-6:]
        if plain.size:
            rows[mask, column["ordinary_level"]] = trimmed_mean(plain) / base
        in_recent = recent[recent_weekday == weekday]
        if in_recent.size >= 2:
            rows[mask, column["weekday_ratio"]] = np.median(in_recent) / recent_median
    rows[:, column["level_recent"]] = np.median(history[-5:]) / base
    if k >= 40:
        rows[:, column["level_previous"]] = np.median(history[-40:-20]) / base
    rows[:, column["level_long"]] = np.median(history[-120:]) / base
    rows[:, column["year_ago"]] = _year_ago(history, history_days, origin, days)
    rows[:, column["history_len"]] = min(k, 400) // 10 * 10
    rows[:, column["log_base"]] = np.round(np.log(base) * 20) / 20
    rows[:, column["stale"]] = min(origin - int(history_days[-1]), CAP_DAYS)
    rows[:, column["last_value"]] = history[-1] / base
    # Ratios rounded to whole percent: few distinct values keep the boosting's binning cheap.
    rows[:, RATIO_COLUMNS] = np.round(np.clip(rows[:, RATIO_COLUMNS], 0, 2.5), 2)
    return Context(frame, origin, targets, base, rows, history, history_days, history_weekday)


def trimmed_mean(values: np.ndarray) -> float:
    """The mean without the lowest and highest value (when there are at least four)."""
    if values.size >= 4:
        values = np.sort(values)[1:-1]
    return float(values.mean())


def _year_ago(history: np.ndarray, history_days: np.ndarray, origin: int, days: np.ndarray):
    """Covers around the same date a year earlier relative to the level a year before the origin."""
    out = np.full(days.size, np.nan)
    if history_days[0] > origin - 364 - 7:
        return out
    ref_end = int(np.searchsorted(history_days, origin - 364, side="right"))
    if ref_end < 5:
        return out
    reference = float(np.median(history[max(0, ref_end - BASE_WINDOW) : ref_end]))
    if reference <= 0:
        return out
    lo = np.searchsorted(history_days, days - 367)
    hi = np.searchsorted(history_days, days - 360)
    for i in range(days.size):
        if hi[i] > lo[i]:
            out[i] = np.median(history[lo[i] : hi[i]]) / reference
    return out
