"""Typed sales: covers sold and revenue per site, day and service.

A day is booked once. Typing it again with the figures it counts changes nothing; with other
figures it is refused (`already_booked`, as the till import refuses it) unless the caller asks for
a correction: a reversing entry and a new entry (`sale_corrections`), never an edit of the sale.
A new day in a closed month is refused (`closed_month`); a correction of a day in a closed month
is booked in the next open month with a note, so a report once handed over never changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import Sale
from canteen.db.models.org import SERVICES
from canteen.errors import ValidationError
from canteen.services.ledger.entries import MOST_ORE, check_site, closed_periods, month_of
from canteen.services.ledger.sale_corrections import correct_sale, counted

# More covers than this on one service is a slip of a key, not a canteen's lunch.
MOST_COVERS = 100_000
INSERTED, UNCHANGED, CORRECTED = "inserted", "unchanged", "corrected"


@dataclass(frozen=True)
class SaleBooked:
    """What typing a sale did: `outcome` is inserted, unchanged or corrected; `was` what the day
    counted before; `period` the month a correction is booked in, `moved_from` the closed month."""

    outcome: str
    covers_sold: int
    revenue_ore: int
    was: tuple[int, int] | None = None
    period: str | None = None
    moved_from: str | None = None


def _check(service: str, covers_sold: int, revenue_ore: int) -> None:
    if service not in SERVICES:
        raise ValidationError(f"no service {service!r}", reason="service", service=service)
    if covers_sold < 0 or revenue_ore < 0:
        raise ValidationError("a negative sale", reason="negative_sale")
    if covers_sold > MOST_COVERS or revenue_ore > MOST_ORE:
        raise ValidationError("implausible sale", reason="too_large", amount_ore=revenue_ore)


def record_sale(
    db: Database,
    site_id: str,
    day: date,
    service: str,
    covers_sold: int,
    revenue_ore: int,
    *,
    correct: bool = False,
) -> SaleBooked:
    """Book a day's sale; a different figure for a booked day needs `correct` (reversing entries)."""
    _check(service, covers_sold, revenue_ore)
    with db.unit_of_work() as session:
        check_site(session, site_id)
        sale = session.scalar(
            select(Sale).where(
                Sale.site_id == site_id,
                Sale.day == day,
                Sale.service == service,
                Sale.deleted_at.is_(None),
            )
        )
        if sale is None:
            if month_of(day) in closed_periods(session, site_id):
                raise ValidationError("month closed", reason="closed_month", month=month_of(day))
            session.add(
                Sale(
                    id=Sale.id_for(site_id, day, service),
                    site_id=site_id,
                    day=day,
                    service=service,
                    covers_sold=covers_sold,
                    revenue_ore=revenue_ore,
                )
            )
            return SaleBooked(INSERTED, covers_sold, revenue_ore)
        was = counted(session, sale)
        if was == (covers_sold, revenue_ore):
            return SaleBooked(UNCHANGED, covers_sold, revenue_ore, was)
        if not correct:
            raise ValidationError(
                "day already booked", reason="already_booked", day=day, covers=was[0], ore=was[1]
            )
        done = correct_sale(session, sale, covers_sold, revenue_ore)
        return SaleBooked(CORRECTED, covers_sold, revenue_ore, was, done.period, done.moved_from)
