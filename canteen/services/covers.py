"""Recording covers: the week grid, saving typed entries, site events, and the manager's
overrides; `planned_covers` is the number planning uses (override, forecast, or usual covers)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import Forecast, ForecastOverride, Headcount, Site, SiteEvent
from canteen.db.models.covers import EVENT_KINDS
from canteen.db.models.org import SERVICES
from canteen.db.types import utcnow
from canteen.domain.calendar import day_off
from canteen.domain.ids import natural_id
from canteen.domain.weeks import IsoWeek
from canteen.errors import NotFoundError, ValidationError
from canteen.services.covers_import import (
    DATE_OUT_OF_RANGE,
    EARLIEST,
    IN_FUTURE,
    MAX_COVERS,
    NEGATIVE,
    NOT_A_NUMBER,
    NOT_WHOLE,
    TOO_LARGE,
    parse_number,
)

DUPLICATE_ENTRY = "duplicate_entry"
SERVICE_NOT_OFFERED = "service_not_offered"
MAX_EVENT_DAYS = 366

# Where a planned number comes from, best first.
OVERRIDE, FORECAST, CLOSED, USUAL, NONE = "override", "forecast", "closed", "usual", "none"


@dataclass(frozen=True)
class EventRow:
    """A site event; `effect_pct` is None for kind 'closed' (and when no effect is expected)."""

    id: str
    site_id: str
    start_date: date
    end_date: date
    kind: str
    effect_pct: float | None
    service: str | None
    description: str

    def covers(self, day: date, service: str) -> bool:
        """True when the event applies to that day and service."""
        return self.start_date <= day <= self.end_date and self.service in (None, service)


@dataclass(frozen=True)
class GridCell:
    """One day and service of the grid: recorded covers (None when empty) and their source."""

    day: date
    service: str
    covers: int | None
    source: str | None


@dataclass(frozen=True)
class GridDay:
    """One row of the week grid: the day, whether it is a day off, its events, and its cells."""

    day: date
    day_off: str | None
    day_off_kind: str | None
    events: tuple[EventRow, ...]
    cells: tuple[GridCell, ...]

    @property
    def closed(self) -> bool:
        """True when an event closes the site all day."""
        return any(e.kind == "closed" and e.service is None for e in self.events)


@dataclass(frozen=True)
class WeekGrid:
    """A site's week for typing covers: seven days (Monday first) × the site's services."""

    site_id: str
    week: IsoWeek
    services: tuple[str, ...]
    days: tuple[GridDay, ...]


@dataclass(frozen=True)
class CoverEntry:
    """One typed cell: `covers` None or '' clears the day; text is parsed ('1.250', '12')."""

    day: date
    service: str
    covers: int | str | None


@dataclass(frozen=True)
class EntryRejection:
    """A typed cell not saved, with the reason code."""

    day: date
    service: str
    value: str
    reason: str


@dataclass(frozen=True)
class SaveResult:
    """What `save_covers` did with each entry."""

    saved: int
    cleared: int
    unchanged: int
    rejected: tuple[EntryRejection, ...]


@dataclass(frozen=True)
class OverrideRow:
    """The manager's own number for a day and service."""

    site_id: str
    day: date
    service: str
    covers: int
    reason: str
    made_at: datetime


class PlannedCovers(NamedTuple):
    """The covers planning uses and where they come from: override, forecast, closed, usual, none.

    A named tuple, so `value, source = planned_covers(...)` works as well as `.value`.
    """

    value: int
    source: str


def _site(session, site_id: str) -> Site:
    site = session.get(Site, site_id)
    if site is None:
        raise NotFoundError("no such site", site_id=site_id)
    return site


def event_row(e: SiteEvent) -> EventRow:
    """The row object of a site event."""
    return EventRow(
        e.id, e.site_id, e.start_date, e.end_date, e.kind, e.effect_pct, e.service, e.description
    )


def week_grid(db: Database, site_id: str, week: IsoWeek, country: str = "DK") -> WeekGrid:
    """The week's recorded covers per day and service, with days off and events."""
    days = week.days(7)
    with db.reading() as session:
        site = _site(session, site_id)
        services = tuple(site.service_list)
        counts = {
            (h.day, h.service): h
            for h in session.scalars(
                select(Headcount).where(
                    Headcount.site_id == site_id, Headcount.day.between(days[0], days[-1])
                )
            )
        }
        events = [event_row(e) for e in _events_between(session, site_id, days[0], days[-1])]
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


