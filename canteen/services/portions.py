"""Planned portions: how many portions of each menu line a site plans for on each day.

The one rule, used by the week planner and by ordering: a day's covers are the manager's
override, else 0 when an event closes the site, else the latest stored forecast, else the site's
usual covers (weekday lunches); a line's portions are those covers × the line's share, rounded
up. A line's share is its recorded portions per cover over the eight weeks before the first
planned day; a line nobody recorded portions for gets an equal share.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from canteen.db.engine import Database
from canteen.db.models import Forecast, ForecastOverride, Headcount, MenuLine, Site, SiteEvent
from canteen.db.models.org import SERVICES
from canteen.errors import NotFoundError

OVERRIDE, CLOSED, FORECAST, USUAL, NONE = "override", "closed", "forecast", "usual", "none"
SHARE_WEEKS = 8


@dataclass(frozen=True)
class DayCovers:
    """Covers to plan for on a day and service, where they come from, and the forecast's upper
    bound (None unless the number is a forecast); `closed_reason` names a closing event."""

    day: date
    service: str
    covers: int
    source: str
    high: int | None = None
    closed_reason: str = ""


@dataclass(frozen=True)
class PlannedPortions:
    """Portions of one menu line on a day: covers × share, and the same at the forecast's upper
    bound (`high`, for planning to a service level; None unless the covers are a forecast)."""

    day: date
    service: str
    line: str
    portions: int
    source: str
    covers: int
    share: float
    high: int | None = None
    closed_reason: str = ""


def portions_of(covers: float, share: float) -> int:
    """Portions for covers × share, rounded up (a portion short is worse than one over)."""
    return max(0, math.ceil(round(covers * share, 6)))


def shares_from(
    records: Iterable[tuple[int, str | None]], lines: Sequence[str]
) -> dict[str, float]:
    """Each line's share from recorded days as (covers, portions per line as JSON).

    Days whose portions are unreadable do not count. A line no day recorded gets 1 / len(lines).
    """
    lines = list(lines)
    if not lines:
        return {}
    covers = 0
    portions: dict[str, float] = {}
    for day_covers, text in records:
        try:
            recorded = json.loads(text or "")
        except ValueError:
            continue
        if not isinstance(recorded, dict):
            continue
        covers += day_covers
        for line, count in recorded.items():
            if isinstance(count, int | float) and not isinstance(count, bool) and count >= 0:
                portions[line] = portions.get(line, 0.0) + float(count)
    equal = 1 / len(lines)
    if covers <= 0:
        return dict.fromkeys(lines, equal)
    return {line: portions[line] / covers if line in portions else equal for line in lines}


def read_line_shares(
    session: Session, site_id: str, service: str, lines: Sequence[str], before: date
) -> dict[str, float]:
    """The lines' shares from portions recorded in the eight weeks before `before`."""
    records = session.execute(
        select(Headcount.covers, Headcount.line_portions).where(
            Headcount.site_id == site_id,
            Headcount.service == service,
            Headcount.day < before,
            Headcount.day >= before - timedelta(weeks=SHARE_WEEKS),
            Headcount.line_portions.is_not(None),
        )
    ).all()
    return shares_from(records, lines)


def read_day_covers(
    session: Session, site_id: str, first: date, last: date, services: Iterable[str] | None = None
) -> dict[tuple[date, str], DayCovers]:
    """Covers to plan for on every day from `first` to `last`, by (day, service)."""
    site = session.get(Site, site_id)
    if site is None:
        raise NotFoundError("no such site", site_id=site_id)
    services = list(site.service_list if services is None else services)
    in_range = dict(site_id=site_id)
    overrides = {
        (o.day, o.service): o.covers
        for o in session.scalars(
            select(ForecastOverride)
            .filter_by(**in_range)
            .where(ForecastOverride.day.between(first, last))
        )
    }
    forecasts: dict[tuple[date, str], Forecast] = {}
    for f in session.scalars(
        select(Forecast)
        .filter_by(**in_range)
        .where(Forecast.day.between(first, last))
        .order_by(Forecast.made_on)
    ):
        forecasts[(f.day, f.service)] = f  # the latest made wins
    closing = session.scalars(
        select(SiteEvent)
        .filter_by(**in_range, kind="closed")
        .where(SiteEvent.start_date <= last, SiteEvent.end_date >= first)
    ).all()
    return covers_from(site, services, first, last, overrides, forecasts, closing)


