"""The week grid for typing covers: recorded covers per day and service, days off and events."""

from __future__ import annotations

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import Headcount
from canteen.domain.calendar import day_off
from canteen.domain.weeks import IsoWeek
from canteen.services.covers.events import event_row, events_between
from canteen.services.covers.rows import GridCell, GridDay, WeekGrid
from canteen.services.covers.sites import load_site


def week_grid(db: Database, site_id: str, week: IsoWeek, country: str = "DK") -> WeekGrid:
    """The week's recorded covers per day and service, with days off and events."""
    days = week.days(7)
    with db.reading() as session:
        site = load_site(session, site_id)
        services = tuple(site.service_list)
        counts = {
            (h.day, h.service): h
            for h in session.scalars(
                select(Headcount).where(
                    Headcount.site_id == site_id, Headcount.day.between(days[0], days[-1])
                )
            )
        }
        events = [event_row(e) for e in events_between(session, site_id, days[0], days[-1])]
    rows = []
    for day in days:
        off = day_off(day, country)
        cells = tuple(
            GridCell(day, s, found.covers if found else None, found.source if found else None)
            for s in services
            for found in [counts.get((day, s))]
        )
        on_day = tuple(e for e in events if e.start_date <= day <= e.end_date)
        rows.append(
            GridDay(day, off.name if off else None, off.kind if off else None, on_day, cells)
        )
    return WeekGrid(site_id, week, services, tuple(rows))
