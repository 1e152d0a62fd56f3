"""The backtest protocol: no look-ahead, open days only, events, intervals, and the scores."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from canteen.forecast.backtest import (
    AUTO,
    PLANNED,
    BacktestRow,
    naive_scale,
    origins_for,
    run_backtest,
    score,
)
from canteen.forecast.series import Series
from tests.canteen.forecast.synthetic import Recipe, series_of

SHORT = Recipe(start=date(2023, 3, 6), end=date(2024, 3, 31), noise=0.05)
START = date(2024, 1, 1)


def _by_key(result):
    return {(r.key, r.origin, r.day): r for r in result.rows}


def test_forecasts_never_use_data_after_their_origin():
    """Change every covers figure from a cut-off on, in both series: forecasts made before the
    cut-off must not move at all (the pooled model learns across series, so both are changed)."""
    first = series_of(SHORT, key="a")
    second = series_of(replace(SHORT, level=80, seed=7), key="b")
    cut = date(2024, 2, 12).toordinal()

    def tampered(series: Series) -> Series:
        values = series.values.copy()
        later = series.days >= cut
        values[later] = values[later] * 3 + 17
        return Series(series.key, series.days, values)

    honest = run_backtest([first, second], horizon=14, start=START)
    changed = run_backtest([tampered(first), tampered(second)], horizon=14, start=START)
    before, after = _by_key(honest), _by_key(changed)
    checked = 0
    for key, row in before.items():
        if row.origin.toordinal() < cut:
            other = after[key]
            assert (other.forecast, other.low, other.high, other.chosen) == (
                row.forecast,
                row.low,
                row.high,
                row.chosen,
            )
            assert other.forecasts == row.forecasts
            checked += 1
    assert checked > 50
    # ...and the tampering is visible to origins after the cut-off.
    late = [k for k, r in before.items() if r.origin.toordinal() >= cut + 7]
    assert any(after[k].forecast != before[k].forecast for k in late)


def test_origins_are_sundays_and_targets_are_open_days_within_the_horizon():
    series = series_of(SHORT)
    result = run_backtest([series], horizon=10, start=START)
    open_days = {int(d) for d in series.days}
    assert result.rows
    for row in result.rows:
        assert row.origin.weekday() == 6
        assert row.origin >= START
        assert 0 < (row.day - row.origin).days <= 10
        assert row.day.toordinal() in open_days  # never a closed day (weekend, holiday)
        assert row.low <= row.forecast <= row.high
    warm, scored = origins_for([series], START)
    assert result.origins == len(scored)
    assert all(o < START.toordinal() for o in warm)


def test_known_event_effect_is_applied_to_the_forecast():
    plain = series_of(SHORT)
    factors = np.ones(plain.days.size)
    course = (plain.days >= date(2024, 3, 12).toordinal()) & (
        plain.days <= date(2024, 3, 14).toordinal()
    )
    factors[course] = 1.5
    with_event = Series(plain.key, plain.days, plain.values, factors)
    a = _by_key(run_backtest([plain], horizon=14, start=date(2024, 3, 1)))
    b = _by_key(run_backtest([with_event], horizon=14, start=date(2024, 3, 1)))
    for key, row in a.items():
        boosted = b[key].forecasts["profile"] / row.forecasts["profile"]
        expected = 1.5 if date(2024, 3, 12) <= row.day <= date(2024, 3, 14) else 1.0
        if row.origin < date(2024, 3, 12):
            assert boosted == pytest.approx(expected, rel=1e-6)


def _relative_width(noise: float) -> float:
    recipe = replace(SHORT, noise=noise, seed=3)
    result = run_backtest([series_of(recipe)], horizon=14, start=START)
    return float(np.mean([(r.high - r.low) / r.forecast for r in result.rows]))


def test_intervals_widen_with_noise():
    calm, noisy = _relative_width(0.02), _relative_width(0.15)
    assert noisy > 2 * calm


def test_intervals_cover_about_their_share_on_steady_noise():
    recipe = Recipe(start=date(2022, 1, 3), end=date(2024, 6, 30), noise=0.08, school_effects={})
    result = run_backtest([series_of(recipe)], horizon=14, start=date(2023, 6, 1))
    assert 0.7 <= result.coverage <= 0.92


def _row(key, day, actual, mean4, auto, planned):
    forecasts = {} if mean4 is None else {"mean4": mean4}
    return BacktestRow(
        key, date(2024, 1, 7), day, actual, planned, forecasts, "mean4", auto, auto, auto
    )


def test_scores_average_mae_wmape_mase_and_bias_over_series():
    # In sample, a's Mondays alternate 100/110 and b's 50/52: same-weekday naive errs 10 and 2.
    mondays = np.array([date(2023, 9, 4).toordinal() + 7 * i for i in range(12)])
    a = Series("a", mondays, np.array([100.0, 110] * 6))
    b = Series("b", mondays, np.array([50.0, 52] * 6))
    rows = [
        _row("a", date(2024, 1, 8), 110, 100, 100, planned=120),
        _row("a", date(2024, 1, 9), 90, 100, 100, planned=100),
        _row("b", date(2024, 1, 8), 50, 56, 56, planned=50),
        _row("b", date(2024, 1, 9), 40, None, 45, planned=50),  # mean4 had nothing to say
        _row("b", date(2024, 1, 10), None, 50, 50, planned=50),  # nothing recorded: not scored
        _row("b", date(2024, 1, 11), 40, 50, 50, planned=None),  # no planned: not scored
    ]
    begin = date(2024, 1, 1).toordinal()
    scores = {s.method: s for s in score(rows, {"a": a, "b": b}, ["mean4"], begin)}
    mean4 = scores["mean4"]
    assert mean4.mae == pytest.approx((10 + 6) / 2)  # a: (10 + 10) / 2, b: 6 (one row)
    assert mean4.wmape == pytest.approx((20 / 200 + 6 / 50) / 2)
    assert mean4.bias == pytest.approx((0 + 6) / 2)
    assert (mean4.series, mean4.days) == (2, 3)
    assert scores[AUTO].mae == pytest.approx((10 + (6 + 5) / 2) / 2)
    assert scores[PLANNED].mae == pytest.approx((10 + 5) / 2)
    assert mean4.mase == pytest.approx((10 / 10 + 6 / 2) / 2)


def test_naive_scale_is_the_in_sample_same_weekday_error():
    mondays = np.array([date(2023, 1, 2).toordinal() + 7 * i for i in range(12)])
    values = np.array([100.0, 104] * 6)
    series = Series("s", mondays, values)
    assert naive_scale(series, mondays[-1] + 1) == pytest.approx(4.0)
