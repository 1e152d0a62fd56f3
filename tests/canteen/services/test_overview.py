"""The start page's figures for one site."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from canteen.db.models import Headcount, LocalInfo, MenuItem, MenuPlan, Recipe, SiteEvent
from canteen.domain.weeks import IsoWeek
from canteen.services.overview import database_facts, site_overview
from canteen.sync.state import LAST_OK
from tests.factories import (
    make_event,
    make_headcount,
    make_menu_plan,
    make_recipe,
    make_site,
    make_user,
    mark_demo,
)

TODAY = date(2026, 11, 25)  # a Wednesday in ISO week 48


def test_covers_are_summed_per_day_over_services_for_the_last_weeks(db):
    site = make_site(db)
    make_headcount(db, site, date(2026, 11, 23), 100, "lunch")
    make_headcount(db, site, date(2026, 11, 23), 20, "breakfast")
    make_headcount(db, site, date(2026, 11, 6), 80)  # Friday of week 45
    make_headcount(db, site, date(2026, 10, 30), 999)  # week 44: before the 4 weeks shown
    overview = site_overview(db, site, today=TODAY, weeks=4)
    assert [str(w.week) for w in overview.weeks] == ["2026-W45", "2026-W46", "2026-W47", "2026-W48"]
    assert overview.weeks[-1].days[0] == 120
    assert overview.weeks[0].days[4] == 80
    assert overview.weeks[1].days == (None,) * 7
    assert sum(w.total for w in overview.weeks) == 200


def test_other_sites_and_deleted_rows_do_not_count(db):
    site, other = make_site(db), make_site(db)
    make_headcount(db, other, date(2026, 11, 23), 50)
    deleted = make_headcount(db, site, date(2026, 11, 24), 70)
    with db.unit_of_work() as session:
        session.get(Headcount, deleted).deleted_at = datetime.now(UTC)
    overview = site_overview(db, site, today=TODAY)
    assert overview.weeks[-1].days[:2] == (None, None)
    assert overview.latest_headcount_day is None


def test_latest_day_is_the_last_day_with_covers_up_to_today(db):
    site = make_site(db)
    make_headcount(db, site, date(2026, 11, 20), 90)
    make_headcount(db, site, date(2026, 11, 24), 60)
    make_headcount(db, site, date(2026, 11, 24), 15, "dinner")
    make_headcount(db, site, date(2026, 11, 30), 10)  # after today: a mistake, not "latest"
    overview = site_overview(db, site, today=TODAY)
    assert (overview.latest_headcount_day, overview.latest_day_covers) == (date(2026, 11, 24), 75)


def test_menu_items_of_this_week_and_recipes_central_plus_own(db):
    site, other = make_site(db), make_site(db)
    central = make_recipe(db)
    own = make_recipe(db, site_id=site)
    make_recipe(db, site_id=other)
    days = IsoWeek.of(2026, 48).days(2)
    make_menu_plan(db, site, 2026, 48, [(days[0], central), (days[1], own)])
    make_menu_plan(db, site, 2026, 49, [(days[0], central)])
    overview = site_overview(db, site, today=TODAY)
    assert (overview.menu_items_this_week, overview.menu_status) == (2, "draft")
    assert overview.recipes_available == 2


def test_tombstoned_menu_items_recipes_and_plans_do_not_count(db):
    site = make_site(db)
    kept, gone = make_recipe(db), make_recipe(db)
    days = IsoWeek.of(2026, 48).days(2)
    plan = make_menu_plan(db, site, 2026, 48, [(days[0], kept), (days[1], kept)])
    with db.unit_of_work() as session:
        session.get(Recipe, gone).deleted_at = datetime.now(UTC)
        item = session.scalars(select(MenuItem).where(MenuItem.day == days[1])).one()
        item.deleted_at = datetime.now(UTC)
    overview = site_overview(db, site, today=TODAY)
    assert (overview.menu_items_this_week, overview.recipes_available) == (1, 1)
    with db.unit_of_work() as session:
        session.get(MenuPlan, plan).deleted_at = datetime.now(UTC)
    overview = site_overview(db, site, today=TODAY)
    assert (overview.menu_items_this_week, overview.menu_status) == (0, None)


def test_no_plan_this_week_says_so(db):
    site = make_site(db)
    overview = site_overview(db, site, today=TODAY)
    assert (overview.menu_items_this_week, overview.menu_status) == (0, None)


def test_upcoming_events_soonest_first_ended_ones_left_out(db):
    site = make_site(db)
    make_event(db, site, TODAY - timedelta(days=5), TODAY - timedelta(days=1), description="old")
    make_event(db, site, TODAY + timedelta(days=9), description="later")
    make_event(db, site, TODAY - timedelta(days=1), TODAY + timedelta(days=1), description="now")
    gone = make_event(db, site, TODAY + timedelta(days=2), description="deleted")
    with db.unit_of_work() as session:
        session.get(SiteEvent, gone).deleted_at = datetime.now(UTC)
    overview = site_overview(db, site, today=TODAY)
    assert [e.description for e in overview.upcoming_events] == ["now", "later"]
    assert overview.upcoming_event_count == 2


@pytest.fixture
def site(db):
    """One site without data."""
    return make_site(db)


# The examples only read, so sharing the function-scoped database between them is safe.
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)), st.integers(1, 8))
def test_weeks_end_with_the_week_of_today_and_are_consecutive(db, site, today, weeks):
    shown = [w.week for w in site_overview(db, site, today=today, weeks=weeks).weeks]
    assert shown[-1] == IsoWeek.containing(today)
    assert all(b == a.shifted(1) for a, b in zip(shown, shown[1:], strict=False))
    assert len(shown) == weeks


def test_database_facts_demo_label_last_sync_and_counts(db):
    make_user(db, "central")
    make_site(db)
    assert database_facts(db).demo_data is False
    assert database_facts(db).last_sync is None
    mark_demo(db)
    with db.unit_of_work() as session:
        session.add(LocalInfo(key=LAST_OK, value="2026-11-24T07:30:00+00:00"))
    facts = database_facts(db)
    assert facts.demo_data is True
    assert facts.last_sync == datetime(2026, 11, 24, 7, 30, tzinfo=UTC)
    assert (facts.site_count, facts.user_count) == (1, 1)
