"""What a site booked in some months: sales, cost entries and weighed waste, for drill-down."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import CostEntry, Sale, SaleAdjustment, Site, WasteRecord
from canteen.services.costs.periods import day_after, first_day

SALE, COST, WASTE = "sale", "cost", "waste"
# A sale's correction: the reversal of what the day counted, and the figures that count now.
SALE_REVERSAL, SALE_CORRECTION = "sale_reversal", "sale_correction"


@dataclass(frozen=True)
class LedgerLine:
    """One booked row: a day's sale, a cost entry (by its period) or a waste weighing."""

    id: str
    kind: str  # 'sale', 'sale_reversal', 'sale_correction', 'cost' or 'waste'
    day: date
    period: str  # the month it counts in ('YYYY-MM')
    category: str  # cost category, waste kind or the sale's service
    amount_ore: int  # revenue, cost or the waste's value
    covers: int | None = None
    weight_g: float | None = None
    note: str = ""
    reverses: str | None = None  # the entry a reversing entry corrects (a sale's: the sale)


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def ledger_lines(db: Database, site_code: str, months: list[str]) -> list[LedgerLine]:
    """Every sale, cost entry and waste record of the site counting in `months`, by day."""
    if not months:
        return []
    start, end = first_day(min(months)), day_after(max(months))
    wanted = set(months)
    found: list[LedgerLine] = []
    with db.reading() as session:
        site_id = session.scalar(select(Site.id).where(Site.code == site_code))
        if site_id is None:
            return []
        for sale in session.scalars(
            select(Sale).where(
                Sale.site_id == site_id,
                Sale.day >= start,
                Sale.day < end,
                Sale.deleted_at.is_(None),
            )
        ):
            if _month(sale.day) in wanted:
                found.append(
                    LedgerLine(
                        sale.id, SALE, sale.day, _month(sale.day), sale.service,
                        sale.revenue_ore, covers=sale.covers_sold,
                    )
                )  # fmt: skip
        for fix in session.scalars(
            select(SaleAdjustment).where(
                SaleAdjustment.site_id == site_id,
                SaleAdjustment.period.in_(wanted),
                SaleAdjustment.deleted_at.is_(None),
            )
        ):
            found.append(
                LedgerLine(
                    fix.id, SALE_REVERSAL if fix.kind == "reversal" else SALE_CORRECTION, fix.day, fix.period, fix.service, fix.revenue_ore,
                    covers=fix.covers_sold, note=fix.note,
                    reverses=fix.sale_id if fix.kind == "reversal" else None,
                )
            )  # fmt: skip
        for entry in session.scalars(
            select(CostEntry).where(
                CostEntry.site_id == site_id,
                CostEntry.period.in_(wanted),
                CostEntry.deleted_at.is_(None),
            )
        ):
            found.append(
                LedgerLine(
                    entry.id, COST, entry.day, entry.period, entry.category, entry.amount_ore,
                    note=entry.note, reverses=entry.reference_id if entry.source == "reversal"
                    else None,
                )
            )  # fmt: skip
        for waste in session.scalars(
            select(WasteRecord).where(
                WasteRecord.site_id == site_id,
                WasteRecord.day >= start,
                WasteRecord.day < end,
                WasteRecord.deleted_at.is_(None),
            )
        ):
            if _month(waste.day) in wanted:
                found.append(
                    LedgerLine(
                        waste.id, WASTE, waste.day, _month(waste.day), waste.kind,
                        waste.cost_ore, weight_g=waste.weight_g, note=waste.note,
                    )
                )  # fmt: skip
    order = {SALE: 0, SALE_REVERSAL: 0, SALE_CORRECTION: 0, COST: 1, WASTE: 2}
    # Python's sort is stable: a sale, its reversal and its new entry stay in booking order.
    found.sort(key=lambda line: (line.period, line.day, order[line.kind], line.category))
    return found
