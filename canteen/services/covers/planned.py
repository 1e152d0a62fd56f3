"""The covers planning uses: the override, else closed, else the latest forecast, else usual.

Kept as it was when `services/covers.py` was split; planned portions get one owner elsewhere.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import Forecast, ForecastOverride
from canteen.services.covers.events import event_row, events_between
from canteen.services.covers.rows import (
    CLOSED,
    FORECAST,
    NONE,
    OVERRIDE,
    USUAL,
    PlannedCovers,
)
from canteen.services.covers.sites import load_site


def planned_covers(db: Database, site_id: str, day: date, service: str = "lunch") -> PlannedCovers:
    """What planning uses: the override, else the latest forecast, else the usual covers."""
    return planned_range(db, site_id, day, day, service)[day]


def planned_range(
    db: Database, site_id: str, start: date, end: date, service: str = "lunch"
) -> dict[date, PlannedCovers]:
    """`planned_covers` for every day in [start, end] in one read (for the week planner)."""
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    with db.reading() as session:
        site = load_site(session, site_id)
        overrides = {
            o.day: o
            for o in session.scalars(
                select(ForecastOverride).where(
                    ForecastOverride.site_id == site_id,
                    ForecastOverride.service == service,
                    ForecastOverride.day.between(start, end),
                )
            )
        }
        forecasts: dict[date, Forecast] = {}
        for f in session.scalars(
            select(Forecast)
            .where(
                Forecast.site_id == site_id,
                Forecast.service == service,
                Forecast.day.between(start, end),
            )
            .order_by(Forecast.made_on)
        ):
            forecasts[f.day] = f  # the latest made_on wins
        closed = [
            e
            for e in map(event_row, events_between(session, site_id, start, end))
            if e.kind == "closed"
        ]
        usual = site.usual_covers if service == "lunch" else 0
    out = {}
    for day in days:
        if day in overrides:
            out[day] = PlannedCovers(overrides[day].covers, OVERRIDE)
        elif any(e.covers(day, service) for e in closed):
            out[day] = PlannedCovers(0, CLOSED)
        elif day in forecasts:
            out[day] = PlannedCovers(round(forecasts[day].covers), FORECAST)
        elif usual and day.weekday() < 5:
            out[day] = PlannedCovers(usual, USUAL)
        else:
            out[day] = PlannedCovers(0, NONE)
    return out
