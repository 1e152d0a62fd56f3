"""The week planner's view: one ISO week of a site with dishes, totals, warnings and print state."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from canteen.db.models import MenuLine, Recipe
from canteen.db.models.org import SERVICES
from canteen.domain.allergens import ALL_UNKNOWN, combine_profiles
from canteen.domain.calendar import day_off
from canteen.domain.figures import PortionFigures, portion_figures
from canteen.domain.weeks import IsoWeek
from canteen.services.menus import evidence
from canteen.services.menus.rows import (
    CellKey,
    CellRow,
    DayRow,
    MenuLineRow,
    PlannedItem,
    PlanWarning,
    PrintedState,
    Totals,
    WeekView,
)
from canteen.services.menus.store import (
    ALL,
    closures,
    current_values,
    is_closed,
    items_between,
    load_site,
    plan_for,
)
from canteen.services.portions import day_covers
from canteen.services.recipes.facts import (
    read_current_prices,
    read_ingredient_facts,
    read_line_inputs,
)
from canteen.services.recipes.rows import is_vegetarian, split_tags


def line_row(line: MenuLine) -> MenuLineRow:
    """A menu line as a row."""
    return MenuLineRow(
        line.id,
        line.code,
        line.name,
        line.name_en,
        line.service,
        line.position,
        line.vegetarian,
        line.active and line.deleted_at is None,
    )


@dataclass(frozen=True)
class _WeekData:
    lines: list[MenuLine]
    cells: list[CellRow]
    figures: dict[str, PortionFigures]
    contents: list[dict]
    closed: dict[date, dict]
    printed_at: object
    printed_fingerprint: str | None


def _read_week(session: Session, site_id: str, week: IsoWeek) -> _WeekData:
    days = week.days(7)
    load_site(session, site_id)  # NotFoundError for an unknown site
    values = current_values(items_between(session, site_id, days[0], days[-1]))
    lines = session.scalars(
        select(MenuLine).where(MenuLine.site_id == site_id), execution_options=ALL
    ).all()
    recipe_ids = {v.recipe_id for v in values.values()}
    recipes = {
        r.id: r
        for r in session.scalars(
            select(Recipe).where(Recipe.id.in_(recipe_ids)), execution_options=ALL
        )
    }
    recipe_lines = read_line_inputs(session, recipe_ids)
    ids = {x.ingredient_id for rows in recipe_lines.values() for x in rows}
    facts = read_ingredient_facts(session, ids)
    prices = read_current_prices(session, ids, days[0])
    plan = plan_for(session, site_id, week, create=False)
    figures = {
        rid: portion_figures(recipe_lines.get(rid, ()), r.yield_portions, facts, prices)
        for rid, r in recipes.items()
    }
    cells, contents = [], []
    for key, value in sorted(values.items()):
        recipe, fig = recipes[value.recipe_id], figures[value.recipe_id]
        cells.append(
            CellRow(
                key=key,
                recipe_id=recipe.id,
                recipe_name=recipe.name,
                recipe_name_en=recipe.name_en,
                planned_portions=value.planned_portions,
                recipe_deleted=recipe.deleted_at is not None,
                vegetarian=is_vegetarian(split_tags(recipe.diet_tags)),
                allergens=fig.allergens,
                cost_per_portion_ore=fig.cost_ore,
                organic_share_kr=fig.organic_share_kr,
                co2e_per_portion_kg=fig.co2e_kg,
            )
        )
        used = {
            x.ingredient_id: (facts[x.ingredient_id].name, facts[x.ingredient_id].allergens)
            if x.ingredient_id in facts
            else (x.ingredient_id, ALL_UNKNOWN)
            for x in recipe_lines.get(recipe.id, ())
        }
        contents.append(
            evidence.cell_content(key, recipe.id, recipe.name, recipe.name_en, fig.allergens, used)
        )
    return _WeekData(
        lines=list(lines),
        cells=cells,
        figures=figures,
        contents=contents,
        closed=closures(session, site_id, days[0], days[-1]),
        printed_at=plan.printed_at if plan else None,
        printed_fingerprint=plan.printed_fingerprint if plan else None,
    )


def totals(
    cells: Iterable[CellRow],
    figures: dict[str, PortionFigures],
    covers: dict[tuple[date, str], int],
) -> Totals:
    """Cost, organic shares, CO2e and allergens of these dishes; per cover over their services."""
    cells = list(cells)
    cost = organic_cost = kg = organic_kg = co2e = 0.0
    for cell in cells:
        fig = figures[cell.recipe_id]
        if fig.yield_portions <= 0:
            continue
        scale = cell.planned_portions / fig.yield_portions
        cost += fig.batch_cost_ore * scale
        organic_cost += fig.organic_cost_ore * scale
        kg += fig.batch_kg * scale
        organic_kg += fig.organic_kg * scale
        co2e += (fig.batch_co2e_kg or 0.0) * scale
    served = sum(covers.get(pair, 0) for pair in {(c.key.day, c.key.service) for c in cells})
    return Totals(
        covers=served,
        portions=sum(c.planned_portions for c in cells),
        cost_ore=round(cost),
        cost_per_cover_ore=round(cost / served) if served else None,
        organic_share_kr=organic_cost / cost if cost else None,
        organic_share_kg=organic_kg / kg if kg else None,
        co2e_kg=co2e,
        co2e_per_cover_kg=co2e / served if served else None,
        allergens=combine_profiles(c.allergens for c in cells) if cells else None,
        has_vegetarian=any(c.vegetarian for c in cells),
        cost_complete=all(figures[c.recipe_id].cost_complete for c in cells),
    )


def _vegetarian_warnings(data: _WeekData, day: date, on_day: list[CellRow]) -> list[PlanWarning]:
    """A vegetarian line holding a dish that is not vegetarian; a service whose vegetarian
    line is empty while the service serves other dishes (breakfast has no such line)."""
    found = []
    vegetarian = {
        (x.service, x.code): x for x in data.lines if x.vegetarian and x.deleted_at is None
    }
    for cell in on_day:
        line = vegetarian.get((cell.key.service, cell.key.line))
        if line is not None and not cell.vegetarian:
            found.append(
                PlanWarning(
                    "meat_on_vegetarian_line",
                    day,
                    cell.key,
                    {
                        "dish": cell.recipe_name,
                        "dish_en": cell.recipe_name_en,
                        "line": line.name,
                        "line_en": line.name_en,
                    },
                )
            )
    for service in SERVICES:
        if not any(s == service and x.active for (s, _), x in vegetarian.items()):
            continue
        served = [c for c in on_day if c.key.service == service]
        if served and not any(c.vegetarian for c in served):
            found.append(PlanWarning("no_vegetarian_option", day, data={"service": service}))
    return found


def _warnings(data: _WeekData, days: list[DayRow]) -> list[PlanWarning]:
    found = []
    for day in days:
        on_day = [c for c in data.cells if c.key.day == day.day]
        found += _vegetarian_warnings(data, day.day, on_day)
        if on_day and (day.closed or (day.day_off and day.day_off.kind == "public")):
            name = day.closed_reason if day.closed else day.day_off.name
            found.append(PlanWarning("planned_on_day_off", day.day, data={"name": name}))
    known = {line.code for line in data.lines if line.deleted_at is None}
    for cell in data.cells:
        if cell.recipe_deleted:
            found.append(
                PlanWarning("recipe_deleted", cell.key.day, cell.key, {"dish": cell.recipe_name})
            )
        if cell.key.line not in known:
            found.append(
                PlanWarning("unknown_line", cell.key.day, cell.key, {"line": cell.key.line})
            )
        fig = data.figures[cell.recipe_id]
        if fig.has_gap("no_price"):
            missing = sorted({g.data["ingredient"] for g in fig.gaps if g.reason == "no_price"})
            found.append(
                PlanWarning(
                    "missing_prices",
                    cell.key.day,
                    cell.key,
                    {"dish": cell.recipe_name, "ingredients": missing},
                )
            )
    return found


def load_week(db, site_id: str, week: IsoWeek) -> WeekView:
    """The planner's view of one week: lines, dishes, day and week totals, warnings, print state."""
    with db.reading() as session:
        data = _read_week(session, site_id, week)
    first, last = week.monday(), week.days(7)[-1]
    services = {c.key.service for c in data.cells}
    covers = {
        key: planned.covers
        for key, planned in day_covers(db, site_id, first, last, services).items()
    }
    days = []
    for day in week.days(7):
        on_day = [c for c in data.cells if c.key.day == day]
        reasons = data.closed.get(day, {})
        days.append(
            DayRow(
                day=day,
                day_off=day_off(day),
                closed=is_closed(data.closed, day),
                closed_reason=reasons.get(None, ""),
                totals=totals(on_day, data.figures, covers),
            )
        )
    current = evidence.fingerprint(data.contents)
    printed = None
    if data.printed_at is not None and data.printed_fingerprint is not None:
        printed = PrintedState(
            data.printed_at, evidence.changes_since(data.printed_fingerprint, current)
        )
    warnings = _warnings(data, days)
    if printed is not None and printed.out_of_date:
        warnings.append(
            PlanWarning("printed_menu_out_of_date", data={"changes": len(printed.changes)})
        )
    used = {c.key.line for c in data.cells}
    lines = [x for x in data.lines if (x.active and x.deleted_at is None) or x.code in used]
    lines.sort(key=lambda x: (SERVICES.index(x.service), x.position, x.code))
    return WeekView(
        site_id=site_id,
        week=week,
        lines=tuple(line_row(x) for x in lines),
        days=tuple(days),
        cells=tuple(data.cells),
        totals=totals(data.cells, data.figures, covers),
        warnings=tuple(warnings),
        printed=printed,
        fingerprint=current,
    )


def planned_items(db, site_id: str, first: date, last: date) -> list[PlannedItem]:
    """Every planned dish of a site from `first` to `last` (for ordering and production)."""
    with db.reading() as session:
        values = current_values(items_between(session, site_id, first, last))
    return [PlannedItem(k, v.recipe_id, v.planned_portions) for k, v in sorted(values.items())]


def day_key(day: date, line: str, service: str = "lunch", position: int = 0) -> CellKey:
    """A cell key, with lunch and the first position as defaults."""
    return CellKey(day, service, line, position)
