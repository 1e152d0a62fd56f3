"""Corrections of a booked sale as reversing entries: the sale row stays as it was first booked.

A day counts sale + its adjustments. Correcting it writes a pair under the next revision: a
reversal (minus everything the day counts now) and an entry (the new figures), so the report sums
to the new figures and the drill-down shows the original, the reversal and the entry. When the
sale's month is closed the pair is booked in the next open month, with a note saying so.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from canteen.db.models import Sale, SaleAdjustment
from canteen.services.ledger.entries import month_of, open_period

REVERSAL, ENTRY = "reversal", "entry"


@dataclass(frozen=True)
class SaleCorrection:
    """What a correction wrote: the figures the day counted before, the month it is booked in."""

    was: tuple[int, int]
    now: tuple[int, int]
    period: str
    moved_from: str | None = None


def counted(session: Session, sale: Sale) -> tuple[int, int]:
    """(covers, øre) a booked day counts: the sale plus its adjustments."""
    covers, ore = session.execute(
        select(
            func.coalesce(func.sum(SaleAdjustment.covers_sold), 0),
            func.coalesce(func.sum(SaleAdjustment.revenue_ore), 0),
        ).where(SaleAdjustment.sale_id == sale.id, SaleAdjustment.deleted_at.is_(None))
    ).one()
    return sale.covers_sold + int(covers), sale.revenue_ore + int(ore)


def counted_by_day(session: Session, site_ids) -> dict[tuple, tuple[int, int]]:
    """(site id, day, service) -> (covers, øre) counted, for every booked sale of the sites."""
    adjusted = dict(
        (sale_id, (int(covers), int(ore)))
        for sale_id, covers, ore in session.execute(
            select(
                SaleAdjustment.sale_id,
                func.sum(SaleAdjustment.covers_sold),
                func.sum(SaleAdjustment.revenue_ore),
            )
            .where(SaleAdjustment.site_id.in_(site_ids), SaleAdjustment.deleted_at.is_(None))
            .group_by(SaleAdjustment.sale_id)
        )
    )
    found = {}
    for sale in session.scalars(
        select(Sale).where(Sale.site_id.in_(site_ids), Sale.deleted_at.is_(None))
    ):
        covers, ore = adjusted.get(sale.id, (0, 0))
        found[(sale.site_id, sale.day, sale.service)] = (
            sale.covers_sold + covers,
            sale.revenue_ore + ore,
        )
    return found


def _moved_note(wanted: str, period: str) -> str:
    # Stored in Danish, like the cost ledger's notes.
    return f"Dateret i lukket måned {wanted}, bogført i {period}"


def correct_sale(
    session: Session, sale: Sale, covers_sold: int, revenue_ore: int, note: str = ""
) -> SaleCorrection:
    """Book a reversal of what the day counts and an entry of the new figures (next revision)."""
    was = counted(session, sale)
    revision = 1 + (
        session.scalar(
            select(func.max(SaleAdjustment.revision)).where(SaleAdjustment.sale_id == sale.id)
        )
        or 0
    )
    wanted = month_of(sale.day)
    period = open_period(session, sale.site_id, wanted)
    moved = wanted if period != wanted else None
    if moved is not None:
        note = f"{note} · {_moved_note(wanted, period)}" if note else _moved_note(wanted, period)
    for kind, covers, ore in ((REVERSAL, -was[0], -was[1]), (ENTRY, covers_sold, revenue_ore)):
        session.add(
            SaleAdjustment(
                id=SaleAdjustment.id_for(sale.site_id, sale.day, sale.service, revision, kind),
                site_id=sale.site_id,
                sale_id=sale.id,
                day=sale.day,
                service=sale.service,
                revision=revision,
                kind=kind,
                period=period,
                covers_sold=covers,
                revenue_ore=ore,
                note=note,
            )
        )
    session.flush()
    return SaleCorrection(was, (covers_sold, revenue_ore), period, moved)
