"""Weighed food waste per day and menu line: recorded, and withdrawn (its undo) while the month
is open. A waste record is counted by its day, so one in a closed month is refused, not moved."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import ClosedMonth, MenuLine, WasteRecord
from canteen.db.models.costs import WASTE_KINDS
from canteen.db.types import utcnow
from canteen.errors import NotFoundError, ValidationError
from canteen.services.ledger.entries import MOST_ORE, month_of

# One weighing above this (a tonne) is a slipped separator, not a canteen's day.
MOST_GRAMS = 1_000_000


def _refuse_closed(session, site_id: str, day: date) -> None:
    closed = session.scalar(
        select(ClosedMonth.id).where(
            ClosedMonth.site_id == site_id, ClosedMonth.period == month_of(day)
        )
    )
    if closed is not None:
        raise ValidationError("month closed", reason="month_closed", month=month_of(day))


def weigh_waste(
    db: Database,
    site_id: str,
    day: date,
    kind: str,
    weight_g: float,
    cost_ore: int,
    menu_line_id: str | None = None,
    note: str = "",
) -> str:
    """Record a weighing; the id of the new waste record."""
    if kind not in WASTE_KINDS:
        raise ValidationError(f"no waste kind {kind!r}", reason="waste_kind", kind=kind)
    if weight_g <= 0:
        raise ValidationError("no weight", reason="zero_weight")
    if weight_g > MOST_GRAMS:
        raise ValidationError("implausible weight", reason="too_heavy")
    if cost_ore < 0 or cost_ore > MOST_ORE:
        raise ValidationError("implausible value", reason="too_large")
    with db.unit_of_work() as session:
        _refuse_closed(session, site_id, day)
        service = "lunch"
        if menu_line_id is not None:
            line = session.get(MenuLine, menu_line_id)
            if line is None or line.site_id != site_id:
                raise NotFoundError("no such menu line", reason="line_not_found")
            service = line.service
        record = WasteRecord(
            site_id=site_id,
            day=day,
            service=service,
            kind=kind,
            weight_g=float(weight_g),
            cost_ore=cost_ore,
            menu_line_id=menu_line_id,
            note=note[:200],
        )
        session.add(record)
        session.flush()
        return record.id


def withdraw_waste(db: Database, waste_id: str) -> None:
    """Undo a weighing (marked deleted, as synced rows are) while its month is open."""
    with db.unit_of_work() as session:
        record = session.get(WasteRecord, waste_id)
        if record is None or record.deleted_at is not None:
            raise NotFoundError(f"no waste record {waste_id!r}", reason="waste_not_found")
        _refuse_closed(session, record.site_id, record.day)
        record.deleted_at = utcnow()
