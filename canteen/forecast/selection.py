"""Choosing a series' model from its own rolling-backtest errors, re-chosen at every origin.

The incumbent is the first model in PREFERENCE that can forecast (the one that did best across
sites in the benchmark); another model takes over only when its error over the look-back window
is clearly lower (by SWITCH_MARGIN). Switching on small differences follows noise: in the
benchmark it made the choice worse than never switching.
"""

from __future__ import annotations

import numpy as np

MIN_ERRORS = 40  # fewer common past errors than this and the incumbent stays
SWITCH_MARGIN = 0.10
PREFERENCE = ("gbm", "profile", "ets", "mean4", "naive")


def choose(errors: dict[str, np.ndarray], available: set[str]) -> tuple[str, str]:
    """The model to use and why: 'backtest' (its errors were clearly lowest) or 'default'.

    `errors` holds each model's absolute errors on days already known at the origin (the same
    days for every model); a model not in `available` cannot forecast now and is skipped.
    """
    incumbent = next((name for name in PREFERENCE if name in available), None)
    if incumbent is None:
        incumbent = sorted(available)[0]
    scored = {
        name: float(np.mean(found))
        for name, found in errors.items()
        if name in available and found.size >= MIN_ERRORS
    }
    if incumbent not in scored:
        return incumbent, "default"
    best = min(scored, key=lambda name: (scored[name], _rank(name)))
    if scored[best] < scored[incumbent] * (1 - SWITCH_MARGIN):
        return best, "backtest"
    return incumbent, "backtest"


def _rank(name: str) -> int:
    return PREFERENCE.index(name) if name in PREFERENCE else len(PREFERENCE)
