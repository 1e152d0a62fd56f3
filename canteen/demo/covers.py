"""Covers: a site's known events, the covers expected per day and service, and the headcounts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from canteen.db.models import Headcount, SiteEvent
from canteen.demo.context import PLAN_WEEKS_AHEAD, Context
from canteen.demo.org import DemoSite
from canteen.domain.calendar import day_off, school_holiday_week

# Summer weeks 27-32, lowest in 28-30.
SUMMER = {27: 0.85, 28: 0.62, 29: 0.56, 30: 0.6, 31: 0.78, 32: 0.9}
# Lunch by ISO weekday: Monday to Thursday high, Friday lower, weekends only at shift stations.
LUNCH_BY_WEEKDAY = (1.0, 1.04, 1.02, 0.97, 0.74, 0.24, 0.21)
DINNER_BY_WEEKDAY = (0.18, 0.18, 0.18, 0.17, 0.15, 0.14, 0.14)
DAY_OFF_FACTOR = {"customary": 0.35, "bridge": 0.5}
SOUP_SHARE = 0.12
_COURSES = (
    "Kursus i færdselskontrol",
    "Efteruddannelse for efterforskere",
    "Kursus i konflikthåndtering",
    "Skydeinstruktørkursus",
    "Temadag for ledere",
    "Førstehjælpskursus for patruljen",
)
_OPERATIONS = (
    "Større politiindsats ved topmøde",
    "Døgnbemandet efterforskning",
    "Indsats ved stor koncert",
    "Grænsekontrol med forstærkning",
)


@dataclass(frozen=True)
class DemoEvent:
    """A site event as written to site_event."""

    start: date
    end: date
    kind: str
    effect_pct: float | None
    service: str | None
    description: str

    def days(self) -> list[date]:
        """Every date the event covers."""
        return [self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1)]


def season_factor(day: date, winter_week: int | None) -> float:
    """How school holidays and the time of year move covers (1.0 = an ordinary week)."""
    week = day.isocalendar().week
    factor = SUMMER.get(week, 1.0)
    if week == winter_week:
        factor *= 0.85
    elif week == 42:
        factor *= 0.88
    elif week == 51:
        factor *= 0.92
    elif 3 <= week <= 9:
        factor *= 0.97  # the winter's colds
    if school_holiday_week(day) == "easter":
        factor *= 0.8
    return factor


class CoverModel:
    """Expected covers of one site; the generator adds noise to get what was actually eaten."""

    def __init__(self, site: DemoSite, today: date, events: list[DemoEvent]) -> None:
        self.site = site
        self.today = today
        self.closed: set[date] = set()
        self.effects: dict[date, list[tuple[str | None, float]]] = {}
        for event in events:
            for day in event.days():
                if event.kind == "closed":
                    self.closed.add(day)
                elif event.effect_pct is not None:
                    factor = 1 + event.effect_pct / 100
                    self.effects.setdefault(day, []).append((event.service, factor))
        self._levels: dict[date, float] = {}

    def _years_from_today(self, day: date) -> float:
        return (day - self.today).days / 365.25

    def level(self, day: date) -> float:
        """The day's lunch level before the weekday profile; 0 when the canteen is closed."""
        found = self._levels.get(day)
        if found is None:
            off = day_off(day)
            if day in self.closed or (off is not None and off.kind == "public"):
                found = 0.0
            else:
                found = self.site.usual_covers * (1 + self.site.trend) ** self._years_from_today(
                    day
                )
                found *= season_factor(day, self.site.winter_week)
                if off is not None:
                    found *= DAY_OFF_FACTOR.get(off.kind, 1.0)
            self._levels[day] = found
        return found

    def expected(self, day: date, service: str) -> float:
        """Covers expected on `day` for `service` (0 when not served)."""
        if service not in self.site.services:
            return 0.0
        level = self.level(day)
        weekday = day.weekday()
        if not level or (weekday >= 5 and not self.site.weekends):
            return 0.0
        if service == "lunch":
            factor = LUNCH_BY_WEEKDAY[weekday]
        elif service == "breakfast":
            factor = self.site.breakfast_share * (1.0 if weekday < 5 else 0.5)
        else:
            factor = DINNER_BY_WEEKDAY[weekday]
        for only, effect in self.effects.get(day, ()):
            if only is None or only == service:
                factor *= effect
        return level * factor

    def veg_share(self, day: date) -> float:
        """The vegetarian line's share of lunch, slowly growing over the years."""
        share = self.site.veg_share + 0.015 * self._years_from_today(day)
        return min(0.45, max(0.08, share))

    def lunch_shares(self, day: date) -> dict[str, float]:
        """Each hot lunch line's share of the covers on `day`."""
        lines = self.site.active_lines.get("lunch", ())
        if day.weekday() >= 5:
            return {"dagens": 1.0}
        shares = {"vegetar": self.veg_share(day)}
        if "suppe" in lines:
            shares["suppe"] = SOUP_SHARE
        shares["dagens"] = 1.0 - sum(shares.values())
        return shares