def save_covers(
    db: Database,
    site_id: str,
    entries: Iterable[CoverEntry],
    *,
    today: date | None = None,
    source: str = "manual",
) -> SaveResult:
    """Save typed covers; bad entries are rejected with a reason and the valid ones kept."""
    today = today or date.today()
    entries = list(entries)
    keys = [(e.day, e.service) for e in entries]
    rejected: list[EntryRejection] = []
    counts = {"saved": 0, "cleared": 0, "unchanged": 0}
    with db.unit_of_work() as session:
        offered = set(_site(session, site_id).service_list)
        for entry in entries:
            value = "" if entry.covers is None else str(entry.covers).strip()
            reason, covers = _check_entry(entry, value, offered, today, keys)
            if reason:
                rejected.append(EntryRejection(entry.day, entry.service, value, reason))
                continue
            counts[_write_headcount(session, site_id, entry, covers, source)] += 1
    return SaveResult(rejected=tuple(rejected), **counts)


def _check_entry(entry, value, offered, today, keys) -> tuple[str | None, int | None]:
    if entry.service not in offered:
        return SERVICE_NOT_OFFERED, None
    if not entry.day >= EARLIEST:
        return DATE_OUT_OF_RANGE, None
    if entry.day > today:
        return IN_FUTURE, None
    if keys.count((entry.day, entry.service)) > 1:
        return DUPLICATE_ENTRY, None
    if value == "":
        return None, None
    try:
        number = parse_number(value)
    except ValidationError:
        return NOT_A_NUMBER, None
    if number < 0:
        return NEGATIVE, None
    if number != int(number):
        return NOT_WHOLE, None
    if number > MAX_COVERS:
        return TOO_LARGE, None
    return None, int(number)


def _write_headcount(session, site_id, entry: CoverEntry, covers: int | None, source) -> str:
    key = natural_id("headcount", site_id, entry.day, entry.service)
    found = session.get(Headcount, key, execution_options={"include_deleted": True})
    if covers is None:
        if found is None or found.deleted_at is not None:
            return "unchanged"
        found.deleted_at = utcnow()
        return "cleared"
    if found is None:
        session.add(
            Headcount(
                id=key,
                site_id=site_id,
                day=entry.day,
                service=entry.service,
                covers=covers,
                source=source,
            )
        )
        return "saved"
    if found.deleted_at is None and found.covers == covers:
        return "unchanged"
    found.covers, found.source, found.deleted_at = covers, source, None
    return "saved"


def _events_between(session, site_id: str, start: date, end: date):
    return session.scalars(
        select(SiteEvent)
        .where(
            SiteEvent.site_id == site_id, SiteEvent.start_date <= end, SiteEvent.end_date >= start
        )
        .order_by(SiteEvent.start_date, SiteEvent.id)
    )


def list_events(
    db: Database, site_id: str, start: date | None = None, end: date | None = None
) -> list[EventRow]:
    """The site's events overlapping [start, end] (all when not given), by start date."""
    with db.reading() as session:
        return [
            event_row(e)
            for e in _events_between(session, site_id, start or date.min, end or date.max)
        ]


def _check_event(start, end, kind, effect_pct, service, description) -> float | None:
    if kind not in EVENT_KINDS:
        raise ValidationError("unknown event kind", reason="unknown_kind", kind=kind)
    if end < start:
        raise ValidationError(
            "the event ends before it starts", reason="end_before_start", start=start, end=end
        )
    if start < EARLIEST or (end - start).days >= MAX_EVENT_DAYS:
        raise ValidationError(
            "the event's dates are out of range", reason="date_out_of_range", start=start, end=end
        )
    if service is not None and service not in SERVICES:
        raise ValidationError("unknown service", reason="unknown_service", service=service)
    if len(description) > 200:
        raise ValidationError("description too long", reason="too_long", length=len(description))
    if kind == "closed":
        return None
    if effect_pct is not None and not -100 <= effect_pct <= 500:
        raise ValidationError(
            "effect must be -100 to +500 %", reason="effect_out_of_range", effect_pct=effect_pct
        )
    return effect_pct


