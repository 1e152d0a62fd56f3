"""Menu plans for the past year and the weeks ahead, some sites on a 6-week rotation."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

from canteen.db.models import MenuCycle, MenuCycleItem, MenuItem, MenuPlan
from canteen.demo.context import PLAN_WEEKS_AHEAD, PLAN_WEEKS_BACK, Context
from canteen.demo.covers import CoverModel
from canteen.demo.org import DemoSite
from canteen.demo.recipes import RecipeBook
from canteen.domain.weeks import IsoWeek

CYCLE_WEEKS = 6
# Planned portions per line and position, as a share of the service's covers.
EXTRA_SHARES = {
    ("salatbar", 0): 0.55,
    ("salatbar", 1): 0.35,
    ("brod", 0): 0.5,
    ("dessert", 0): 0.45,
    ("morgenmad", 0): 0.8,
    ("morgenmad", 1): 0.4,
    ("aftensmad", 0): 0.85,
    ("natmad", 0): 0.4,
}
BASE_SALAD = "salatbar_groent"
BREAKFAST_BUFFET = "morgenbuffet"

# One planned dish: (line, position) -> recipe id.
Slots = dict[tuple[str, int], str]


class Deck:
    """Draws recipes in shuffled rounds, so a dish comes back only after the others."""

    def __init__(self, rng: random.Random, recipes: list[str]) -> None:
        self.rng = rng
        self.recipes = list(recipes)
        self.queue: list[str] = []
        self.last: str | None = None

    def draw(self) -> str:
        """The next recipe."""
        if not self.queue:
            self.queue = self.recipes[:]
            self.rng.shuffle(self.queue)
            # Never the same dish twice in a row across two rounds.
            if len(self.queue) > 1 and self.queue[-1] == self.last:
                self.queue.insert(0, self.queue.pop())
        self.last = self.queue.pop()
        return self.last


class Planner:
    """Chooses a site's dishes day by day from its recipe pools."""

    def __init__(self, site: DemoSite, book: RecipeBook) -> None:
        rng = site.rng
        self.site = site
        self.base_salad = book.site_copies.get(site.id, {}).get(
            book.by_key[BASE_SALAD], book.by_key[BASE_SALAD]
        )
        self.buffet = book.by_key[BREAKFAST_BUFFET]
        self.decks = {
            line: Deck(
                rng,
                [r for r in book.pool(site.id, line) if r not in (self.base_salad, self.buffet)],
            )
            for line in (
                "dagens",
                "vegetar",
                "suppe",
                "salatbar",
                "brod",
                "dessert",
                "morgenmad",
                "natmad",
            )
        }
        self.decks["aftensmad"] = Deck(rng, book.pool(site.id, "dagens"))

    def lunch_weekday(self) -> Slots:
        """A weekday's lunch: one dish per active line, two on the salad bar."""
        slots: Slots = {}
        for line in self.site.active_lines.get("lunch", ()):
            if line == "salatbar":
                slots[(line, 0)] = self.base_salad
                slots[(line, 1)] = self.decks[line].draw()
            else:
                slots[(line, 0)] = self.decks[line].draw()
        return slots

    def other(self, day: date) -> dict[str, Slots]:
        """Weekend lunch, breakfast and dinner dishes of a day, by service."""
        services: dict[str, Slots] = {}
        weekday = day.weekday()
        if weekday >= 5 and "dagens" in self.site.active_lines.get("lunch", ()):
            services["lunch"] = {("dagens", 0): self.decks["dagens"].draw()}
        if "breakfast" in self.site.services:
            slots = {("morgenmad", 0): self.buffet}
            if weekday < 5:
                slots[("morgenmad", 1)] = self.decks["morgenmad"].draw()
            services["breakfast"] = slots
        if "dinner" in self.site.services:
            slots = {("aftensmad", 0): self.decks["aftensmad"].draw()}
            if "natmad" in self.site.active_lines.get("dinner", ()):
                slots[("natmad", 0)] = self.decks["natmad"].draw()
            services["dinner"] = slots
        return services


