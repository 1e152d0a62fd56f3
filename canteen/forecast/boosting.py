"""Gradient boosting on calendar and level features, trained across every series in the pool.

The target is a day's covers over the site's recent median (`base`), so small and large sites
teach the same model; rows are weighted by `base` and the loss is absolute error, so the model
minimises the error in covers. It is refitted only at refit days, on rows whose outcome was known
by then. With many rows (a pool of many sites) three models on random 70 % subsets are averaged,
which steadies the forecast; a single site's few rows get one small model, which is fast.
"""

from __future__ import annotations

import warnings

import numpy as np

from canteen.forecast.features import COLUMN, Context
from canteen.forecast.models import Pool

MIN_ROWS = 150
SMALL_ROWS = 20_000  # below this, one thread and one small model (thread start-up dominates)
BAGS = 3
BAG_SHARE = 0.7
CATEGORICAL = ("weekday", "day_off", "school_holiday")


def _new_model(rows: int, seed: int):
    from sklearn.ensemble import HistGradientBoostingRegressor

    small = rows < SMALL_ROWS
    return HistGradientBoostingRegressor(
        loss="absolute_error",
        learning_rate=0.2,
        max_iter=30 if small else 60,
        max_leaf_nodes=8 if small else 15,
        min_samples_leaf=5 if small else 200,
        max_features=1.0 if small else 0.5,
        l2_regularization=1.0,
        categorical_features=[COLUMN[name] for name in CATEGORICAL],
        early_stopping=False,
        random_state=seed,
    )


class Boosting:
    """Histogram gradient boosting (scikit-learn) on the feature rows of all series."""

    name = "gbm"

    def __init__(self) -> None:
        self.models: list = []
        self.fitted_until: int | None = None

    def refit(self, pool: Pool, until: int) -> None:
        """Train on the pool's rows whose target day is on or before `until`."""
        from threadpoolctl import threadpool_limits

        features, ratios, bases = pool.rows(until)
        self.models = []
        if ratios.size < MIN_ROWS:
            return
        # A column never filled yet (no year-ago data in a young series) trips the binning.
        features = np.where(np.isnan(features).all(axis=0), 0.0, features)
        ratios = np.clip(ratios, 0, 4)
        small = ratios.size < SMALL_ROWS
        rng = np.random.default_rng(until)
        models = []
        try:
            with warnings.catch_warnings(), threadpool_limits(limits=1 if small else None):
                warnings.simplefilter("ignore")
                for seed in range(1 if small else BAGS):
                    rows = (
                        slice(None)
                        if small
                        else rng.choice(ratios.size, int(ratios.size * BAG_SHARE), replace=False)
                    )
                    model = _new_model(ratios.size, seed)
                    model.fit(features[rows], ratios[rows], sample_weight=bases[rows])
                    models.append(model)
        except ValueError:
            return
        self.models = models
        self.fitted_until = until

    @property
    def fitted(self) -> bool:
        """True once a refit had enough rows to train on."""
        return bool(self.models)

    def predict(self, ctx: Context) -> np.ndarray | None:
        """Covers for the targets, or None before the model could be trained."""
        if not self.models:
            return None
        return self.predict_rows(ctx, ctx.features)

    def predict_rows(self, ctx: Context, rows: np.ndarray) -> np.ndarray:
        """Covers for (possibly altered) feature rows of the context; explanations use this."""
        return np.maximum(self._ratios(rows), 0.0) * ctx.base

    def predict_batch(self, contexts: list[Context]) -> list[np.ndarray | None]:
        """Covers for many contexts in one call (much faster than one call each)."""
        if not self.models or not contexts:
            return [None] * len(contexts)
        ratios = np.maximum(self._ratios(np.vstack([c.features for c in contexts])), 0.0)
        out, start = [], 0
        for ctx in contexts:
            out.append(ratios[start : start + ctx.targets.size] * ctx.base)
            start += ctx.targets.size
        return out

    def _ratios(self, rows: np.ndarray) -> np.ndarray:
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1 if rows.shape[0] < SMALL_ROWS else None):
            return np.mean([model.predict(rows) for model in self.models], axis=0)
