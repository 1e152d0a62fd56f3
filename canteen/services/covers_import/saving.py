"""What an import would change (new days, changed numbers, hand-typed ones, questionable ones),
and the import itself in one transaction, returning its undo as data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from canteen.db.engine import Database
from canteen.db.models import Site
from canteen.errors import Cancelled
from canteen.services.covers.plausible import HISTORY_DAYS, usual_ranges
from canteen.services.covers.reasons import OTHER_SITE, SERVICE_NOT_OFFERED
from canteen.services.covers.rows import HeadcountState, UsualRange
from canteen.services.covers.saving import read_states, write_headcount
from canteen.services.covers.sites import load_site
from canteen.services.covers_import.reading import Table
from canteen.services.covers_import.rows import ColumnMapping, ParsedRow, Rejection, parse_rows

MANUAL = "manual"


@dataclass(frozen=True)
class Change:
    """A file row that changes a recorded day: old → new, and how the old number got there."""

    line: int
    day: date
    service: str
    old: int
    new: int
    old_source: str

    @property
    def manual(self) -> bool:
        """True when the old number was typed by hand."""
        return self.old_source == MANUAL


@dataclass(frozen=True)
class Questioned:
    """A file row far outside the site's usual range: imported only when the user says so.
    `old` is what the day holds now (None: nothing)."""

    line: int
    day: date
    service: str
    covers: int
    usual: UsualRange
    old: int | None = None
    old_source: str | None = None


@dataclass(frozen=True)
class ImportPlan:
    """What importing the file would do, before anything is written."""

    new: tuple[ParsedRow, ...]
    changed: tuple[Change, ...]
    unchanged: int
    questioned: tuple[Questioned, ...]
    rejected: tuple[Rejection, ...]

    @property
    def manual(self) -> tuple[Change, ...]:
        """The changes that would replace a number typed by hand."""
        return tuple(change for change in self.changed if change.manual)

    @property
    def importable(self) -> int:
        """Rows that could be written (new, changed, or questionable if included)."""
        return len(self.new) + len(self.changed) + len(self.questioned)


@dataclass(frozen=True)
class HeadcountChange:
    """One day an import changed: `before` undoes it, `after` redoes it."""

    before: HeadcountState
    after: HeadcountState


@dataclass(frozen=True)
class ImportReport:
    """What an import did: rows added, changed, already so, hand-typed numbers kept,
    questionable rows skipped, the rows rejected, and every change (its undo)."""

    inserted: int
    updated: int
    unchanged: int
    rejected: tuple[Rejection, ...]
    kept_manual: int = 0
    skipped_questioned: int = 0
    changes: tuple[HeadcountChange, ...] = ()


def _plan(session, site: Site, table: Table, mapping: ColumnMapping, today: date) -> ImportPlan:
    parsed = parse_rows(table, mapping, today=today)
    rejected = list(parsed.rejected)
    names = {site.code.lower(), site.name.lower()}
    offered = set(site.service_list)
    rows: list[ParsedRow] = []
    for row in parsed.rows:
        if mapping.site and row.site.lower() not in names:
            rejected.append(Rejection(row.line, row.site, OTHER_SITE, mapping.site))
        elif row.service not in offered:
            rejected.append(
                Rejection(row.line, row.service, SERVICE_NOT_OFFERED, mapping.service or "")
            )
        else:
            rows.append(row)
    since = today - timedelta(days=HISTORY_DAYS)
    from_file: dict[str, list[int]] = {}
    for row in rows:
        if row.day >= since:
            from_file.setdefault(row.service, []).append(int(row.covers))
    ranges = usual_ranges(session, site, today, extra=from_file)
    states = read_states(session, site.id, [(row.day, row.service) for row in rows])
    new, changed, questioned, unchanged = [], [], [], 0
    for row, state in zip(rows, states, strict=True):
        covers, usual = int(row.covers), ranges.get(row.service)
        if state.covers == covers:
            unchanged += 1
        elif usual is not None and usual.questions(covers):
            questioned.append(
                Questioned(
                    row.line, row.day, row.service, covers, usual, state.covers, state.source
                )
            )
        elif state.covers is None:
            new.append(row)
        else:
            changed.append(
                Change(row.line, row.day, row.service, state.covers, covers, state.source or "")
            )
    rejected.sort(key=lambda r: r.line)
    return ImportPlan(tuple(new), tuple(changed), unchanged, tuple(questioned), tuple(rejected))


def plan_import(
    db: Database,
    site_id: str,
    table: Table,
    mapping: ColumnMapping,
    *,
    today: date | None = None,
) -> ImportPlan:
    """What importing `table` would do now: nothing is written."""
    with db.reading() as session:
        return _plan(session, load_site(session, site_id), table, mapping, today or date.today())


def import_covers(
    db: Database,
    site_id: str,
    table: Table,
    mapping: ColumnMapping,
    *,
    today: date | None = None,
    keep_manual: bool = True,
    include_questioned: bool = False,
    source: str = "import",
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """Write a table's valid rows as the site's headcounts (one transaction; cancel undoes all).

    Numbers typed by hand are kept unless `keep_manual` is False; rows far outside the site's
    usual range are skipped unless `include_questioned`, when they are saved as confirmed.
    Rows for another site or a service the site does not offer are rejected.
    """
    today = today or date.today()
    with db.unit_of_work() as session:
        plan = _plan(session, load_site(session, site_id), table, mapping, today)
        writes = [HeadcountState(r.day, r.service, int(r.covers), source) for r in plan.new]
        kept = 0
        for change in plan.changed:
            if change.manual and keep_manual:
                kept += 1
            else:
                writes.append(HeadcountState(change.day, change.service, change.new, source))
        skipped = 0
        for row in plan.questioned:
            if not include_questioned:
                skipped += 1
            elif row.old_source == MANUAL and keep_manual:
                kept += 1
            else:
                writes.append(HeadcountState(row.day, row.service, row.covers, source, True))
        befores = read_states(session, site_id, [(w.day, w.service) for w in writes])
        for done, state in enumerate(writes, start=1):
            if should_cancel is not None and should_cancel():
                raise Cancelled("import cancelled")
            write_headcount(session, site_id, state)
            if progress is not None and (done % 200 == 0 or done == len(writes)):
                progress(done, len(writes))
    inserted = sum(1 for before in befores if before.covers is None)
    return ImportReport(
        inserted=inserted,
        updated=len(writes) - inserted,
        unchanged=plan.unchanged,
        rejected=plan.rejected,
        kept_manual=kept,
        skipped_questioned=skipped,
        changes=tuple(HeadcountChange(b, a) for b, a in zip(befores, writes, strict=True)),
    )
