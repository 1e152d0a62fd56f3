"""Which future days a site will serve, learned from the days it recorded covers.

A weekday counts as served when it was recorded in at least SERVED_SHARE of the recent weeks. A
kind of day off (public, customary, bridge) counts as closed when the site recorded nothing on
most such days that fell on its served weekdays; with no such day in the history, public and
customary days off are taken as closed and bridge days as open.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from canteen.forecast.calendars import CountryCalendar

SERVED_SHARE = 0.4
RECENT_WEEKS = 26
DEFAULT_WEEKDAYS = frozenset(range(5))
DEFAULT_CLOSED = frozenset({"public", "customary"})


def served_weekdays(recorded: list[date]) -> frozenset[int]:
    """The weekdays (Monday 0) the site serves, from its recent recorded days."""
    if not recorded:
        return DEFAULT_WEEKDAYS
    last = max(recorded)
    since = last - timedelta(weeks=RECENT_WEEKS)
    recent = [d for d in recorded if d > since]
    weeks = max(1, min(RECENT_WEEKS, ((last - min(recent)).days // 7) + 1))
    if weeks < 2:
        return DEFAULT_WEEKDAYS | frozenset(d.weekday() for d in recent)
    counts = [0] * 7
    for day in recent:
        counts[day.weekday()] += 1
    return frozenset(w for w in range(7) if counts[w] / weeks >= SERVED_SHARE)


def closed_day_off_kinds(
    recorded: list[date], weekdays: frozenset[int], calendar: CountryCalendar
) -> frozenset[str]:
    """The kinds of day off on which the site closes, judged from its history."""
    if not recorded:
        return DEFAULT_CLOSED
    seen = set(recorded)
    first, last = min(recorded), max(recorded)
    open_days: dict[str, list[bool]] = {}
    day = first
    while day <= last:
        off = calendar.day_off(day) if day.weekday() in weekdays else None
        if off is not None:
            open_days.setdefault(off.kind, []).append(day in seen)
        day += timedelta(days=1)
    closed = set()
    for kind in ("public", "customary", "bridge"):
        found = open_days.get(kind)
        if found is None:
            if kind in DEFAULT_CLOSED:
                closed.add(kind)
        elif sum(found) < len(found) / 2:
            closed.add(kind)
    return frozenset(closed)


def future_open_days(
    recorded: list[date],
    start: date,
    end: date,
    calendar: CountryCalendar,
    closed: Iterable[date] = (),
) -> list[date]:
    """The days in [start, end] the site will serve: its weekdays, minus its closed days off and
    the days closed by events."""
    weekdays = served_weekdays(recorded)
    closed_kinds = closed_day_off_kinds(recorded, weekdays, calendar)
    shut = set(closed)
    out = []
    day = start
    while day <= end:
        off = calendar.day_off(day)
        if (
            day.weekday() in weekdays
            and day not in shut
            and (off is None or off.kind not in closed_kinds)
        ):
            out.append(day)
        day += timedelta(days=1)
    return out