def add_event(
    db: Database,
    site_id: str,
    start: date,
    end: date,
    kind: str,
    effect_pct: float | None = None,
    service: str | None = None,
    description: str = "",
) -> EventRow:
    """Record an event known in advance (closed, or an expected ± percent)."""
    effect_pct = _check_event(start, end, kind, effect_pct, service, description)
    with db.unit_of_work() as session:
        _site(session, site_id)
        event = SiteEvent(
            site_id=site_id,
            start_date=start,
            end_date=end,
            kind=kind,
            effect_pct=effect_pct,
            service=service,
            description=description,
        )
        session.add(event)
        session.flush()
        return event_row(event)


def update_event(db: Database, event_id: str, **changes) -> EventRow:
    """Change an event's fields (start_date, end_date, kind, effect_pct, service, description)."""
    allowed = {"start_date", "end_date", "kind", "effect_pct", "service", "description"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(
            "unknown event fields", reason="unknown_field", fields=sorted(unknown)
        )
    with db.unit_of_work() as session:
        event = session.get(SiteEvent, event_id)
        if event is None:
            raise NotFoundError("no such event", event_id=event_id)
        merged = {name: changes.get(name, getattr(event, name)) for name in allowed}
        merged["effect_pct"] = _check_event(
            merged["start_date"],
            merged["end_date"],
            merged["kind"],
            merged["effect_pct"],
            merged["service"],
            merged["description"],
        )
        for name, value in merged.items():
            setattr(event, name, value)
        session.flush()
        return event_row(event)


def delete_event(db: Database, event_id: str) -> None:
    """Soft-delete an event (the tombstone syncs)."""
    with db.unit_of_work() as session:
        event = session.get(SiteEvent, event_id)
        if event is None:
            raise NotFoundError("no such event", event_id=event_id)
        event.deleted_at = utcnow()


def _override_row(o: ForecastOverride) -> OverrideRow:
    return OverrideRow(o.site_id, o.day, o.service, o.covers, o.reason, o.made_at)


def set_override(
    db: Database, site_id: str, day: date, service: str, covers: int, reason: str = ""
) -> OverrideRow:
    """Store the manager's number for a day and service beside the forecast."""
    if service not in SERVICES:
        raise ValidationError("unknown service", reason="unknown_service", service=service)
    if isinstance(covers, bool) or not isinstance(covers, int) or covers < 0:
        raise ValidationError("covers must be a whole number ≥ 0", reason=NEGATIVE, covers=covers)
    if covers > MAX_COVERS:
        raise ValidationError("too many covers", reason=TOO_LARGE, covers=covers)
    with db.unit_of_work() as session:
        _site(session, site_id)
        found = _find_override(session, site_id, day, service)
        if found is None:
            found = ForecastOverride(
                site_id=site_id,
                day=day,
                service=service,
                covers=covers,
                reason=reason[:200],
                made_at=utcnow(),
            )
            session.add(found)
        else:
            found.covers, found.reason, found.made_at = covers, reason[:200], utcnow()
            found.deleted_at = None
        session.flush()
        return _override_row(found)


def clear_override(db: Database, site_id: str, day: date, service: str) -> bool:
    """Remove the manager's number (soft delete); False when there was none."""
    with db.unit_of_work() as session:
        found = _find_override(session, site_id, day, service)
        if found is None or found.deleted_at is not None:
            return False
        found.deleted_at = utcnow()
        return True


def _find_override(session, site_id, day, service) -> ForecastOverride | None:
    # A cleared override keeps its (site, day, service) key, so it is revived, not re-added.
    return session.scalars(
        select(ForecastOverride)
        .where(
            ForecastOverride.site_id == site_id,
            ForecastOverride.day == day,
            ForecastOverride.service == service,
        )
        .execution_options(include_deleted=True)
    ).first()


def planned_covers(db: Database, site_id: str, day: date, service: str = "lunch") -> PlannedCovers:
    """What planning uses: the override, else the latest forecast, else the usual covers."""
    return planned_range(db, site_id, day, day, service)[day]


def planned_range(
    db: Database, site_id: str, start: date, end: date, service: str = "lunch"
) -> dict[date, PlannedCovers]:
    """`planned_covers` for every day in [start, end] in one read (for the week planner)."""
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    with db.reading() as session:
        site = _site(session, site_id)
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
            for e in map(event_row, _events_between(session, site_id, start, end))
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
