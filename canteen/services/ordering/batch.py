"""Order suggestions for many sites at once: shared data read once, each kind of row in one query.

Gives exactly what `suggest_order` gives for each site (tests compare the two on a demo file):
only the reading differs; the planned-portions rule, planned use and the engine are shared.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import Site, Supplier
from canteen.domain.weeks import IsoWeek
from canteen.errors import NotFoundError
from canteen.services.ordering import batch_reading as bulk
from canteen.services.ordering.level import check_level
from canteen.services.ordering.needs import read_recipes_for, use_from
from canteen.services.ordering.reading import read_offers, terms_from
from canteen.services.ordering.rows import Suggestion
from canteen.services.ordering.suggest import Read, assemble, week_needs
from canteen.services.portions import covers_from, lines_by_service, portions_from, shares_from
from canteen.services.stock import LOOKBACK_DAYS


def suggest_orders(
    db: Database,
    site_ids: Sequence[str],
    week: IsoWeek,
    *,
    now: datetime,
    service_level: float | None = None,
    prefer_organic: bool = False,
) -> dict[str, Suggestion]:
    """Each site's suggestion for the week, by site id, as `suggest_order` makes it."""
    level = check_level(service_level)
    ids = list(dict.fromkeys(site_ids))
    monday = week.monday()
    sunday = monday + timedelta(days=6)
    since = monday - timedelta(days=LOOKBACK_DAYS)
    with db.reading() as session:
        sites = {s.id: s for s in session.scalars(select(Site).where(Site.id.in_(ids)))}
        for site_id in ids:
            if site_id not in sites:
                raise NotFoundError("no such site", site_id=site_id)
        cells = bulk.read_cells(session, ids, since, sunday)
        recipe_ids = {v.recipe_id for site in cells.values() for v in site.values()}
        recipes, lines, facts, categories = read_recipes_for(session, recipe_ids)
        active = bulk.read_active_lines(session, ids)
        overrides = bulk.read_overrides(session, ids, since, sunday)
        forecasts = bulk.read_forecasts(session, ids, since, sunday)
        closings = bulk.read_closings(session, ids, since, sunday)
        records = bulk.read_share_records(session, ids, since)
        suppliers = session.scalars(select(Supplier)).all()
        own_terms = bulk.read_site_terms(session, ids)
        preferred = bulk.read_all_preferred(session, ids)
        counts = bulk.read_all_counts(session, ids, since, monday)
        receipts = bulk.read_all_receipts(session, ids, since, monday)
        on_order = bulk.read_all_on_order(session, ids, since, sunday)
        uses, parts = {}, {}
        for site_id in ids:
            by_service = lines_by_service(active.get(site_id, ()))
            covers = covers_from(
                sites[site_id],
                list(by_service),
                since,
                sunday,
                overrides.get(site_id, {}),
                forecasts.get(site_id, {}),
                closings.get(site_id, ()),
            )
            shares = {
                service: shares_from(records.get((site_id, service), ()), codes)
                for service, codes in by_service.items()
            }
            portions = {
                (p.day, p.service, p.line): p for p in portions_from(by_service, covers, shares)
            }
            uses[site_id] = use_from(
                cells.get(site_id, {}),
                portions,
                recipes,
                lines,
                facts,
                categories,
                level,
                monday,
                parts,
            )
        needed = {i: week_needs(use, monday) for i, use in uses.items()}
        offers = read_offers(session, set().union(*needed.values()))
    out = {}
    for site_id in ids:
        read = Read(
            uses[site_id],
            terms_from(suppliers, own_terms.get(site_id, {})),
            {i: offers[i] for i in needed[site_id] if i in offers},
            preferred.get(site_id, {}),
            counts.get(site_id, {}),
            receipts.get(site_id, {}),
            on_order.get(site_id, {}),
        )
        out[site_id] = assemble(site_id, week, now, level, prefer_organic, read)
    return out
