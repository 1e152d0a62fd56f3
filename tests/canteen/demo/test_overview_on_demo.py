"""The start page's plain-SQL read model agrees with the ORM on a generated demo database."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, or_, select

from canteen.db.models import Headcount, MenuItem, MenuPlan, Recipe, SiteEvent
from canteen.services.overview import database_facts, site_overview
from canteen.services.sites import list_sites
from tests.canteen.demo.conftest import TODAY


def test_every_sites_overview_equals_the_orms_figures(demo):
    db = demo.db
    for site in list_sites(db):
        overview = site_overview(db, site.id, today=TODAY)
        first = overview.weeks[0].week.monday()
        last = overview.week.monday() + timedelta(days=6)
        with db.reading() as session:
            covers = session.scalar(
                select(func.sum(Headcount.covers)).where(
                    Headcount.site_id == site.id, Headcount.day.between(first, last)
                )
            )
            latest = session.scalar(
                select(func.max(Headcount.day)).where(
                    Headcount.site_id == site.id, Headcount.day <= TODAY
                )
            )
            items = session.scalar(
                select(func.count(MenuItem.id))
                .join(MenuPlan, MenuItem.menu_plan_id == MenuPlan.id)
                .where(
                    MenuPlan.site_id == site.id,
                    MenuPlan.iso_year == overview.week.year,
                    MenuPlan.iso_week == overview.week.week,
                )
            )
            recipes = session.scalar(
                select(func.count(Recipe.id)).where(
                    or_(Recipe.site_id.is_(None), Recipe.site_id == site.id)
                )
            )
            events = session.execute(
                select(SiteEvent.start_date, SiteEvent.end_date)
                .where(SiteEvent.site_id == site.id, SiteEvent.end_date >= TODAY)
                .order_by(SiteEvent.start_date, SiteEvent.end_date)
            ).all()
        assert sum(week.total for week in overview.weeks) == (covers or 0)
        assert overview.latest_headcount_day == latest
        assert overview.menu_items_this_week == items
        assert overview.recipes_available == recipes
        assert overview.upcoming_event_count == len(events)
        # Events on the same days may come in either order: compare their days.
        shown = [(event.start_date, event.end_date) for event in overview.upcoming_events]
        assert shown == [tuple(row) for row in events[:5]]
    assert database_facts(db).site_count == len(list_sites(db)) == 12
    assert database_facts(db).demo_data is True
