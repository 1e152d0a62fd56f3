"""The order suggestion for one site and ISO week, read from the database."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from canteen.db.engine import Database
from canteen.db.models import Site
from canteen.domain.weeks import IsoWeek
from canteen.errors import NotFoundError
from canteen.services.ordering.choice import Offer
from canteen.services.ordering.deliveries import Terms
from canteen.services.ordering.engine import Inputs, Need, build_suggestion
from canteen.services.ordering.level import check_level
from canteen.services.ordering.needs import PlannedUse, planned_use
from canteen.services.ordering.reading import (
    read_offers,
    read_preferred,
    read_terms,
    without_orders,
)
from canteen.services.ordering.rows import NO_MENU, Flag, Suggestion
from canteen.services.stock import (
    LOOKBACK_DAYS,
    combine,
    read_latest_counts,
    read_on_order,
    read_receipts,
)


def suggest_order(
    db: Database,
    site_id: str,
    week: IsoWeek,
    *,
    now: datetime,
    service_level: float | None = None,
    prefer_organic: bool = False,
    not_on_order: Collection[str] = (),
) -> Suggestion:
    """Draft orders for the week's menus: need − expected stock − on order, in whole packs.

    `now` is the local time the suggestion is made at: deliveries whose cut-off has passed are
    not offered. A week with no menu gives no orders and the flag `no_menu`. The orders
    `not_on_order` (ids) are left out of what is on order: the drafts being recalculated.
    """
    level = check_level(service_level)
    monday = week.monday()
    sunday = monday + timedelta(days=6)
    since = monday - timedelta(days=LOOKBACK_DAYS)
    with db.reading() as session:
        if session.get(Site, site_id) is None:
            raise NotFoundError("no such site", site_id=site_id)
    # One read for the weeks before (planned use since the last count) and the week itself.
    use = planned_use(db, site_id, since, sunday, level, raise_from=monday)
    needed = week_needs(use, monday)
    with db.reading() as session:
        terms = read_terms(session, site_id)
        offers = read_offers(session, needed)
        preferred = read_preferred(session, site_id)
        counts = read_latest_counts(session, site_id, since, monday)
        receipts = read_receipts(session, site_id, since, monday)
        on_order = read_on_order(session, site_id, since, sunday)
        if not_on_order:
            on_order = without_orders(session, on_order, not_on_order)
    read = Read(use, terms, offers, preferred, counts, receipts, on_order)
    return assemble(site_id, week, now, level, prefer_organic, read)


@dataclass(frozen=True)
class Read:
    """What one site's suggestion is made from, as read (one site's or a batch's share)."""

    use: PlannedUse
    terms: Mapping[str, Terms]
    offers: Mapping[str, list[Offer]]
    preferred: Mapping[str, str]
    counts: Mapping[str, tuple[date, float]]
    receipts: Mapping[str, list[tuple[date, float]]]
    on_order: Mapping[str, float]


def week_needs(use: PlannedUse, monday: date) -> set[str]:
    """The ingredients the week's dishes use."""
    return {i for i in use.uses if use.from_day(i, monday)}


def assemble(
    site_id: str,
    week: IsoWeek,
    now: datetime,
    level: float | None,
    prefer_organic: bool,
    read: Read,
) -> Suggestion:
    """The suggestion from what was read: needs, expected stock, flags, then the engine."""
    use = read.use
    monday = week.monday()
    since = monday - timedelta(days=LOOKBACK_DAYS)
    flags = [f for f in use.flags if f.day is None or f.day >= monday]
    if not use.dishes(monday):
        flags.append(Flag(NO_MENU, day=monday, data={"week": str(week)}))
    week_uses = {i: use.from_day(i, monday) for i in use.uses}
    needed = {i for i, uses in week_uses.items() if uses}
    stock = combine(monday, needed, read.counts, read.receipts, use, since)
    needs = [
        Need(i, info.name, info.unit, info.category, week_uses[i])
        for i, info in use.ingredients.items()
        if i in needed
    ]
    inputs = Inputs(
        site_id=site_id,
        week=str(week),
        now=now,
        needs=needs,
        offers=read.offers,
        terms=read.terms,
        stock={i: s.expected for i, s in stock.items()},
        on_order=read.on_order,
        preferred=read.preferred,
        prefer_organic=prefer_organic,
        service_level=level,
        flags=flags,
    )
    return build_suggestion(inputs)
