"""What the start page shows: a site's recent covers, this week's menu, recipes and events.

The page's one read model, used at start and on every refresh. It reads over the plain DB-API
connection (`Database.dbapi`), so the app paints the site's figures before SQLAlchemy and the
models have loaded (about a third of a second on a start). Tombstoned rows are left out in the
SQL, as the sessions do elsewhere; tests/canteen/services/test_overview.py checks that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from canteen.db.engine import Database
from canteen.domain.weeks import IsoWeek
from canteen.services.sites import SiteRow, get_site

# LocalInfo keys: the demo generator writes DEMO_KEY; sync writes LAST_SYNC_KEY (ISO timestamp).
DEMO_KEY = "demo_data"
LAST_SYNC_KEY = "sync.last_ok_at"  # the same key as canteen.sync.state.LAST_OK
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
class UpcomingEvent:
    """A site event as the start page lists it (the covers area's `EventRow` has the same fields)."""

    id: str
    site_id: str
    start_date: date
    end_date: date
    kind: str
    effect_pct: float | None
    service: str | None
    description: str


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
    upcoming_events: tuple[UpcomingEvent, ...]


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
    # Dates are ISO text in the file ('YYYY-MM-DD'), so they compare as text.
    with db.dbapi() as connection:
        per_day = {
            date.fromisoformat(day): covers
            for day, covers in connection.execute(
                "SELECT day, sum(covers) FROM headcount"
                " WHERE site_id = ? AND day BETWEEN ? AND ? AND deleted_at IS NULL"
                " GROUP BY day",
                (site_id, first_day.isoformat(), last_day.isoformat()),
            )
        }
        latest = connection.execute(
            "SELECT day, sum(covers) FROM headcount"
            " WHERE site_id = ? AND day <= ? AND deleted_at IS NULL"
            " GROUP BY day ORDER BY day DESC LIMIT 1",
            (site_id, today.isoformat()),
        ).fetchone()
        plan = connection.execute(
            "SELECT id, status FROM menu_plan WHERE site_id = ? AND iso_year = ?"
            " AND iso_week = ? AND deleted_at IS NULL",
            (site_id, this_week.year, this_week.week),
        ).fetchone()
        menu_items = 0
        if plan is not None:
            menu_items = _count(
                connection,
                "menu_item WHERE menu_plan_id = ? AND deleted_at IS NULL",
                (plan[0],),
            )
        recipes = _count(
            connection,
            "recipe WHERE (site_id IS NULL OR site_id = ?) AND deleted_at IS NULL",
            (site_id,),
        )
        upcoming = "site_event WHERE site_id = ? AND end_date >= ? AND deleted_at IS NULL"
        event_count = _count(connection, upcoming, (site_id, today.isoformat()))
        events = connection.execute(
            "SELECT id, site_id, start_date, end_date, kind, effect_pct, service, description"
            f" FROM {upcoming} ORDER BY start_date, end_date LIMIT ?",
            (site_id, today.isoformat(), UPCOMING_EVENTS_SHOWN),
        ).fetchall()
    return SiteOverview(
        site=site,
        today=today,
        week=this_week,
        weeks=tuple(
            WeekCovers(week, tuple(per_day.get(day) for day in week.days())) for week in shown
        ),
        latest_headcount_day=None if latest is None else date.fromisoformat(latest[0]),
        latest_day_covers=None if latest is None else latest[1],
        menu_items_this_week=menu_items,
        menu_status=None if plan is None else plan[1],
        recipes_available=recipes,
        upcoming_event_count=event_count,
        upcoming_events=tuple(_upcoming_event(row) for row in events),
    )


def _count(connection, rows: str, parameters: tuple) -> int:
    return connection.execute(f"SELECT count(*) FROM {rows}", parameters).fetchone()[0]


def _upcoming_event(row: tuple) -> UpcomingEvent:
    event_id, site_id, start, end, kind, effect_pct, service, description = row
    return UpcomingEvent(
        event_id,
        site_id,
        date.fromisoformat(start),
        date.fromisoformat(end),
        kind,
        effect_pct,
        service,
        description,
    )


def database_facts(db: Database) -> DatabaseFacts:
    """Whether the file holds generated demo data, when it last synced, how many sites and users."""
    with db.dbapi() as connection:
        info = dict(
            connection.execute(
                "SELECT key, value FROM local_info WHERE key IN (?, ?)", (DEMO_KEY, LAST_SYNC_KEY)
            )
        )
        site_count = _count(connection, "site WHERE deleted_at IS NULL", ())
        user_count = _count(connection, "app_user WHERE deleted_at IS NULL", ())
    return DatabaseFacts(
        demo_data=DEMO_KEY in info,
        last_sync=_timestamp(info.get(LAST_SYNC_KEY)),
        site_count=site_count,
        user_count=user_count,
    )


def _timestamp(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
