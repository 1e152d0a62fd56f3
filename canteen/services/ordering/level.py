"""Planning to a service level: portions raised from the forecast towards its upper bound."""

from __future__ import annotations

import math
from statistics import NormalDist

from canteen.errors import ValidationError

# The stored forecast interval is the central 80 % (docs/forecasting.md): `high` is its upper end.
STORED_COVERAGE = 0.8
MAX_LEVEL = 0.99


def check_level(level: float | None) -> float | None:
    """The level as given, or a ValidationError outside 0–0.99 (None plans the forecast)."""
    if level is None:
        return None
    if not isinstance(level, int | float) or math.isnan(level) or not 0 <= level <= MAX_LEVEL:
        raise ValidationError(
            "the service level must lie between 0 and 0.99",
            field="service_level",
            reason="service_level",
            value=level,
        )
    return float(level)


def raised(portions: int, high: int | None, level: float | None) -> int:
    """Portions for the upper end of the forecast's central `level` interval.

    0.8 is the stored upper bound `high`; other levels scale the distance from the forecast to
    `high` by the ratio of normal quantiles. Without a level, or without a forecast (an override,
    the usual covers), the portions stay as planned.
    """
    if level is None or high is None or high <= portions:
        return portions
    scale = _z(level) / _z(STORED_COVERAGE)
    return max(portions, math.ceil(round(portions + (high - portions) * scale, 6)))


def _z(coverage: float) -> float:
    return NormalDist().inv_cdf(0.5 + coverage / 2) if coverage > 0 else 0.0
