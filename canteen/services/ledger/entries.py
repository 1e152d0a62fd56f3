"""Typed cost entries, reversals and closed months: the ledger is appended to, never edited.

A correction is a reversing entry (the same amount with the opposite sign, pointing at the entry
it corrects). A closed month takes no more entries: one dated in it is booked to the next open
month, with a note saying so, and the report counts it there (by `period`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from canteen.db.engine import Database
from canteen.db.models import ClosedMonth, CostEntry, Site
from canteen.db.models.costs import COST_CATEGORIES
from canteen.errors import NotFoundError, ValidationError
from canteen.services.costs.periods import day_after, parse_month

MANUAL, REVERSAL = "manual", "reversal"
# One typed entry above this (5 million kr) is a slip of a separator, not a canteen's month.
MOST_ORE = 500_000_000


@dataclass(frozen=True)
class Booked:
    """Where an entry went: its id, the month it counts in, and the closed month it skipped."""

    id: str
    period: str
    moved_from: str | None = None


def month_of(day: date) -> str:
    """The cost month of a day, 'YYYY-MM'."""
    return f"{day.year:04d}-{day.month:02d}"


def closed_periods(session: Session, site_id: str) -> set[str]:
    """The site's closed months as 'YYYY-MM'."""
    return set(session.scalars(select(ClosedMonth.period).where(ClosedMonth.site_id == site_id)))


def open_period(session: Session, site_id: str, month: str) -> str:
    """The first open month of the site from `month` on."""
    closed = closed_periods(session, site_id)
    while month in closed:
        month = month_of(day_after(month))
    return month


def _moved_note(note: str, wanted: str, period: str) -> str:
    # Stored in Danish, the language the ledger's notes are kept in (as the demo's are).
    moved = f"Dateret i lukket måned {wanted}, bogført i {period}"
    return f"{note} · {moved}" if note else moved


def check_site(session: Session, site_id: str) -> None:
    """NotFoundError unless the site exists."""
    if session.get(Site, site_id) is None:
        raise NotFoundError(f"no site {site_id!r}", site=site_id, reason="site_not_found")


def book_cost(
    db: Database,
    site_id: str,
    day: date,
    category: str,
    amount_ore: int,
    note: str = "",
    *,
    source: str = MANUAL,
) -> Booked:
    """Append a cost entry dated `day` to the open month it falls in (or the next open one)."""
    if category not in COST_CATEGORIES:
        raise ValidationError(f"no category {category!r}", reason="category", category=category)
    if amount_ore == 0:
        raise ValidationError("an entry of zero", reason="zero_amount")
    if abs(amount_ore) > MOST_ORE:
        raise ValidationError("implausible amount", reason="too_large", amount_ore=amount_ore)
    with db.unit_of_work() as session:
        check_site(session, site_id)
        return add_cost(session, site_id, day, category, amount_ore, note, source)


def add_cost(
    session: Session,
    site_id: str,
    day: date,
    category: str,
    amount_ore: int,
    note: str,
    source: str,
) -> Booked:
    """Add an entry in an open session (checked by the caller), routed past closed months."""
    wanted = month_of(day)
    period = open_period(session, site_id, wanted)
    moved = wanted if period != wanted else None
    entry = CostEntry(
        site_id=site_id,
        day=day,
        period=period,
        category=category,
        amount_ore=amount_ore,
        source=source,
        note=_moved_note(note, wanted, period)[:200] if moved else note[:200],
    )
    session.add(entry)
    session.flush()
    return Booked(entry.id, period, moved)


def reverse_cost(db: Database, entry_id: str, day: date, note: str = "") -> Booked:
    """Append the entry that cancels `entry_id`: same category, opposite amount.

    It counts in the corrected entry's month while that is open, else in the next open month.
    """
    with db.unit_of_work() as session:
        entry = session.get(CostEntry, entry_id)
        if entry is None or entry.deleted_at is not None:
            raise NotFoundError(f"no entry {entry_id!r}", entry=entry_id)
        if entry.source == REVERSAL:
            raise ValidationError("a reversal is not reversed", reason="not_reversible")
        already = session.scalar(
            select(CostEntry.id).where(
                CostEntry.reference_id == entry_id, CostEntry.source == REVERSAL
            )
        )
        if already is not None:
            raise ValidationError("already reversed", reason="already_reversed", entry=entry_id)
        period = open_period(session, entry.site_id, entry.period)
        moved = entry.period if period != entry.period else None
        text = note or (f"Tilbageført: {entry.note}" if entry.note else "Tilbageført")
        reversal = CostEntry(
            site_id=entry.site_id,
            day=day,
            period=period,
            category=entry.category,
            amount_ore=-entry.amount_ore,
            source=REVERSAL,
            reference_id=entry.id,
            note=(_moved_note(text, entry.period, period) if moved else text)[:200],
        )
        session.add(reversal)
        session.flush()
        return Booked(reversal.id, period, moved)


def close_month(db: Database, site_id: str, month: str, today: date, by: str = "") -> None:
    """Close a site's month; later entries dated in it go to the next open month."""
    month = parse_month(month)
    if month_of(today) <= month:
        raise ValidationError("month not over", reason="month_not_over", month=month)
    with db.unit_of_work() as session:
        check_site(session, site_id)
        if month in closed_periods(session, site_id):
            raise ValidationError("already closed", reason="already_closed", month=month)
        session.add(ClosedMonth(site_id=site_id, period=month, closed_on=today, closed_by=by))


def closed_months(db: Database, site_id: str) -> list[str]:
    """The site's closed months, oldest first."""
    with db.reading() as session:
        return sorted(closed_periods(session, site_id))


def open_month(db: Database, site_id: str, day: date) -> str:
    """The month an entry dated `day` would be booked to."""
    with db.reading() as session:
        return open_period(session, site_id, month_of(day))
