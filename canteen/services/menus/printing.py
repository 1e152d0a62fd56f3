"""What the printed weekly menu and production sheet show, and the record that a menu was printed.

The use cases that print them (and warn first) are in `documents`."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import MenuLine, Recipe
from canteen.db.models.org import SERVICES
from canteen.db.types import utcnow
from canteen.domain.rounding import kitchen_quantity, scale_line
from canteen.domain.units import to_base
from canteen.domain.weeks import IsoWeek
from canteen.errors import ValidationError
from canteen.reports.menu_rows import (
    MenuDay,
    MenuDish,
    MenuLineHeading,
    ProductionDay,
    ProductionLine,
    ProductionRecipe,
    ProductionSheet,
    WeeklyMenu,
)
from canteen.services.menus.rows import CellKey, PrintedState, WeekView
from canteen.services.menus.store import ALL, current_values, items_between, load_site, plan_for
from canteen.services.recipes.facts import (
    read_ingredient_facts,
    read_recipe_lines,
    recipe_allergens,
)
from canteen.services.recipes.rows import danish_key

# A day without dishes prints the holiday's name when it is one of these kinds.
NOTED_DAY_KINDS = ("public", "customary")


def menu_from_view(view: WeekView, site_name: str, printed_on: date) -> WeeklyMenu:
    """The printable menu of a planner view: weekdays always, weekend days when planned."""
    used = {c.key.line for c in view.cells}
    lines = tuple(MenuLineHeading(x.code, x.name, x.name_en) for x in view.lines if x.code in used)
    days = []
    for row in view.days:
        cells = [c for c in view.cells if c.key.day == row.day]
        if row.day.isoweekday() > 5 and not cells:
            continue
        closed, note = False, ""
        if not cells and row.closed:
            closed, note = True, row.closed_reason
        elif not cells and row.day_off is not None and row.day_off.kind in NOTED_DAY_KINDS:
            closed, note = True, row.day_off.name
        dishes = tuple(
            (
                line.code,
                tuple(
                    MenuDish(
                        c.recipe_name,
                        c.recipe_name_en,
                        c.allergens,
                        organic_share=c.organic_share_kr,
                        co2e_kg=c.co2e_per_portion_kg,
                    )
                    for c in cells
                    if c.key.line == line.code
                ),
            )
            for line in lines
        )
        days.append(MenuDay(row.day, dishes, closed=closed, note=note))
    return WeeklyMenu(site_name, view.week, lines, tuple(days), printed_on)


def record_printed(
    db: Database, site_id: str, week: IsoWeek, fingerprint: str, *, at: datetime | None = None
) -> PrintedState:
    """Remember that the week was printed showing `fingerprint` (from `prepare_weekly_menu`)."""
    with db.unit_of_work() as session:
        plan = plan_for(session, site_id, week, create=True)
        plan.printed_at = at or utcnow()
        plan.printed_fingerprint = fingerprint
        return PrintedState(plan.printed_at, ())


def production_sheet(
    db: Database,
    site_id: str,
    week: IsoWeek,
    day: date | None = None,
    *,
    printed_on: date,
) -> ProductionSheet:
    """Each planned dish of the week (or one day) scaled to its portions, with a picking list."""
    days = week.days(7)
    if day is not None and day not in days:
        raise ValidationError(
            "the day is not in the week",
            field="day",
            reason="not_in_week",
            day=day.isoformat(),
            week=str(week),
        )
    first, last = (day, day) if day else (days[0], days[-1])
    with db.reading() as session:
        site = load_site(session, site_id)
        values = current_values(items_between(session, site_id, first, last))
        lines = {
            (x.service, x.code): x
            for x in session.scalars(
                select(MenuLine).where(MenuLine.site_id == site_id), execution_options=ALL
            )
        }
        recipe_ids = {v.recipe_id for v in values.values()}
        recipes = {
            r.id: r
            for r in session.scalars(
                select(Recipe).where(Recipe.id.in_(recipe_ids)), execution_options=ALL
            )
        }
        recipe_lines = read_recipe_lines(session, recipe_ids)
        facts = read_ingredient_facts(
            session, {x.ingredient_id for rows in recipe_lines.values() for x in rows}
        )
    by_day = defaultdict(list)
    for key, value in values.items():
        if value.planned_portions > 0:
            by_day[key.day].append((key, value))
    out = []
    for when in sorted(by_day):
        ordered = sorted(by_day[when], key=lambda kv: _order(kv[0], lines))
        dishes, picking = [], defaultdict(float)
        for key, value in ordered:
            recipe = recipes[value.recipe_id]
            scaled = []
            for x in recipe_lines[recipe.id]:
                ingredient = facts.get(x.ingredient_id)
                name = ingredient.name if ingredient else x.ingredient_id
                quantity = scale_line(
                    x.quantity, x.unit, recipe.yield_portions, value.planned_portions
                )
                scaled.append(ProductionLine(name, quantity, x.prep_loss_pct, x.note))
                if ingredient is not None:
                    base = to_base(x.quantity, x.unit, ingredient.conversions)
                    share = value.planned_portions / recipe.yield_portions
                    picking[(name, ingredient.base_unit)] += base * share
            line = lines.get((key.service, key.line))
            profile = recipe_allergens(recipe_lines[recipe.id], facts)
            dishes.append(
                ProductionRecipe(
                    line_name=line.name if line else key.line,
                    recipe_name=recipe.name,
                    portions=value.planned_portions,
                    yield_portions=recipe.yield_portions,
                    lines=tuple(scaled),
                    method=recipe.method,
                    allergens=profile,
                    line_name_en=line.name_en if line else "",
                    recipe_name_en=recipe.name_en,
                )
            )
        totals = tuple(
            ProductionLine(name, kitchen_quantity(amount, unit))
            for (name, unit), amount in sorted(picking.items(), key=lambda kv: danish_key(kv[0][0]))
        )
        out.append(ProductionDay(when, tuple(dishes), totals))
    return ProductionSheet(site.name, week, tuple(out), printed_on)


def _order(key: CellKey, lines: dict) -> tuple:
    line = lines.get((key.service, key.line))
    return (SERVICES.index(key.service), line.position if line else 99, key.line, key.position)
