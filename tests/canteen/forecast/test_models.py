"""Each model recovers known weekday and holiday effects from generated series."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from canteen.forecast.boosting import Boosting
from canteen.forecast.calendars import CountryCalendar
from canteen.forecast.engine import Engine, Settings
from canteen.forecast.explanations import describe, explain
from canteen.forecast.models import MeanOfFour, SeasonalNaive
from canteen.forecast.profile import Profile
from canteen.forecast.smoothing import Smoothing
from tests.canteen.forecast.synthetic import WEEKDAY_PROFILE, Recipe, expected, series_of

DK = CountryCalendar("DK")
# Sunday before ISO week 42 of 2024: the autumn school holiday follows.
BEFORE_AUTUMN = date(2024, 10, 13)
# An ordinary Sunday in spring with ordinary weeks on both sides.
ORDINARY = date(2024, 3, 3)


def _final(candidate, recipe: Recipe, origin: date, horizon: int = 14):
    series = series_of(recipe, until=origin)
    future = [
        origin + timedelta(days=i)
        for i in range(1, horizon + 1)
        if expected(recipe, origin + timedelta(days=i), DK) > 0
    ]
    series = series_of(recipe, until=origin, future=future)
    engine = Engine([series], DK, Settings(horizon=horizon), [candidate])
    return engine, engine.final(origin.toordinal(), series.key)


def _truth(recipe, result):
    return np.array([expected(recipe, date.fromordinal(int(d)), DK) for d in result.days])


@pytest.mark.parametrize("candidate", [MeanOfFour, SeasonalNaive, Profile, Smoothing, Boosting])
def test_weekday_profile_is_recovered(candidate):
    recipe = Recipe(end=date(2024, 4, 30), noise=0.02)
    _, result = _final(candidate(), recipe, ORDINARY)
    truth = _truth(recipe, result)
    assert result.days.size == 10  # two weeks of Monday-Friday
    assert np.all(np.abs(result.forecast / truth - 1) < 0.06)
    # Friday is the quiet day at 0.7 of the level; the forecast must show it.
    fridays = np.array([date.fromordinal(int(d)).weekday() == 4 for d in result.days])
    ratio = result.forecast[fridays].mean() / result.forecast[~fridays].mean()
    expected_ratio = WEEKDAY_PROFILE[4] / np.mean(WEEKDAY_PROFILE[:4])
    assert ratio == pytest.approx(expected_ratio, abs=0.05)


@pytest.mark.parametrize("candidate", [Profile, Boosting])
def test_autumn_holiday_effect_is_recovered_and_explained(candidate):
    recipe = Recipe(end=date(2024, 12, 20), noise=0.02, school_effects={"autumn": -0.2})
    engine, result = _final(candidate(), recipe, BEFORE_AUTUMN)
    truth = _truth(recipe, result)
    days = [date.fromordinal(int(d)) for d in result.days]
    autumn = np.array([d.isocalendar().week == 42 for d in days])
    assert autumn.sum() == 5
    drop = result.forecast[autumn].mean() / result.forecast[~autumn].mean()
    true_drop = truth[autumn].mean() / truth[~autumn].mean()
    assert drop == pytest.approx(true_drop, abs=0.06)
    effects = explain(engine, result, DK)
    monday = effects[int(np.flatnonzero(autumn)[0])]
    holiday = next(e for e in monday if e.kind == "school_holiday")
    assert holiday.name == "autumn"
    assert holiday.details["week"] == 42
    assert -28 < holiday.pct < -12
    assert "autumn holiday, week 42" in describe(monday)
    assert all(e.kind != "school_holiday" for e in effects[int(np.flatnonzero(~autumn)[0])])


def test_simple_models_do_not_see_the_holiday_coming():
    recipe = Recipe(end=date(2024, 12, 20), noise=0.0, school_effects={"autumn": -0.2})
    _, result = _final(MeanOfFour(), recipe, BEFORE_AUTUMN)
    autumn = np.array([date.fromordinal(int(d)).isocalendar().week == 42 for d in result.days])
    # mean4 repeats the last four weeks: the holiday week looks like any other.
    assert result.forecast[autumn].mean() == pytest.approx(
        result.forecast[~autumn].mean(), rel=0.02
    )


def test_trend_is_followed_by_smoothing_and_boosting():
    recipe = Recipe(end=date(2024, 4, 30), noise=0.01, trend_per_week=1.0, school_effects={})
    for candidate in (Smoothing(), Boosting()):
        _, result = _final(candidate, recipe, ORDINARY)
        truth = _truth(recipe, result)
        assert np.mean(np.abs(result.forecast / truth - 1)) < 0.05, candidate.name


def test_too_short_a_history_falls_back_instead_of_failing():
    recipe = Recipe(start=date(2024, 2, 19), end=date(2024, 3, 3), noise=0.0)
    series = series_of(recipe, future=[date(2024, 3, 4), date(2024, 3, 5)])
    engine = Engine([series], DK, Settings(horizon=7))
    result = engine.final(ORDINARY.toordinal(), series.key)
    assert result.reason == "default"
    assert result.chosen != "gbm"  # too few rows to train boosting: the next model stands in
    assert np.all(result.forecast > 0)
    assert np.all(result.low <= result.forecast)
    assert np.all(result.forecast <= result.high)
