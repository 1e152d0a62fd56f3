"""Site events known in advance: closed days and expected changes in covers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import SiteEvent
from canteen.db.models.covers import EVENT_KINDS
from canteen.db.models.org import SERVICES
from canteen.db.types import utcnow
from canteen.errors import NotFoundError, ValidationError
from canteen.services.covers.reasons import EARLIEST
from canteen.services.covers.rows import EventRow
from canteen.services.covers.sites import load_site

MAX_EVENT_DAYS = 366


def event_row(e: SiteEvent) -> EventRow:
    """The row object of a site event."""
    return EventRow(
        e.id, e.site_id, e.start_date, e.end_date, e.kind, e.effect_pct, e.service, e.description
    )


def events_between(session, site_id: str, start: date, end: date):
    """The site's events overlapping [start, end], by start date (inside a session)."""
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
            for e in events_between(session, site_id, start or date.min, end or date.max)
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
        load_site(session, site_id)
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
