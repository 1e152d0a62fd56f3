"""What the start page shows: a site's recent covers, this week's menu, recipes and events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select

from canteen.db.engine import Database
from canteen.db.models import (
    AppUser,
    Headcount,
    LocalInfo,
    MenuItem,
    MenuPlan,
    Recipe,
    Site,
    SiteEvent,
)
from canteen.domain.weeks import IsoWeek
from canteen.services.covers import EventRow, event_row
from canteen.services.sites import SiteRow, get_site

# LocalInfo keys: the demo generator writes DEMO_KEY; sync writes LAST_SYNC_KEY (ISO timestamp).
DEMO_KEY = "demo_data"
LAST_SYNC_KEY = "last_sync"
UPCOMING_EVENTS_SHOWN = 5


@dataclass(frozen=True)
class WeekCovers:
    """Covers per day of one ISO week, Monday first; None where nothing was recorded."""

    week: IsoWeek
    days: tuple[int | None, ...]

    @property
    def total(self) -> int:
        """All covers recorded in the week."""
        return sum(covers for covers in self.days if covers is not None)


@dataclass(frozen=True)
class SiteOverview:
    """The start page of one site on `today`."""

    site: SiteRow
    today: date
    week: IsoWeek
    weeks: tuple[WeekCovers, ...]
    latest_headcount_day: date | None
    latest_day_covers: int | None
    menu_items_this_week: int
    menu_status: str | None
    recipes_available: int
    upcoming_event_count: int
    upcoming_events: tuple[EventRow, ...]


@dataclass(frozen=True)
class DatabaseFacts:
    """Facts about the open database file for the status bar."""

    demo_data: bool
    last_sync: datetime | None
    site_count: int
    user_count: int


def site_overview(db: Database, site_id: str, *, today: date, weeks: int = 4) -> SiteOverview:
    """The overview of `site_id`: covers of the last `weeks` ISO weeks (this one last) and more."""
    site = get_site(db, site_id)
    this_week = IsoWeek.containing(today)
    shown = [this_week.shifted(-back) for back in range(weeks - 1, -1, -1)]
    first_day, last_day = shown[0].monday(), this_week.monday() + timedelta(days=6)
    with db.reading() as session:
        per_day = dict(
            session.execute(
                select(Headcount.day, func.sum(Headcount.covers))
                .where(Headcount.site_id == site_id)
                .where(Headcount.day.between(first_day, last_day))
                .group_by(Headcount.day)
            ).all()
        )
        latest = session.execute(
            select(Headcount.day, func.sum(Headcount.covers))
            .where(Headcount.site_id == site_id, Headcount.day <= today)
            .group_by(Headcount.day)
            .order_by(Headcount.day.desc())
            .limit(1)
        ).first()
        plan = session.execute(
            select(MenuPlan.id, MenuPlan.status).where(
                MenuPlan.site_id == site_id,
                MenuPlan.iso_year == this_week.year,
                MenuPlan.iso_week == this_week.week,
            )
        ).first()
        menu_items = 0
        if plan is not None:
            menu_items = session.scalar(
                select(func.count(MenuItem.id)).where(MenuItem.menu_plan_id == plan.id)
            )
        recipes = session.scalar(
            select(func.count(Recipe.id)).where(
                or_(Recipe.site_id.is_(None), Recipe.site_id == site_id)
            )
        )
        upcoming = (SiteEvent.site_id == site_id, SiteEvent.end_date >= today)
        event_count = session.scalar(select(func.count(SiteEvent.id)).where(*upcoming))
        events = session.scalars(
            select(SiteEvent)
            .where(*upcoming)
            .order_by(SiteEvent.start_date, SiteEvent.end_date)
            .limit(UPCOMING_EVENTS_SHOWN)
        ).all()
        return SiteOverview(
            site=site,
            today=today,
            week=this_week,
            weeks=tuple(
                WeekCovers(week, tuple(per_day.get(day) for day in week.days())) for week in shown
            ),
            latest_headcount_day=None if latest is None else latest[0],
            latest_day_covers=None if latest is None else latest[1],
            menu_items_this_week=menu_items or 0,
            menu_status=None if plan is None else plan.status,
            recipes_available=recipes or 0,
            upcoming_event_count=event_count or 0,
            upcoming_events=tuple(event_row(event) for event in events),
        )


def database_facts(db: Database) -> DatabaseFacts:
    """Whether the file holds generated demo data, when it last synced, how many sites and users."""
    with db.reading() as session:
        info = dict(
            session.execute(
                select(LocalInfo.key, LocalInfo.value).where(
                    LocalInfo.key.in_((DEMO_KEY, LAST_SYNC_KEY))
                )
            ).all()
        )
        site_count = session.scalar(select(func.count(Site.id)))
        user_count = session.scalar(select(func.count(AppUser.id)))
    return DatabaseFacts(
        demo_data=DEMO_KEY in info,
        last_sync=_timestamp(info.get(LAST_SYNC_KEY)),
        site_count=site_count or 0,
        user_count=user_count or 0,
    )


def _timestamp(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