def plan_weeks(today: date) -> list[IsoWeek]:
    """The planned weeks: the past 52, the current one and the next 6."""
    current = IsoWeek.containing(today)
    return [current.shifted(n) for n in range(-PLAN_WEEKS_BACK, PLAN_WEEKS_AHEAD + 1)]


def make_menus(
    ctx: Context, site: DemoSite, book: RecipeBook, model: CoverModel
) -> dict[IsoWeek, Counter[str]]:
    """Write the site's plans, items and maybe a cycle; return planned portions per week."""
    planner = Planner(site, book)
    weeks = plan_weeks(ctx.today)
    cycle = _make_cycle(ctx, site, planner) if site.uses_cycle else None
    current = IsoWeek.containing(ctx.today)
    plans, items = [], []
    portions: dict[IsoWeek, Counter[str]] = {}
    for ordinal, week in enumerate(weeks):
        plan_id = MenuPlan.id_for(site.id, week.year, week.week)
        plans.append(
            {
                "id": plan_id,
                "site_id": site.id,
                "iso_year": week.year,
                "iso_week": week.week,
                "status": "published" if week <= current.shifted(1) else "draft",
                "note": "",
            }
        )
        planned = portions.setdefault(week, Counter())
        for day in week.days(7):
            by_service = planner.other(day)
            if day.weekday() < 5 and "lunch" in site.services:
                if cycle is not None:
                    by_service["lunch"] = cycle[(ordinal % CYCLE_WEEKS, day.isoweekday())]
                else:
                    by_service["lunch"] = planner.lunch_weekday()
            for service, slots in by_service.items():
                covers = model.expected(day, service)
                if covers <= 0:
                    continue
                shares = model.lunch_shares(day) if service == "lunch" else {}
                for (line, position), recipe_id in slots.items():
                    share = shares.get(line) if position == 0 and line in shares else None
                    if share is None:
                        share = EXTRA_SHARES.get((line, position), 1.0)
                    count = max(1, int(round(covers * share)))
                    planned[recipe_id] += count
                    items.append(
                        {
                            "id": MenuItem.id_for(
                                site.id, day, service, site.line_ids[line], position
                            ),
                            "site_id": site.id,
                            "menu_plan_id": plan_id,
                            "day": day,
                            "service": service,
                            "menu_line_id": site.line_ids[line],
                            "position": position,
                            "recipe_id": recipe_id,
                            "planned_portions": count,
                        }
                    )
    ctx.out.add(MenuPlan, plans)
    ctx.out.add(MenuItem, items)
    return portions


def _make_cycle(ctx: Context, site: DemoSite, planner: Planner) -> dict[tuple[int, int], Slots]:
    """A 6-week weekday lunch rotation, written as a cycle with its items."""
    cycle_id = ctx.ids()
    ctx.out.add(
        MenuCycle,
        [
            {
                "id": cycle_id,
                "site_id": site.id,
                "name": f"{CYCLE_WEEKS}-ugers rotation",
                "weeks": CYCLE_WEEKS,
            }
        ],
    )
    template: dict[tuple[int, int], Slots] = {}
    rows = []
    for week_index in range(CYCLE_WEEKS):
        for weekday in range(1, 6):
            slots = planner.lunch_weekday()
            template[(week_index, weekday)] = slots
            for (line, position), recipe_id in slots.items():
                rows.append(
                    {
                        "id": ctx.ids(),
                        "site_id": site.id,
                        "cycle_id": cycle_id,
                        "week_index": week_index,
                        "weekday": weekday,
                        "service": "lunch",
                        "menu_line_id": site.line_ids[line],
                        "position": position,
                        "recipe_id": recipe_id,
                    }
                )
    ctx.out.add(MenuCycleItem, rows)
    return template
