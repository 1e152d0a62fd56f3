"""The rolling engine: at each origin, refit when due, forecast with every candidate, choose per
series from its past errors, and put an interval around the choice.

Both the backtest protocol and the app's own forecast run through here, so what the backtest
measures is what the app does. Nothing at an origin sees covers recorded after it: contexts hold
only earlier covers, models are refitted on rows whose outcome was known at the refit day, and
the choice and interval use errors on days already past.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np

from canteen.errors import Cancelled
from canteen.forecast.boosting import Boosting
from canteen.forecast.calendars import CountryCalendar
from canteen.forecast.features import Context, context, prepare
from canteen.forecast.intervals import bounds, calibrate
from canteen.forecast.models import MeanOfFour, Pool, SeasonalNaive
from canteen.forecast.profile import Profile
from canteen.forecast.selection import choose
from canteen.forecast.series import Series, sundays_between
from canteen.forecast.smoothing import Smoothing

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


@dataclass(frozen=True)
class Settings:
    """How the engine runs: forecast horizon in days, refit and look-back periods in weeks."""

    horizon: int = 14
    refit_weeks: int = 4
    selection_weeks: int = 52
    interval_weeks: int = 52
    coverage: float = 0.8


def default_candidates() -> list:
    """A fresh set of every candidate model, simplest first."""
    return [MeanOfFour(), SeasonalNaive(), Profile(), Smoothing(), Boosting()]


@dataclass
class OriginForecast:
    """One series' forecasts from one origin: every candidate's, the choice and its interval."""

    key: str
    origin: int
    context: Context
    forecasts: dict[str, np.ndarray]
    chosen: str
    reason: str
    forecast: np.ndarray
    low: np.ndarray
    high: np.ndarray

    @property
    def days(self) -> np.ndarray:
        """Target days as day numbers."""
        return self.context.days

    @property
    def actual(self) -> np.ndarray:
        """Recorded covers on the target days (NaN where unknown)."""
        return self.context.frame.series.values[self.context.targets]


@dataclass
class ErrorLog:
    """A series' past forecasts next to what happened, for choosing models and intervals."""

    days: list[np.ndarray] = field(default_factory=list)
    actual: list[np.ndarray] = field(default_factory=list)
    forecasts: dict[str, list[np.ndarray]] = field(default_factory=dict)
    _cache: tuple | None = None

    def add(self, result: OriginForecast, names: Iterable[str]) -> None:
        """Remember an origin's forecasts; they count once their days are past."""
        size = result.days.size
        self.days.append(result.days)
        self.actual.append(result.actual)
        for name in names:
            found = result.forecasts.get(name)
            self.forecasts.setdefault(name, []).append(
                np.full(size, np.nan) if found is None else found
            )
        self._cache = None

    def window(self, after: int, until: int) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """Actual covers and each model's forecasts for known days in (after, until]."""
        if self._cache is None:
            if not self.days:
                return np.empty(0), {}
            self._cache = (
                np.concatenate(self.days),
                np.concatenate(self.actual),
                {name: np.concatenate(parts) for name, parts in self.forecasts.items()},
            )
        days, actual, forecasts = self._cache
        mask = (days > after) & (days <= until) & ~np.isnan(actual)
        return actual[mask], {name: values[mask] for name, values in forecasts.items()}


