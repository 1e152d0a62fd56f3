"""Saving covers: typed entries checked one by one, and restoring earlier states (undo)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from canteen.db.engine import Database
from canteen.db.models import Headcount
from canteen.db.types import utcnow
from canteen.domain.numbers import NumberProblem, read_whole
from canteen.services.covers.plausible import usual_ranges
from canteen.services.covers.reasons import (
    DATE_OUT_OF_RANGE,
    DUPLICATE_ENTRY,
    EARLIEST,
    IMPLAUSIBLE,
    IN_FUTURE,
    MAX_COVERS,
    NEGATIVE,
    SERVICE_NOT_OFFERED,
    TOO_LARGE,
)
from canteen.services.covers.rows import CoverEntry, EntryRejection, HeadcountState, SaveResult
from canteen.services.covers.sites import load_site


def save_covers(
    db: Database,
    site_id: str,
    entries: Iterable[CoverEntry],
    *,
    today: date | None = None,
    source: str = "manual",
) -> SaveResult:
    """Save typed covers; bad entries are rejected with a reason and the valid ones kept.

    A figure far outside the site's usual range is rejected as `implausible` (with the range)
    unless the entry says the user confirmed it; then it is saved with `confirmed` set.
    """
    today = today or date.today()
    entries = list(entries)
    keys = [(e.day, e.service) for e in entries]
    rejected: list[EntryRejection] = []
    written: list[HeadcountState] = []
    counts = {"saved": 0, "cleared": 0, "unchanged": 0}
    with db.unit_of_work() as session:
        site = load_site(session, site_id)
        offered = set(site.service_list)
        ranges = None
        for entry in entries:
            value = "" if entry.covers is None else str(entry.covers).strip()
            rejection = _check_entry(entry, value, offered, today, keys)
            if rejection is not None:
                rejected.append(rejection)
                continue
            covers = _whole(entry, value)
            if isinstance(covers, EntryRejection):
                rejected.append(covers)
                continue
            questioned = False
            if covers is not None:
                ranges = ranges if ranges is not None else usual_ranges(session, site, today)
                usual = ranges.get(entry.service)
                questioned = usual is not None and usual.questions(covers)
                if questioned and not entry.confirmed:
                    rejected.append(
                        EntryRejection(entry.day, entry.service, value, IMPLAUSIBLE, usual)
                    )
                    continue
            state = HeadcountState(entry.day, entry.service, covers, source, questioned)
            counts[write_headcount(session, site_id, state)] += 1
            written.append(state)
    return SaveResult(rejected=tuple(rejected), written=tuple(written), **counts)


def _check_entry(entry: CoverEntry, value, offered, today, keys) -> EntryRejection | None:
    reason = None
    if entry.service not in offered:
        reason = SERVICE_NOT_OFFERED
    elif not entry.day >= EARLIEST:
        reason = DATE_OUT_OF_RANGE
    elif entry.day > today:
        reason = IN_FUTURE
    elif keys.count((entry.day, entry.service)) > 1:
        reason = DUPLICATE_ENTRY
    return None if reason is None else EntryRejection(entry.day, entry.service, value, reason)


def _whole(entry: CoverEntry, value: str) -> int | None | EntryRejection:
    """The typed covers as a whole number (None: clear the day), or why not."""
    if value == "":
        return None
    try:
        number = read_whole(entry.covers if isinstance(entry.covers, int) else value)
    except NumberProblem as problem:
        readings = tuple(sorted(problem.data.get("readings", {}).items()))
        return EntryRejection(entry.day, entry.service, value, problem.reason, None, readings)
    if number < 0:
        return EntryRejection(entry.day, entry.service, value, NEGATIVE)
    if number > MAX_COVERS:
        return EntryRejection(entry.day, entry.service, value, TOO_LARGE)
    return number


def write_headcount(session, site_id: str, state: HeadcountState) -> str:
    """Make a day's covers what `state` says (inside a session): saved, cleared or unchanged.

    Clearing soft-deletes the row: the tombstone syncs, and a synced row is never removed.
    """
    key = Headcount.id_for(site_id, state.day, state.service)
    found = session.get(Headcount, key, execution_options={"include_deleted": True})
    source = state.source or "manual"
    if state.covers is None:
        if found is None or found.deleted_at is not None:
            return "unchanged"
        found.deleted_at = utcnow()
        return "cleared"
    if found is None:
        session.add(
            Headcount(
                id=key,
                site_id=site_id,
                day=state.day,
                service=state.service,
                covers=state.covers,
                source=source,
                confirmed=state.confirmed,
            )
        )
        return "saved"
    if found.deleted_at is None and found.covers == state.covers:
        return "unchanged"
    found.covers, found.source, found.confirmed = state.covers, source, state.confirmed
    found.deleted_at = None
    return "saved"


def read_states(session, site_id: str, keys: Iterable[tuple[date, str]]) -> list[HeadcountState]:
    """What each (day, service) holds now (inside a session); None covers when nothing."""
    states = []
    for day, service in keys:
        key = Headcount.id_for(site_id, day, service)
        found = session.get(Headcount, key, execution_options={"include_deleted": True})
        if found is None or found.deleted_at is not None:
            states.append(HeadcountState(day, service, None))
        else:
            states.append(HeadcountState(day, service, found.covers, found.source, found.confirmed))
    return states


def restore_headcounts(db: Database, site_id: str, states: Iterable[HeadcountState]) -> None:
    """Put days back as they were (an import's undo or redo), in one transaction."""
    with db.unit_of_work() as session:
        load_site(session, site_id)
        for state in states:
            write_headcount(session, site_id, state)
