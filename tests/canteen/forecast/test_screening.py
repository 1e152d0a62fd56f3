"""Screening wild values: a mistyped 5300 at a site serving 55 is left out, real days are kept."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from canteen.forecast.screening import screened, suspect_days
from canteen.forecast.series import Series
from tests.canteen.forecast.synthetic import Recipe, generate

WILD_DAY = date(2024, 9, 10)


def _series(values_by_day: dict[date, float], factors: dict[date, float] | None = None) -> Series:
    days = sorted(values_by_day)
    return Series(
        "lunch",
        np.array([d.toordinal() for d in days]),
        np.array([values_by_day[d] for d in days], dtype=float),
        np.array([(factors or {}).get(d, 1.0) for d in days]),
    )


def _small_site() -> dict[date, float]:
    days, values = generate(Recipe(start=date(2024, 1, 1), end=date(2024, 10, 4), level=55))
    return dict(zip(days, values.tolist(), strict=True))


def test_a_wild_value_is_screened_and_becomes_unrecorded():
    covers = _small_site()
    covers[WILD_DAY] = 5300
    clean, dropped = screened(_series(covers))
    assert [date.fromordinal(int(d)) for d in dropped] == [WILD_DAY]
    index = int(np.flatnonzero(clean.days == WILD_DAY.toordinal())[0])
    assert np.isnan(clean.values[index])
    assert np.nansum(clean.values) == sum(covers.values()) - 5300


def test_a_confirmed_value_is_kept():
    covers = _small_site()
    covers[WILD_DAY] = 5300
    clean, dropped = screened(_series(covers), confirmed=[WILD_DAY.toordinal()])
    assert dropped.size == 0
    assert np.nanmax(clean.values) == 5300


def test_ordinary_days_quiet_days_and_a_doubled_level_are_not_screened():
    covers = _small_site()
    assert suspect_days(_series(covers)).size == 0
    covers[WILD_DAY] = 5  # a quiet day (an outing): real, and its harm is bounded
    later = [d for d in covers if d > date(2024, 8, 1)]
    for day in later:
        covers[day] *= 2  # the site took over a neighbour's staff: a real, lasting change
    assert suspect_days(_series(covers)).size == 0


def test_a_day_with_an_expected_event_is_judged_after_the_event():
    covers = _small_site()
    covers[WILD_DAY] = 55 * 4  # a course that quadruples lunch, entered as an event
    assert suspect_days(_series(covers, {WILD_DAY: 4.0})).size == 0
    assert suspect_days(_series(covers)).size == 1


def test_a_short_history_is_judged_against_all_its_days():
    start = date(2024, 9, 2)
    covers = {start + timedelta(days=i): 50.0 + i for i in range(5)}
    covers[start + timedelta(days=7)] = 4800
    dropped = suspect_days(_series(covers))
    assert [date.fromordinal(int(d)) for d in dropped] == [start + timedelta(days=7)]
