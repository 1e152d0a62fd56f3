"""A site's recorded covers as the forecaster sees them: by service, with events, screened."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import Headcount, Site
from canteen.domain.calendar import day_off
from canteen.errors import NotFoundError
from canteen.forecast.screening import screened
from canteen.forecast.series import Series
from canteen.services.covers import EventRow, list_events

# Screening judges a day by the same weekday around it; the chart's history reads this much more.
SCREEN_CONTEXT_WEEKS = 8


@dataclass(frozen=True)
class SiteHistory:
    """Recorded covers per service up to a day, the site's events and the days confirmed real."""

    usual: int
    services: tuple[str, ...]
    recorded: dict[str, list[tuple[date, int]]]
    events: tuple[EventRow, ...]
    confirmed: frozenset[tuple[date, str]]


@dataclass(frozen=True)
class RecordedDay:
    """A recorded day for the chart; `screened` when the forecaster leaves it out as implausible."""

    day: date
    covers: int
    screened: bool = False


def read_site_history(
    db: Database, site_id: str, until: date, since: date = date.min
) -> SiteHistory:
    """Covers recorded from `since` to `until` for each service the site offers, and its events."""
    with db.reading() as session:
        site = session.get(Site, site_id)
        if site is None:
            raise NotFoundError("no such site", site_id=site_id)
        services = tuple(site.service_list)
        recorded: dict[str, list[tuple[date, int]]] = {s: [] for s in services}
        confirmed = set()
        rows = session.execute(
            select(Headcount.day, Headcount.service, Headcount.covers, Headcount.confirmed)
            .where(Headcount.site_id == site_id, Headcount.day.between(since, until))
            .order_by(Headcount.day)
        )
        for day, service, covers, real in rows:
            if service in recorded:
                recorded[service].append((day, covers))
                if real:
                    confirmed.add((day, service))
        usual = site.usual_covers
    events = tuple(list_events(db, site_id))
    return SiteHistory(usual, services, recorded, events, frozenset(confirmed))


def for_service(events: Iterable[EventRow], service: str) -> list[EventRow]:
    """The events that apply to a service (those without a service apply to all)."""
    return [e for e in events if e.service in (None, service)]


def closed_days(events: Iterable[EventRow]) -> set[date]:
    """Every day a 'closed' event covers."""
    return {
        e.start_date + timedelta(days=i)
        for e in events
        if e.kind == "closed"
        for i in range((e.end_date - e.start_date).days + 1)
    }


def event_factor(day: date, events: Iterable[EventRow]) -> float:
    """The expected multiplier of a day's covers from its events (1.5 for a +50 % course)."""
    factor = 1.0
    for e in events:
        if e.kind != "closed" and e.effect_pct and e.start_date <= day <= e.end_date:
            factor *= 1 + e.effect_pct / 100
    return max(factor, 0.0)


def service_series(
    history: SiteHistory, service: str, future: Iterable[date] = ()
) -> tuple[Series, list[date]]:
    """One service's series (recorded days, then `future` ones) with wild values screened out,
    and the days screened."""
    events = for_service(history.events, service)
    recorded = history.recorded[service]
    days = [d for d, _ in recorded] + list(future)
    values = [float(c) for _, c in recorded] + [np.nan] * (len(days) - len(recorded))
    series = Series(
        service,
        np.array([d.toordinal() for d in days], dtype=np.int64),
        np.array(values),
        np.array([event_factor(d, events) for d in days]),
    )
    confirmed = [d.toordinal() for d, s in history.confirmed if s == service]
    clean, dropped = screened(series, confirmed)
    return clean, [date.fromordinal(int(d)) for d in dropped]


def recent_covers(
    db: Database, site_id: str, service: str, first: date, last: date
) -> tuple[RecordedDay, ...]:
    """Covers recorded for one service from `first` to `last`, marked where screening drops them."""
    since = first - timedelta(weeks=SCREEN_CONTEXT_WEEKS)
    history = read_site_history(db, site_id, last, since)
    if service not in history.recorded:
        return ()
    _series, dropped = service_series(history, service)
    wild = set(dropped)
    return tuple(
        RecordedDay(day, covers, day in wild)
        for day, covers in history.recorded[service]
        if day >= first
    )


@dataclass(frozen=True)
class DayNotForecast:
    """A weekday with no forecast because the site is closed (`kind` 'closed', the event's
    description as `name`) or it is a day off the site does not serve (`kind` 'day_off')."""

    day: date
    kind: str
    name: str


def days_not_forecast(
    db: Database, site_id: str, service: str, first: date, last: date, country: str = "DK"
) -> tuple[DayNotForecast, ...]:
    """Weekdays from `first` to `last` closed by an event or off by the calendar, by day."""
    events = for_service(list_events(db, site_id, first, last), service)
    out = []
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        closing = next(
            (e for e in events if e.kind == "closed" and e.start_date <= day <= e.end_date), None
        )
        off = day_off(day, country)
        if closing is not None:
            out.append(DayNotForecast(day, "closed", closing.description))
        elif day.weekday() < 5 and off is not None and off.kind in ("public", "customary"):
            out.append(DayNotForecast(day, "day_off", off.name))
    return tuple(out)