def covers_from(
    site: Site,
    services: Iterable[str],
    first: date,
    last: date,
    overrides: dict[tuple[date, str], int],
    forecasts: dict[tuple[date, str], Forecast],
    closing: Sequence[SiteEvent],
) -> dict[tuple[date, str], DayCovers]:
    """The covers rule on what was read: override, closed, latest forecast, usual covers, none."""
    services = list(services)
    out = {}
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        for service in services:
            key = (day, service)
            reason = next(
                (
                    e.description
                    for e in closing
                    if e.start_date <= day <= e.end_date and e.service in (None, service)
                ),
                None,
            )
            if key in overrides:
                out[key] = DayCovers(day, service, overrides[key], OVERRIDE)
            elif reason is not None:
                out[key] = DayCovers(day, service, 0, CLOSED, closed_reason=reason)
            elif key in forecasts:
                f = forecasts[key]
                out[key] = DayCovers(day, service, round(f.covers), FORECAST, math.ceil(f.high))
            elif service == "lunch" and site.usual_covers > 0 and day.weekday() < 5:
                out[key] = DayCovers(day, service, site.usual_covers, USUAL)
            else:
                out[key] = DayCovers(day, service, 0, NONE)
    return out


def day_covers(
    db: Database, site_id: str, first: date, last: date, services: Iterable[str] | None = None
) -> dict[tuple[date, str], DayCovers]:
    """Covers to plan for on every day from `first` to `last`, by (day, service), in one read."""
    with db.reading() as session:
        return read_day_covers(session, site_id, first, last, services)


def planned_portions(
    db: Database,
    site_id: str,
    first: date,
    last: date,
    *,
    services: Iterable[str] | None = None,
    lines: Iterable[str] | None = None,
) -> list[PlannedPortions]:
    """Portions of every active menu line (or `lines`) on every day from `first` to `last`."""
    with db.reading() as session:
        active = session.scalars(
            select(MenuLine).where(MenuLine.site_id == site_id, MenuLine.active.is_(True))
        ).all()
        by_service = lines_by_service(active, services)
        covers = read_day_covers(session, site_id, first, last, list(by_service))
        shares = {
            service: read_line_shares(session, site_id, service, codes, first)
            for service, codes in by_service.items()
        }
    return portions_from(by_service, covers, shares, lines)


def lines_by_service(
    active: Iterable[MenuLine], services: Iterable[str] | None = None
) -> dict[str, list[str]]:
    """Active line codes per service in the planner's order (only `services` when given)."""
    by_service: dict[str, list[str]] = {}
    for line in sorted(active, key=lambda x: (x.position, x.code)):
        by_service.setdefault(line.service, []).append(line.code)
    if services is not None:
        by_service = {s: codes for s, codes in by_service.items() if s in set(services)}
    return by_service


def portions_from(
    by_service: dict[str, list[str]],
    covers: dict[tuple[date, str], DayCovers],
    shares: dict[str, dict[str, float]],
    lines: Iterable[str] | None = None,
) -> list[PlannedPortions]:
    """Each line's portions from the day's covers and its share, by day, service and line."""
    wanted = None if lines is None else set(lines)
    out = []
    for (day, service), planned in sorted(
        covers.items(), key=lambda kv: (kv[0][0], SERVICES.index(kv[0][1]))
    ):
        for line in by_service[service]:
            if wanted is not None and line not in wanted:
                continue
            share = shares[service][line]
            out.append(
                PlannedPortions(
                    day,
                    service,
                    line,
                    portions_of(planned.covers, share),
                    planned.source,
                    planned.covers,
                    share,
                    None if planned.high is None else portions_of(planned.high, share),
                    planned.closed_reason,
                )
            )
    return out