def make_events(ctx: Context, site: DemoSite) -> list[DemoEvent]:
    """Courses, operations, visits and building works, past and known ahead; written as rows."""
    rng = ctx.rng("events", site.code)
    horizon = ctx.today + timedelta(weeks=PLAN_WEEKS_AHEAD)
    quiet = {7, 8, 42, *range(26, 34)}
    weeks = [w for w in range(2, 51) if w not in quiet]
    events: list[DemoEvent] = []
    for year in range(ctx.first_day.year, ctx.today.year + 1):
        for _ in range(rng.randint(1, 2)):
            monday = date.fromisocalendar(year, rng.choice(weeks), 1)
            end = monday + timedelta(days=rng.choice((2, 3, 4)))
            events.append(DemoEvent(monday, end, "course", 20.0, "lunch", rng.choice(_COURSES)))
        if rng.random() < 0.5:
            start = date.fromisocalendar(year, rng.choice(weeks), rng.randint(1, 4))
            end = start + timedelta(days=rng.randint(1, 3))
            events.append(DemoEvent(start, end, "operation", 35.0, None, rng.choice(_OPERATIONS)))
        if rng.random() < 0.25:
            day = date.fromisocalendar(year, rng.choice(weeks), rng.randint(1, 4))
            visit = "Statsbesøg - ekstra vagter"
            events.append(DemoEvent(day, day, "visit", 15.0, "lunch", visit))
    works = (
        ("closed", None, "Lukket: ombygning af køkkenet"),
        ("building_works", -40.0, "Renovering af kantinen - begrænset udvalg"),
    )
    for kind, effect, description in works:
        if rng.random() < 0.25:
            # Two weeks from a Monday at least a month inside the past period.
            span = max(31, (ctx.today - ctx.first_day).days - 30)
            start = ctx.first_day + timedelta(days=rng.randint(30, span))
            start -= timedelta(days=start.weekday())
            end = start + timedelta(days=11)
            events.append(DemoEvent(start, end, kind, effect, None, description))
    if rng.random() < 0.5:
        monday = ctx.today + timedelta(days=7 * rng.randint(1, 5) - ctx.today.weekday())
        end = monday + timedelta(days=rng.choice((2, 3, 4)))
        events.append(DemoEvent(monday, end, "course", 20.0, "lunch", rng.choice(_COURSES)))
    events = [e for e in events if e.end >= ctx.first_day and e.start <= horizon]
    events.sort(key=lambda e: (e.start, e.end, e.kind))
    ctx.out.add(
        SiteEvent,
        [
            {
                "id": ctx.ids(),
                "site_id": site.id,
                "start_date": e.start,
                "end_date": e.end,
                "kind": e.kind,
                "effect_pct": e.effect_pct,
                "service": e.service,
                "description": e.description,
            }
            for e in events
        ],
    )
    return events


def make_headcounts(ctx: Context, site: DemoSite, model: CoverModel) -> list[tuple[date, str, int]]:
    """Daily covers up to yesterday with noise; returns (day, service, covers) as written."""
    rng = site.rng
    rows, eaten = [], []
    day = ctx.first_day
    while day <= ctx.yesterday:
        for service in site.services:
            expected = model.expected(day, service)
            if expected <= 0:
                continue
            covers = int(round(expected * max(0.0, rng.gauss(1.0, 0.07))))
            if covers <= 0:
                continue
            portions = _split(covers, model.lunch_shares(day), rng) if service == "lunch" else None
            rows.append(
                {
                    "id": Headcount.id_for(site.id, day, service),
                    "site_id": site.id,
                    "day": day,
                    "service": service,
                    "covers": covers,
                    "source": "demo",
                    "line_portions": portions,
                }
            )
            eaten.append((day, service, covers))
        day += timedelta(days=1)
    ctx.out.add(Headcount, rows)
    return eaten


def _split(covers: int, shares: dict[str, float], rng) -> str:
    """Covers split over the hot lunch lines as JSON; the parts add up to the covers."""
    parts: dict[str, int] = {}
    left = covers
    for line, share in shares.items():
        if line == "dagens":
            continue
        part = min(left, max(0, int(round(covers * share * rng.uniform(0.85, 1.15)))))
        parts[line] = part
        left -= part
    return json.dumps({"dagens": left, **parts})
