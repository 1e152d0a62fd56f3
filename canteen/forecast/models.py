"""The candidate models' common shape, the training pool, and the simple candidates."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from canteen.forecast.features import COLUMN, Context, Frame


@dataclass
class Pool:
    """Feature rows with known outcomes, from every series and past origin, for learning models.

    A row belongs to (series, origin, target day); a model refitted at `until` may learn only from
    rows whose target day is on or before `until` (the outcome was known by then).
    """

    frames: dict[str, Frame] = field(default_factory=dict)
    features: list[np.ndarray] = field(default_factory=list)
    ratios: list[np.ndarray] = field(default_factory=list)
    bases: list[np.ndarray] = field(default_factory=list)
    target_days: list[np.ndarray] = field(default_factory=list)
    origins: list[np.ndarray] = field(default_factory=list)
    _stacked: tuple | None = None

    def add(self, ctx: Context) -> None:
        """Add a context's rows whose outcome is recorded."""
        series = ctx.frame.series
        factors = series.factors[ctx.targets]
        # A day an event empties (-100 %) teaches nothing about ordinary days.
        actual = np.divide(
            series.values[ctx.targets],
            factors,
            out=np.full(factors.size, np.nan),
            where=factors > 0,
        )
        keep = ~np.isnan(actual)
        if not keep.any():
            return
        self.features.append(ctx.features[keep])
        self.ratios.append(actual[keep] / ctx.base)
        self.bases.append(np.full(int(keep.sum()), ctx.base))
        self.target_days.append(ctx.days[keep])
        self.origins.append(np.full(int(keep.sum()), ctx.origin))
        self._stacked = None

    def rows(self, until: int, since: int | None = None):
        """(features, ratio, base) of rows whose target day is ≤ `until` (and origin ≥ `since`)."""
        if self._stacked is None:
            if not self.features:
                empty = np.empty(0)
                self._stacked = (np.empty((0, 0)), empty, empty, empty, empty)
            else:
                self._stacked = tuple(
                    np.concatenate(part)
                    for part in (
                        self.features,
                        self.ratios,
                        self.bases,
                        self.target_days,
                        self.origins,
                    )
                )
        features, ratios, bases, target_days, origins = self._stacked
        mask = target_days <= until
        if since is not None:
            mask &= origins >= since
        return features[mask], ratios[mask], bases[mask]


class Candidate(Protocol):
    """A forecasting model: refitted now and then on the pool, then asked for each context."""

    name: str

    def refit(self, pool: Pool, until: int) -> None:
        """Learn from what was known at day `until` (a no-op for models without parameters)."""

    def predict(self, ctx: Context) -> np.ndarray:
        """Covers for the context's target days, before known event effects are applied."""


def _fallback(ctx: Context, column: str) -> np.ndarray:
    values = ctx.features[:, COLUMN[column]] * ctx.base
    return np.where(np.isnan(values), ctx.base, values)


class MeanOfFour:
    """The mean of the last four recorded days on the same weekday."""

    name = "mean4"

    def refit(self, pool: Pool, until: int) -> None:
        """Nothing to learn."""

    def predict(self, ctx: Context) -> np.ndarray:
        """The same-weekday mean, or the recent median when the weekday was never recorded."""
        return _fallback(ctx, "mean4")


class SeasonalNaive:
    """The last recorded day on the same weekday."""

    name = "naive"

    def refit(self, pool: Pool, until: int) -> None:
        """Nothing to learn."""

    def predict(self, ctx: Context) -> np.ndarray:
        """The last same-weekday value, or the recent median when the weekday was never recorded."""
        return _fallback(ctx, "last_same")
