"""What a ledger import would write (a plan, nothing written), and the import in one transaction.

Rules (docs/costs.md, "Imports"):
- Sales: one row per site, day and service. A day already booked with the figures it counts is
  unchanged; with other figures it is refused (`already_booked`) unless the user asks for
  corrections (`correct_booked`): then the day gets a reversing entry and a new entry
  (`ledger.sale_corrections`), booked in the next open month if its own is closed. A new day in a
  closed month is refused (`closed_month`): its figures belong to that month.
- Costs: appended as ledger entries (source 'import'). An entry dated in a closed month goes to the
  next open month with a note, as a typed one does. A row the ledger already holds from an import
  (same site, day, category and amount) is refused, so a file imported twice books nothing twice.
- Budgets: per site, month and category; a new figure replaces the old one (shown old → new).
  A budget for a closed month is refused. Two different rows for one key are both refused.
With `all_or_nothing` a file with any refused row writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from canteen.db.engine import Database
from canteen.db.models import Budget, ClosedMonth, CostEntry, Sale, Site
from canteen.errors import ValidationError
from canteen.services.costs.periods import day_after
from canteen.services.costs_import.rows import (
    ALREADY_BOOKED,
    BUDGETS,
    CLOSED_MONTH,
    COSTS,
    DUPLICATE,
    SALES,
    UNKNOWN_CATEGORY,
    UNKNOWN_SITE,
    Columns,
    Rejected,
    RowReader,
    category_of,
    is_missing,
    month_of_cell,
)
from canteen.services.covers_import.reading import Table
from canteen.services.ledger.entries import add_cost, month_of, open_period
from canteen.services.ledger.sale_corrections import correct_sale, counted_by_day

IMPORT = "import"
CORRECTION_NOTE = "Rettet ved import"  # stored in Danish, like the ledger's other notes
ROWS_REJECTED = "rows_rejected"


@dataclass(frozen=True)
class Planned:
    """A row that would be written. `category` is the service for a sale; `moved_from` the closed
    month a cost skipped; `old_ore` the budget figure it replaces."""

    line: int
    site_id: str
    site_code: str
    period: str
    category: str
    amount_ore: int
    day: date | None = None
    covers: int | None = None
    text: str = ""
    moved_from: str | None = None
    old_ore: int | None = None
    was: tuple[int, int] | None = None  # a sale's correction: what the day counted so far


@dataclass(frozen=True)
class LedgerPlan:
    """What importing a file would do: rows to write, rows already so, rows refused with why."""

    kind: str
    rows: tuple[Planned, ...]
    rejected: tuple[Rejected, ...]
    unchanged: int = 0


@dataclass(frozen=True)
class LedgerImported:
    """What an import wrote."""

    kind: str
    written: int
    moved: int
    replaced: int
    rejected: tuple[Rejected, ...]
    corrected: int = 0


class _Sites:
    """Sites by code or name (case-insensitive), with their closed months, read once."""

    def __init__(self, session: Session) -> None:
        self.by_key: dict[str, Site] = {}
        for site in session.scalars(select(Site).where(Site.deleted_at.is_(None))):
            self.by_key[site.code.lower()] = site
            self.by_key.setdefault(site.name.lower(), site)
        self.closed: dict[str, set[str]] = {}
        for site_id, period in session.execute(select(ClosedMonth.site_id, ClosedMonth.period)):
            self.closed.setdefault(site_id, set()).add(period)

    def find(self, value) -> Site | None:
        return None if is_missing(value) else self.by_key.get(str(value).strip().lower())


def _plan(
    session: Session,
    table: Table,
    columns: Columns,
    site_code: str | None,
    correct_booked: bool = False,
) -> LedgerPlan:
    reader = RowReader(table, columns)
    sites = _Sites(session)
    default = sites.find(site_code) if site_code else None
    rows: list[Planned] = []
    rejected: list[Rejected] = []
    for line, cells in zip(table.line_numbers, table.rows, strict=True):
        if "site" in reader.index:
            site = sites.find(reader.cell(cells, "site"))
            if site is None:
                rejected.append(reader.fail(line, cells, "site", UNKNOWN_SITE))
                continue
        elif default is None:
            rejected.append(Rejected(line, site_code or "", UNKNOWN_SITE))
            continue
        else:
            site = default
        # Corrections may touch a closed month (booked in the next open one): checked below.
        closed = set() if correct_booked else sites.closed.get(site.id, set())
        row = _read_row(columns.kind, reader, line, cells, site, closed)
        (rejected if isinstance(row, Rejected) else rows).append(row)
    rows, doubles = _without_duplicates(columns.kind, rows)
    rejected.extend(doubles)
    rows, booked, unchanged = _against_ledger(
        session, columns, rows, sites.closed if correct_booked else None
    )
    rejected.extend(booked)
    rejected.sort(key=lambda r: r.line)
    return LedgerPlan(columns.kind, tuple(rows), tuple(rejected), unchanged)


def _read_row(kind, reader: RowReader, line, cells, site: Site, closed: set[str]):
    role = "date"
    try:
        if kind == SALES:
            day = reader.day(cells)
            if month_of(day) in closed:
                return reader.fail(line, cells, "date", CLOSED_MONTH)
            role = "service"
            service = reader.service(cells)
            role = "covers"
            covers = reader.covers(cells)
            role = "amount"
            amount = reader.ore(cells, signed=False)
            return Planned(line, site.id, site.code, month_of(day), service, amount, day, covers)
        if kind == COSTS and "date" in reader.index:
            day = reader.day(cells)
            wanted = month_of(day)
        else:
            role = "month" if "month" in reader.index else "date"
            wanted = month_of_cell(reader.cell(cells, role))
            day = date(int(wanted[:4]), int(wanted[5:]), 1)
        period_role = role
        role = "category"
        category = category_of(reader.cell(cells, "category"))
        role = "amount"
        amount = reader.ore(cells, signed=kind == COSTS)
    except ValidationError as problem:
        reason = problem.data.get("reason", "bad_value")
        return reader.fail(line, cells, role, UNKNOWN_CATEGORY if role == "category" else reason)
    text = reader.cell(cells, "text")
    text = "" if is_missing(text) else str(text).strip()[:200]
    if kind == BUDGETS:
        if wanted in closed:
            return reader.fail(line, cells, period_role, CLOSED_MONTH)
        return Planned(line, site.id, site.code, wanted, category, amount, text=text)
    period = wanted
    while period in closed:
        period = month_of(day_after(period))
    moved = wanted if period != wanted else None
    return Planned(line, site.id, site.code, period, category, amount, day, None, text, moved)


def _key(kind: str, row: Planned) -> tuple:
    if kind == SALES:
        return (row.site_id, row.day, row.category)
    if kind == BUDGETS:
        return (row.site_id, row.period, row.category)
    return (row.site_id, row.day, row.category, row.amount_ore, row.text)


def _without_duplicates(kind: str, rows: list[Planned]) -> tuple[list[Planned], list[Rejected]]:
    groups: dict[tuple, list[Planned]] = {}
    for row in rows:
        groups.setdefault(_key(kind, row), []).append(row)
    kept, refused = [], []
    for group in groups.values():
        first = group[0]
        same = all((r.amount_ore, r.covers) == (first.amount_ore, first.covers) for r in group)
        if same:
            kept.append(first)
        for row in group[1:] if same else group:
            refused.append(Rejected(row.line, _shown(row), DUPLICATE))
    kept.sort(key=lambda r: r.line)
    return kept, refused


def _shown(row: Planned) -> str:
    when = row.day.isoformat() if row.day is not None else row.period
    return f"{row.site_code} {when} {row.category}"


def _against_ledger(session: Session, columns: Columns, rows: list[Planned], closed):
    """Rows against what is booked. `closed` (site id -> months) only when correcting sales."""
    kind = columns.kind
    kept, refused, unchanged = [], [], 0
    site_ids = {row.site_id for row in rows}
    if kind == SALES:
        booked = counted_by_day(session, site_ids)
        for row in rows:
            was = booked.get((row.site_id, row.day, row.category))
            shut = closed.get(row.site_id, set()) if closed is not None else set()
            if was is None and row.period in shut:
                day = row.day.isoformat()
                refused.append(Rejected(row.line, day, CLOSED_MONTH, columns.date or ""))
            elif was is None:
                kept.append(row)
            elif was == (row.covers, row.amount_ore):
                unchanged += 1
            elif closed is None:
                refused.append(Rejected(row.line, _shown(row), ALREADY_BOOKED))
            else:
                kept.append(_correction(session, row, was))
    elif kind == BUDGETS:
        budgets = {
            (b.site_id, b.period, b.category): b.amount_ore
            for b in session.scalars(
                select(Budget).where(Budget.site_id.in_(site_ids), Budget.deleted_at.is_(None))
            )
        }
        for row in rows:
            old = budgets.get((row.site_id, row.period, row.category))
            if old == row.amount_ore:
                unchanged += 1
            else:
                kept.append(_with_old(row, old))
    else:
        imported = {
            tuple(found)
            for found in session.execute(
                select(CostEntry.site_id, CostEntry.day, CostEntry.category, CostEntry.amount_ore)
                .where(CostEntry.site_id.in_(site_ids), CostEntry.source == IMPORT)
                .where(CostEntry.deleted_at.is_(None))
            ).all()
        }
        for row in rows:
            if (row.site_id, row.day, row.category, row.amount_ore) in imported:
                refused.append(Rejected(row.line, _shown(row), ALREADY_BOOKED))
            else:
                kept.append(row)
    return kept, refused, unchanged


def _correction(session: Session, row: Planned, was: tuple[int, int]) -> Planned:
    period = open_period(session, row.site_id, row.period)
    moved = row.period if period != row.period else None
    return replace(row, was=was, period=period, moved_from=moved)


def _with_old(row: Planned, old: int | None) -> Planned:
    return replace(row, old_ore=old)


def plan_ledger_import(
    db: Database,
    table: Table,
    columns: Columns,
    *,
    site_code: str | None = None,
    correct_booked: bool = False,
) -> LedgerPlan:
    """What importing `table` would write; nothing is written. `site_code`: the site of a file
    without a site column (a till export); `correct_booked`: a sale differing from its booked day
    is a correction (reversing entries) rather than refused."""
    with db.reading() as session:
        return _plan(session, table, columns, site_code, correct_booked)


def import_ledger(
    db: Database,
    table: Table,
    columns: Columns,
    *,
    site_code: str | None = None,
    all_or_nothing: bool = False,
    correct_booked: bool = False,
) -> LedgerImported:
    """Write the file's valid rows in one transaction (planned again inside it).

    With `all_or_nothing`, any refused row refuses the whole file: ValidationError
    `rows_rejected` carrying the refusals, and nothing is written.
    """
    with db.unit_of_work() as session:
        plan = _plan(session, table, columns, site_code, correct_booked)
        if all_or_nothing and plan.rejected:
            raise ValidationError(
                "rows refused", reason=ROWS_REJECTED, count=len(plan.rejected), rows=plan.rejected
            )
        moved = replaced = corrected = 0
        for row in plan.rows:
            if plan.kind == SALES and row.was is not None:
                sale = _booked_sale(session, row)
                correct_sale(session, sale, row.covers, row.amount_ore, CORRECTION_NOTE)
                corrected += 1
                moved += row.moved_from is not None
            elif plan.kind == SALES:
                session.add(
                    Sale(
                        id=Sale.id_for(row.site_id, row.day, row.category),
                        site_id=row.site_id,
                        day=row.day,
                        service=row.category,
                        covers_sold=row.covers,
                        revenue_ore=row.amount_ore,
                    )
                )
            elif plan.kind == COSTS:
                booked = add_cost(
                    session, row.site_id, row.day, row.category, row.amount_ore, row.text, IMPORT
                )
                moved += booked.moved_from is not None
            else:
                replaced += _write_budget(session, row)
    return LedgerImported(plan.kind, len(plan.rows), moved, replaced, plan.rejected, corrected)


def _booked_sale(session: Session, row: Planned) -> Sale:
    # By its key, not a recomputed id: a sale written before natural ids has a random one.
    return session.scalar(
        select(Sale).where(
            Sale.site_id == row.site_id,
            Sale.day == row.day,
            Sale.service == row.category,
            Sale.deleted_at.is_(None),
        )
    )


def _write_budget(session: Session, row: Planned) -> int:
    budget = session.scalar(
        select(Budget).where(
            Budget.site_id == row.site_id,
            Budget.period == row.period,
            Budget.category == row.category,
        )
    )
    if budget is not None:
        budget.amount_ore = row.amount_ore
        budget.deleted_at = None
        return 1
    site = session.get(Site, row.site_id)
    session.add(
        Budget(
            id=Budget.id_for(row.site_id, row.period, row.category),
            district_id=site.district_id,
            site_id=row.site_id,
            period=row.period,
            category=row.category,
            amount_ore=row.amount_ore,
        )
    )
    return 0