class Engine:
    """Rolling forecasts over a set of series sharing one calendar."""

    def __init__(
        self,
        series: Iterable[Series],
        calendar: CountryCalendar,
        settings: Settings | None = None,
        candidates: list | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.candidates = candidates if candidates is not None else default_candidates()
        self.names = [c.name for c in self.candidates]
        self.frames = {s.key: prepare(s, calendar) for s in series}
        self.pool = Pool(frames=self.frames)
        self.logs = {key: ErrorLog() for key in self.frames}
        self._contexts: dict[tuple[str, int], Context | None] = {}
        self._pooled_until = None
        self._last_refit: dict[str, int] = {}

    def candidate(self, name: str):
        """The candidate model called `name`."""
        return self.candidates[self.names.index(name)]

    def context(self, key: str, origin: int) -> Context | None:
        """The series seen from `origin` with the targets in the horizon (cached)."""
        found = self._contexts.get((key, origin), False)
        if found is False:
            frame = self.frames[key]
            targets = frame.series.targets(origin, self.settings.horizon)
            found = context(frame, origin, targets)
            self._contexts[(key, origin)] = found
        return found

    def fill_pool(self, until: int) -> None:
        """Add the contexts of every Sunday up to `until` to the training pool."""
        first = min(
            (int(f.known_days[0]) for f in self.frames.values() if f.known_days.size), default=until
        )
        start = self._pooled_until + 7 if self._pooled_until is not None else None
        for origin in sundays_between(first, until + 1):
            if start is not None and origin < start:
                continue
            for key in self.frames:
                ctx = self.context(key, origin)
                if ctx is not None:
                    self.pool.add(ctx)
            self._pooled_until = origin

    def refit(self, origin: int, force: bool = False) -> None:
        """Refit each candidate whose refit period has passed (or all, with `force`)."""
        self.fill_pool(origin)
        for candidate in self.candidates:
            weeks = getattr(candidate, "refit_weeks", self.settings.refit_weeks)
            last = self._last_refit.get(candidate.name)
            if force or last is None or origin - last >= 7 * weeks:
                candidate.refit(self.pool, origin)
                self._last_refit[candidate.name] = origin

    def step(self, origin: int, keys: Iterable[str] | None = None) -> list[OriginForecast]:
        """Forecast every series (or `keys`) from `origin`, refitting first what is due."""
        self.refit(origin)
        keys = list(self.frames) if keys is None else list(keys)
        contexts = [(key, self.context(key, origin)) for key in keys]
        contexts = [(key, ctx) for key, ctx in contexts if ctx is not None]
        predictions = {name: self._predict(name, [c for _, c in contexts]) for name in self.names}
        pooled = self._pooled_ratios(origin)
        results = []
        for i, (key, ctx) in enumerate(contexts):
            factors = ctx.frame.series.factors[ctx.targets]
            forecasts = {
                name: predictions[name][i] * factors
                for name in self.names
                if predictions[name][i] is not None
            }
            results.append(self._decide(key, ctx, forecasts, pooled))
        for result in results:
            self.logs[result.key].add(result, self.names)
        return results

    def _predict(self, name: str, contexts: list[Context]) -> list[np.ndarray | None]:
        candidate = self.candidate(name)
        batch = getattr(candidate, "predict_batch", None)
        if batch is not None:
            return batch(contexts)
        return [candidate.predict(ctx) for ctx in contexts]

    def _pooled_ratios(self, origin: int) -> dict[str, np.ndarray]:
        after = origin - 7 * self.settings.interval_weeks
        parts: dict[str, list[np.ndarray]] = {name: [] for name in self.names}
        for log in self.logs.values():
            actual, forecasts = log.window(after, origin)
            for name, values in forecasts.items():
                parts[name].append(_ratios(actual, values))
        return {
            name: np.concatenate(found) if found else np.empty(0) for name, found in parts.items()
        }

    def _past_errors(self, key: str, origin: int) -> dict[str, np.ndarray]:
        """Each model's absolute errors over the selection window, on days all of them forecast."""
        window = 7 * self.settings.selection_weeks
        actual, past = self.logs[key].window(origin - window, origin)
        common = np.ones(actual.size, dtype=bool)
        for values in past.values():
            common &= ~np.isnan(values)
        return {name: np.abs(values[common] - actual[common]) for name, values in past.items()}

    def _decide(self, key, ctx, forecasts, pooled, chosen=None, reason=None) -> OriginForecast:
        settings = self.settings
        origin = ctx.origin
        if chosen is None:
            chosen, reason = choose(self._past_errors(key, origin), set(forecasts))
        actual, past = self.logs[key].window(origin - 7 * settings.interval_weeks, origin)
        own = _ratios(actual, past.get(chosen, np.empty(0)))
        ratio_bounds = calibrate(own, pooled.get(chosen), ctx.history[-60:], settings.coverage)
        forecast = forecasts[chosen]
        low, high = bounds(forecast, ratio_bounds)
        return OriginForecast(key, origin, ctx, forecasts, chosen, reason, forecast, low, high)

    def final(self, origin: int, key: str) -> OriginForecast | None:
        """The forecast to use: the model chosen by past errors, refitted on all known at `origin`.

        Only the chosen model is refitted, which keeps a site's forecast fast; if it cannot
        forecast (too little data to train), the next in the default order is tried.
        """
        self.fill_pool(origin)
        ctx = self.context(key, origin)
        if ctx is None:
            return None
        errors = self._past_errors(key, origin)
        available = set(self.names)
        while available:
            chosen, reason = choose(errors, available)
            candidate = self.candidate(chosen)
            candidate.refit(self.pool, origin)
            found = self._predict(chosen, [ctx])[0]
            if found is not None:
                factors = ctx.frame.series.factors[ctx.targets]
                pooled = self._pooled_ratios(origin)
                forecasts = {chosen: found * factors}
                return self._decide(key, ctx, forecasts, pooled, chosen, reason)
            available.discard(chosen)
        return None

    def run(
        self,
        origins: list[int],
        progress: Progress | None = None,
        should_cancel: ShouldCancel | None = None,
    ) -> list[OriginForecast]:
        """Step through `origins` in order; `progress(done, total)` after each one."""
        results = []
        for done, origin in enumerate(origins, start=1):
            if should_cancel is not None and should_cancel():
                raise Cancelled("cancelled")
            results.extend(self.step(origin))
            if progress is not None:
                progress(done, len(origins))
        return results


def _ratios(actual: np.ndarray, forecast: np.ndarray) -> np.ndarray:
    if forecast.size == 0:
        return np.empty(0)
    ok = (forecast > 0) & ~np.isnan(forecast) & ~np.isnan(actual)
    return actual[ok] / forecast[ok]


@dataclass
class SeriesForecast:
    """A series' forecast from one origin, with the rolling backtest that chose its model."""

    final: OriginForecast | None
    backtest: list[OriginForecast]
    engine: Engine


def forecast_series(
    series: Series,
    calendar: CountryCalendar,
    origin: int,
    horizon: int,
    selection_weeks: int = 26,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> SeriesForecast:
    """Forecast one series from `origin`: a rolling backtest over the last `selection_weeks`
    Sundays chooses the model and sizes the interval, then the chosen model is refitted on
    everything known at `origin` and forecasts the open days in (origin, origin + horizon]."""
    engine = Engine([series], calendar, Settings(horizon=horizon, selection_weeks=selection_weeks))
    first = series.first_known()
    origins = []
    if first is not None:
        since = max(first, origin - 7 * selection_weeks)
        origins = [o for o in sundays_between(since, origin) if first < o < origin]
    backtest = engine.run(origins, progress, should_cancel)
    return SeriesForecast(engine.final(origin, series.key), backtest, engine)
