"""Stored forecasts: writing a run's rows, and reading the latest beside overrides and actuals."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import Forecast, ForecastOverride, Headcount
from canteen.forecast.explanations import Effect

if TYPE_CHECKING:
    from canteen.services.forecasting.site import ForecastRow


def store_rows(db: Database, site_id: str, made_on: date, rows: Iterable[ForecastRow]) -> None:
    """Store a run's rows as made on `made_on` (a second run that day replaces its rows)."""
    with db.unit_of_work() as session:
        existing = {
            (f.day, f.service): f
            for f in session.scalars(
                select(Forecast)
                .where(Forecast.site_id == site_id, Forecast.made_on == made_on)
                .execution_options(include_deleted=True)
            )
        }
        for row in rows:
            found = existing.get((row.day, row.service))
            if found is None:
                found = Forecast(
                    id=Forecast.id_for(site_id, row.day, row.service, made_on),
                    site_id=site_id,
                    day=row.day,
                    service=row.service,
                    made_on=made_on,
                )
                session.add(found)
            found.covers = row.covers
            found.low = min(row.low, row.covers)
            found.high = max(row.high, row.covers)
            found.model = row.model
            found.explanation = json.dumps([e.to_dict() for e in row.effects], ensure_ascii=False)
            # Line shares are the planned-portions service's rule (canteen.services.portions),
            # applied when planning; a forecast no longer keeps its own copy.
            found.line_shares = None
            found.deleted_at = None


@dataclass(frozen=True)
class StoredForecast:
    """A stored forecast (the latest made on or before a day) next to the override and actual."""

    day: date
    service: str
    made_on: date
    covers: float
    low: float
    high: float
    model: str
    effects: tuple[Effect, ...]
    override: int | None
    actual: int | None

    @property
    def planned(self) -> float:
        """What planning used: the override when there is one, else the forecast."""
        return float(self.override) if self.override is not None else self.covers


def stored_forecasts(
    db: Database, site_id: str, start: date, end: date, service: str | None = None
) -> list[StoredForecast]:
    """The latest stored forecast of each day in [start, end], with override and actual covers.

    For past days this is the accuracy record: forecast and override are both kept, so a
    report can show how each did against what was eaten.
    """
    with db.reading() as session:
        query = select(Forecast).where(
            Forecast.site_id == site_id,
            Forecast.day.between(start, end),
            Forecast.made_on <= Forecast.day,
        )
        if service is not None:
            query = query.where(Forecast.service == service)
        latest: dict[tuple[date, str], Forecast] = {}
        for f in session.scalars(query.order_by(Forecast.made_on)):
            latest[(f.day, f.service)] = f
        overrides = {
            (o.day, o.service): o.covers
            for o in session.scalars(
                select(ForecastOverride).where(
                    ForecastOverride.site_id == site_id, ForecastOverride.day.between(start, end)
                )
            )
        }
        actual = {
            (h.day, h.service): h.covers
            for h in session.scalars(
                select(Headcount).where(
                    Headcount.site_id == site_id, Headcount.day.between(start, end)
                )
            )
        }
    out = []
    for key in sorted(latest):
        f = latest[key]
        out.append(
            StoredForecast(
                f.day,
                f.service,
                f.made_on,
                f.covers,
                f.low,
                f.high,
                f.model,
                _effects(f.explanation),
                overrides.get(key),
                actual.get(key),
            )
        )
    return out


def _effects(text: str) -> tuple[Effect, ...]:
    try:
        found = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(Effect.from_dict(e) for e in found if isinstance(e, dict) and "kind" in e)
