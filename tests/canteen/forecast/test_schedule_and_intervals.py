"""Which days a site will serve, interval calibration, features at an origin, explanations."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from canteen.forecast.calendars import CountryCalendar
from canteen.forecast.explanations import Effect, describe
from canteen.forecast.features import COLUMN, context, prepare
from canteen.forecast.intervals import bounds, calibrate
from canteen.forecast.schedule import closed_day_off_kinds, future_open_days, served_weekdays
from canteen.forecast.series import Series

DK = CountryCalendar("DK")


def _days(start: date, end: date, weekdays=range(5), skip=()) -> list[date]:
    out, day = [], start
    while day <= end:
        if day.weekday() in weekdays and day not in skip:
            out.append(day)
        day += timedelta(days=1)
    return out


def test_served_weekdays_are_learned_from_recent_weeks():
    history = _days(date(2024, 1, 1), date(2024, 6, 30), weekdays=(0, 1, 3, 4))
    assert served_weekdays(history) == frozenset({0, 1, 3, 4})
    assert served_weekdays([]) == frozenset(range(5))


def test_a_site_open_on_holidays_stays_open_and_one_closed_stays_closed():
    holidays = {d for d in _days(date(2022, 1, 1), date(2024, 6, 30)) if DK.day_off(d)}
    always_open = _days(date(2022, 1, 1), date(2024, 6, 30))
    closed_on_them = [d for d in always_open if d not in holidays]
    assert closed_day_off_kinds(always_open, frozenset(range(5)), DK) == frozenset()
    kinds = closed_day_off_kinds(closed_on_them, frozenset(range(5)), DK)
    assert {"public", "customary", "bridge"} == kinds
    # Closed 1 and 2 January, and on a closing event.
    days = future_open_days(
        closed_on_them, date(2024, 12, 30), date(2025, 1, 3), DK, closed=[date(2025, 1, 3)]
    )
    assert days == [date(2025, 1, 2)]


def test_intervals_widen_with_the_spread_of_past_errors():
    rng = np.random.default_rng(0)
    calm = calibrate(1 + rng.normal(0, 0.02, 200), None, np.full(50, 100.0), 0.8)
    noisy = calibrate(1 + rng.normal(0, 0.2, 200), None, np.full(50, 100.0), 0.8)
    assert noisy[1] - noisy[0] > 5 * (calm[1] - calm[0])
    assert calm[0] < 1 < calm[1]


def test_without_errors_the_history_sets_the_interval():
    rng = np.random.default_rng(1)
    calm = calibrate(np.empty(0), None, 100 * (1 + rng.normal(0, 0.02, 60)), 0.8)
    noisy = calibrate(np.empty(0), None, 100 * (1 + rng.normal(0, 0.2, 60)), 0.8)
    assert noisy[1] - noisy[0] > 2 * (calm[1] - calm[0])


@given(
    st.lists(st.floats(0.0, 3.0), min_size=0, max_size=80),
    st.floats(0.0, 5000.0),
    st.floats(0.5, 0.95),
)
def test_interval_always_holds_the_forecast_and_stays_non_negative(ratios, forecast, coverage):
    ratio_bounds = calibrate(np.array(ratios), None, np.array([100.0, 120, 90]), coverage)
    low, high = bounds(np.array([forecast]), ratio_bounds)
    assert 0 <= low[0] <= forecast <= high[0]


def test_features_at_an_origin_use_nothing_recorded_after_it():
    days = _days(date(2024, 1, 1), date(2024, 3, 31))
    values = np.arange(len(days), dtype=float) + 100
    series = Series("s", np.array([d.toordinal() for d in days]), values)
    origin = date(2024, 2, 4).toordinal()
    ctx = context(prepare(series, DK), origin, series.targets(origin, 14))
    later = values.copy()
    later[series.days > origin] = 9999
    same = context(prepare(Series("s", series.days, later), DK), origin, series.targets(origin, 14))
    assert np.array_equal(ctx.features, same.features, equal_nan=True)
    assert ctx.history_days.max() <= origin
    assert set(ctx.features[:, COLUMN["horizon"]]) == set(range(1, 15)) - {6, 7, 13, 14}


def test_gap_features_see_a_closure_coming():
    days = _days(
        date(2024, 3, 4),
        date(2024, 4, 30),
        skip={date(2024, 3, 28) + timedelta(i) for i in range(5)},
    )
    series = Series("s", np.array([d.toordinal() for d in days]), np.full(len(days), 100.0))
    frame = prepare(series, DK)
    before = days.index(date(2024, 3, 27))
    after = days.index(date(2024, 4, 2))
    assert frame.calendar_part[before, COLUMN["until_break"]] == 0
    assert frame.calendar_part[after, COLUMN["since_break"]] == 0
    assert frame.calendar_part[after, COLUMN["prev_break_len"]] == 6


def test_describe_names_the_effects_shortly():
    effects = [
        Effect("school_holiday", "autumn", -18.2, {"week": 42}),
        Effect("event", "course", 10, {"description": "Skydekursus"}),
        Effect("before_break", "", -6),
    ]
    assert describe(effects) == (
        "−18 %: autumn holiday, week 42; +10 %: Skydekursus; −6 %: day before a closure"
    )
    assert Effect.from_dict(effects[0].to_dict()) == Effect(
        "school_holiday", "autumn", -18.2, {"week": 42}
    )
