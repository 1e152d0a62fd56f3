"""Generated covers with known effects, for testing the forecaster (never real data)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from canteen.forecast.calendars import CountryCalendar
from canteen.forecast.series import Series

# A Danish police canteen's lunch: busy Tuesday-Thursday, quiet Friday, closed at weekends.
WEEKDAY_PROFILE = (1.0, 1.1, 1.1, 1.05, 0.7, 0.0, 0.0)


@dataclass(frozen=True)
class Recipe:
    """How to generate: level, weekly trend, weekday profile, holiday effects and noise."""

    start: date = date(2022, 1, 3)
    end: date = date(2024, 6, 30)
    level: float = 200.0
    trend_per_week: float = 0.0
    profile: tuple[float, ...] = WEEKDAY_PROFILE
    school_effects: dict[str, float] = field(default_factory=lambda: {"autumn": -0.2})
    closed_day_off_kinds: tuple[str, ...] = ("public", "customary")
    bridge_effect: float = -0.4
    noise: float = 0.03
    seed: int = 1


def expected(recipe: Recipe, day: date, calendar: CountryCalendar) -> float:
    """The noise-free covers of a day (0 when closed)."""
    weekday = recipe.profile[day.weekday()]
    off = calendar.day_off(day)
    if weekday == 0 or (off is not None and off.kind in recipe.closed_day_off_kinds):
        return 0.0
    weeks = (day - recipe.start).days / 7
    value = (recipe.level + recipe.trend_per_week * weeks) * weekday
    school = calendar.school_holiday(day)
    if school in recipe.school_effects:
        value *= 1 + recipe.school_effects[school]
    if off is not None and off.kind == "bridge":
        value *= 1 + recipe.bridge_effect
    return value


def generate(recipe: Recipe, country: str = "DK") -> tuple[list[date], np.ndarray]:
    """The open days and their covers (rounded, with multiplicative noise)."""
    calendar = CountryCalendar(country)
    rng = np.random.default_rng(recipe.seed)
    days, values = [], []
    day = recipe.start
    while day <= recipe.end:
        value = expected(recipe, day, calendar)
        if value > 0:
            days.append(day)
            values.append(max(0.0, round(value * (1 + rng.normal(0, recipe.noise)))))
        day += timedelta(days=1)
    return days, np.array(values)


def series_of(
    recipe: Recipe,
    key: str = "site",
    country: str = "DK",
    until: date | None = None,
    future: list[date] = (),
) -> Series:
    """A Series of the generated history (up to `until`) followed by unrecorded `future` days."""
    days, values = generate(recipe, country)
    if until is not None:
        keep = [i for i, d in enumerate(days) if d <= until]
        days = [days[i] for i in keep]
        values = values[keep]
    all_days = days + [d for d in future if not days or d > days[-1]]
    all_values = np.concatenate([values, np.full(len(all_days) - len(days), np.nan)])
    return Series(key, np.array([d.toordinal() for d in all_days]), all_values)
