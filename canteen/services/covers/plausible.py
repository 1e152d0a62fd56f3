"""A site's usual covers per service, and when a figure is far enough outside to ask about it.

A figure above 3× the site's usual busiest day (the 95th percentile of the last year's days for
that service), or above the site's capacity, is questioned: it is saved only once the user
confirms it is real. Without a year's worth of days the site's usual covers stand in.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import Headcount, Site
from canteen.services.covers.rows import UsualRange
from canteen.services.covers.sites import load_site

HISTORY_DAYS = 365
MIN_DAYS = 10  # fewer recorded days than this say too little about the usual range
FACTOR = 3
USUAL_SPREAD = 0.3  # the range around a site's usual covers when too little is recorded


def _rank(values: list[int], share: float) -> int:
    """The value below which `share` of the sorted values fall (nearest rank, no interpolation)."""
    return values[min(len(values) - 1, round(share * (len(values) - 1)))]


def range_from(values: list[int], service: str, usual: int, capacity: int) -> UsualRange | None:
    """The usual range from recorded days (covers > 0), else from the usual covers; None when
    there is nothing to judge by."""
    values = sorted(v for v in values if v > 0)
    if len(values) >= MIN_DAYS:
        low, high, busiest = _rank(values, 0.1), _rank(values, 0.9), _rank(values, 0.95)
    elif usual > 0:
        low, high = round(usual * (1 - USUAL_SPREAD)), round(usual * (1 + USUAL_SPREAD))
        busiest = high
    elif capacity > 0:
        return UsualRange(service, 0, 0, capacity, capacity)
    else:
        return None
    limit = FACTOR * busiest
    # A capacity below the busiest recorded day is out of date (or counts seats, not sittings).
    if capacity >= busiest:
        limit = min(limit, capacity)
    return UsualRange(service, low, high, max(limit, high), capacity)


def usual_ranges(
    session, site: Site, today: date, extra: dict[str, list[int]] | None = None
) -> dict[str, UsualRange | None]:
    """Every service's usual range at a site (inside a session), judged on the year before today
    and on `extra` figures per service (a file being imported)."""
    since = today - timedelta(days=HISTORY_DAYS)
    found: dict[str, list[int]] = {service: [] for service in site.service_list}
    for service, covers in session.execute(
        select(Headcount.service, Headcount.covers).where(
            Headcount.site_id == site.id, Headcount.day.between(since, today)
        )
    ):
        found.setdefault(service, []).append(covers)
    for service, values in (extra or {}).items():
        found.setdefault(service, []).extend(values)
    return {
        service: range_from(
            values, service, site.usual_covers if service == "lunch" else 0, site.capacity
        )
        for service, values in found.items()
    }


def usual_range(db: Database, site_id: str, service: str, today: date) -> UsualRange | None:
    """A service's usual range at a site; None when there is nothing to judge by."""
    with db.reading() as session:
        return usual_ranges(session, load_site(session, site_id), today).get(service)
