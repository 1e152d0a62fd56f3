"""The accuracy panel's figures: each model's error in the site's own rolling backtest."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from canteen.forecast.engine import OriginForecast

BASELINE = "mean4"


@dataclass(frozen=True)
class ModelScore:
    """A model's error in the site's own rolling backtest."""

    model: str
    mae: float
    wmape: float
    days: int


@dataclass(frozen=True)
class ServiceAccuracy:
    """The accuracy panel for one service: every model's backtest error, the chosen model, the
    simple baseline, and how often the intervals held the actual."""

    service: str
    chosen: str
    reason: str
    scores: tuple[ModelScore, ...]
    coverage: float | None
    days: int

    def score(self, model: str) -> ModelScore | None:
        """The score of one model (BASELINE is the simple baseline), or None."""
        return next((s for s in self.scores if s.model == model), None)


def service_accuracy(
    service: str, final: OriginForecast, results: list[OriginForecast], names: list[str]
) -> ServiceAccuracy:
    """Score every model over the backtest's known days (screened days are not known)."""
    errors: dict[str, list[float]] = {name: [] for name in names}
    actual_sum: dict[str, float] = dict.fromkeys(names, 0.0)
    inside = known = 0
    for result in results:
        actual = result.actual
        ok = ~np.isnan(actual)
        if not ok.any():
            continue
        for name in names:
            found = result.forecasts.get(name)
            if found is not None:
                errors[name].extend(np.abs(found[ok] - actual[ok]).tolist())
                actual_sum[name] += float(actual[ok].sum())
        known += int(ok.sum())
        inside += int(((result.low <= actual) & (actual <= result.high))[ok].sum())
    scores = tuple(
        ModelScore(
            name,
            float(np.mean(found)),
            float(np.sum(found) / actual_sum[name]) if actual_sum[name] else float("nan"),
            len(found),
        )
        for name, found in errors.items()
        if found
    )
    return ServiceAccuracy(
        service, final.chosen, final.reason, scores, inside / known if known else None, known
    )
