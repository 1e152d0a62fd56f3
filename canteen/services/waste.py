"""Production waste per menu line over recent weeks, and a smaller portion count to suggest.

The planner shows, beside a dish's planned portions, what its line left over lately (grams per
cover sold) and, when the line keeps leaving food, how many portions fewer would have sufficed.
It is a suggestion: the planner applies it only when asked, as an ordinary undoable edit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from canteen.db.engine import Database
from canteen.db.models import MenuItem, MenuLine, MenuPlan, Recipe, Sale, WasteRecord

RECENT_WEEKS = 4
# "Keeps leaving food": waste weighed on at least this many days of the recent weeks.
LEFT_ON_DAYS = 3


@dataclass(frozen=True)
class LineWaste:
    """A line's recent production waste: days weighed, grams, covers sold those days."""

    line: str
    days: int
    waste_g: float
    covers: int
    planned: tuple[tuple[float, int], ...] = ()  # (waste g, portions planned) per day weighed

    @property
    def grams_per_cover(self) -> float | None:
        """Production waste per cover sold on the days weighed (None without covers)."""
        return self.waste_g / self.covers if self.covers else None

    @property
    def grams_per_day(self) -> float:
        """Average production waste on a day weighed."""
        return self.waste_g / self.days if self.days else 0.0


def line_waste(
    db: Database, site_id: str, line_code: str, before: date, weeks: int = RECENT_WEEKS
) -> LineWaste:
    """Production waste weighed for the site's line in the `weeks` weeks before `before`."""
    start = before - timedelta(weeks=weeks)
    with db.reading() as session:
        line = session.scalar(
            select(MenuLine).where(MenuLine.site_id == site_id, MenuLine.code == line_code)
        )
        if line is None:
            return LineWaste(line_code, 0, 0.0, 0)
        by_day = dict(
            session.execute(
                select(WasteRecord.day, func.sum(WasteRecord.weight_g))
                .where(
                    WasteRecord.site_id == site_id,
                    WasteRecord.menu_line_id == line.id,
                    WasteRecord.kind == "production",
                    WasteRecord.day >= start,
                    WasteRecord.day < before,
                )
                .group_by(WasteRecord.day)
            ).all()
        )
        covers = 0
        if by_day:
            covers = session.scalar(
                select(func.coalesce(func.sum(Sale.covers_sold), 0)).where(
                    Sale.site_id == site_id,
                    Sale.service == line.service,
                    Sale.day.in_(list(by_day)),
                )
            )
            planned = dict(
                session.execute(
                    select(MenuItem.day, func.sum(MenuItem.planned_portions))
                    .join(MenuPlan, MenuPlan.id == MenuItem.menu_plan_id)
                    .where(
                        MenuPlan.site_id == site_id,
                        MenuItem.menu_line_id == line.id,
                        MenuItem.day.in_(list(by_day)),
                    )
                    .group_by(MenuItem.day)
                ).all()
            )
    per_day = tuple((float(grams), int(planned.get(day) or 0)) for day, grams in by_day.items())
    return LineWaste(line_code, len(by_day), float(sum(by_day.values())), int(covers or 0), per_day)


def suggested_portions(db: Database, recipe_id: str, planned: int, waste: LineWaste) -> int | None:
    """Fewer portions when the line keeps leaving food: what the busiest weighed day ate.

    Portions eaten on a day = portions planned less the leftover in portions of this dish's
    weight; the suggestion is the most eaten on any weighed day, so no day would have run
    short. None when the line left food on fewer than LEFT_ON_DAYS days, the dish has no portion
    weight, or the suggestion is not below `planned` (so applying it ends the suggestion).
    """
    if waste.days < LEFT_ON_DAYS or planned <= 0:
        return None
    with db.reading() as session:
        portion_g = session.scalar(select(Recipe.portion_size_g).where(Recipe.id == recipe_id))
    if not portion_g:
        return None
    eaten = [portions - grams / portion_g for grams, portions in waste.planned if portions > 0]
    if len(eaten) < LEFT_ON_DAYS:
        return None
    enough = max(1, math.ceil(max(eaten)))
    return enough if enough < planned else None
