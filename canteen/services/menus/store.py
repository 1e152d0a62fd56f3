"""Plan storage shared by planner edits, cycles and printing: plans, cells, closures.

Default portions come from `canteen.services.portions` (the one planned-portions rule)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from canteen.db.models import MenuItem, MenuLine, MenuPlan, Recipe, Site, SiteEvent
from canteen.db.models.org import SERVICES
from canteen.db.types import utcnow
from canteen.domain.limits import exceeded
from canteen.domain.numbers import NumberProblem, read_whole
from canteen.domain.weeks import IsoWeek
from canteen.errors import NotFoundError, ValidationError
from canteen.services.menus.rows import CellAssignment, CellKey, CellValue

ALL = {"include_deleted": True}


def load_site(session: Session, site_id: str) -> Site:
    """The site, or NotFoundError."""
    site = session.get(Site, site_id)
    if site is None:
        raise NotFoundError("no such site", site_id=site_id)
    return site


def active_lines(session: Session, site_id: str) -> list[MenuLine]:
    """The site's active menu lines, in service and position order."""
    lines = session.scalars(
        select(MenuLine).where(MenuLine.site_id == site_id, MenuLine.active.is_(True))
    ).all()
    return sorted(lines, key=lambda x: (SERVICES.index(x.service), x.position, x.code))


def parse_portions(value, *, bounded: bool = True) -> int:
    """Planned portions: a whole number >= 0 read by the one number reader; ValidationError if not.

    Typed portions (`bounded`) above the plausible bound are refused, naming it; portions the
    program worked out or replays for undo are not bounded.
    """
    try:
        number = read_whole(value)
    except NumberProblem as problem:
        problem.data["field"] = "planned_portions"
        raise
    if number < 0:
        raise ValidationError(
            "planned portions must not be negative",
            field="planned_portions",
            reason="negative",
            value=number,
        )
    limit = exceeded("planned_portions", "portions", number) if bounded else None
    if limit is not None:
        raise ValidationError(
            "planned portions above the plausible bound",
            field="planned_portions",
            reason="too_large",
            value=number,
            limit=limit.most,
        )
    return number


def check_recipe(session: Session, site_id: str, recipe_id: str) -> Recipe:
    """A recipe the site may plan: central or its own, and not deleted."""
    recipe = session.get(Recipe, recipe_id, execution_options=ALL)
    if recipe is None or recipe.site_id not in (None, site_id):
        raise ValidationError(
            "no such recipe", field="recipe", reason="unknown_recipe", recipe_id=recipe_id
        )
    if recipe.deleted_at is not None:
        raise ValidationError(
            "the recipe has been deleted",
            field="recipe",
            reason="recipe_deleted",
            recipe_id=recipe_id,
            name=recipe.name,
        )
    return recipe


def line_ids(session: Session, site_id: str) -> dict[str, str]:
    """The site's menu line ids by code, removed lines too (items name their line by id)."""
    rows = session.execute(
        select(MenuLine.code, MenuLine.id).where(MenuLine.site_id == site_id),
        execution_options=ALL,
    )
    return dict(rows.all())


def check_key(session: Session, site_id: str, key: CellKey) -> None:
    """The cell's service and menu line exist at the site; ValidationError otherwise."""
    if key.service not in SERVICES:
        raise ValidationError(
            "unknown service", field="service", reason="unknown_service", service=key.service
        )
    found = session.scalar(
        select(MenuLine.id).where(
            MenuLine.site_id == site_id, MenuLine.code == key.line, MenuLine.service == key.service
        )
    )
    if found is None:
        raise ValidationError(
            "the site has no such menu line",
            field="line",
            reason="unknown_line",
            line=key.line,
            service=key.service,
        )
    if key.position < 0:
        raise ValidationError("position must not be negative", field="position", reason="negative")


def plan_for(session: Session, site_id: str, week: IsoWeek, *, create: bool) -> MenuPlan | None:
    """The site's plan of `week` (a tombstoned one is revived when `create`)."""
    plan = session.scalar(
        select(MenuPlan).where(
            MenuPlan.site_id == site_id,
            MenuPlan.iso_year == week.year,
            MenuPlan.iso_week == week.week,
        ),
        execution_options=ALL,
    )
    if plan is not None and plan.deleted_at is not None:
        if not create:
            return None
        plan.deleted_at = None
    if plan is None and create:
        plan = MenuPlan(
            id=MenuPlan.id_for(site_id, week.year, week.week),
            site_id=site_id,
            iso_year=week.year,
            iso_week=week.week,
        )
        session.add(plan)
        session.flush()
    return plan


def items_between(
    session: Session, site_id: str, first: date, last: date, *, deleted: bool = False
) -> dict[CellKey, MenuItem]:
    """The site's menu items from `first` to `last` by cell (tombstones too when `deleted`)."""
    # Joined with every line, removed ones too: a removed line's dishes stay (and are flagged).
    query = (
        select(MenuItem, MenuLine.code)
        .join(MenuLine, MenuItem.menu_line_id == MenuLine.id)
        .where(MenuItem.site_id == site_id, MenuItem.day >= first, MenuItem.day <= last)
    )
    if not deleted:
        query = query.where(MenuItem.deleted_at.is_(None))
    found: dict[CellKey, MenuItem] = {}
    for item, code in session.execute(query, execution_options=ALL):
        key = CellKey(item.day, item.service, code, item.position)
        if key not in found or found[key].deleted_at is not None:
            found[key] = item
    return found


def current_values(items: dict[CellKey, MenuItem]) -> dict[CellKey, CellValue]:
    """What live items hold, by cell."""
    return {
        key: CellValue(item.recipe_id, item.planned_portions)
        for key, item in items.items()
        if item.deleted_at is None
    }


def apply_assignments(
    session: Session, site_id: str, assignments: Iterable[CellAssignment]
) -> tuple[CellAssignment, ...]:
    """Write cells in order; returns what each touched cell held before (the undo, in order)."""
    assignments = list(assignments)
    if not assignments:
        return ()
    days = [a.key.day for a in assignments]
    items = items_between(session, site_id, min(days), max(days), deleted=True)
    before: dict[CellKey, CellAssignment] = {}
    plans: dict[IsoWeek, MenuPlan] = {}
    lines = line_ids(session, site_id)
    for assignment in assignments:
        key, value = assignment.key, assignment.value
        item = items.get(key)
        live = item is not None and item.deleted_at is None
        before.setdefault(
            key,
            CellAssignment(key, CellValue(item.recipe_id, item.planned_portions) if live else None),
        )
        if value is None:
            if live:
                item.deleted_at = utcnow()
            continue
        week = IsoWeek.containing(key.day)
        if week not in plans:
            plans[week] = plan_for(session, site_id, week, create=True)
        if item is None:
            line_id = lines.get(key.line)
            if line_id is None:
                raise ValidationError(
                    "the site has no such menu line",
                    field="line",
                    reason="unknown_line",
                    line=key.line,
                    service=key.service,
                )
            item = MenuItem(
                id=MenuItem.id_for(site_id, key.day, key.service, line_id, key.position),
                site_id=site_id,
                menu_plan_id=plans[week].id,
                day=key.day,
                service=key.service,
                menu_line_id=line_id,
                position=key.position,
            )
            session.add(item)
            items[key] = item
        item.deleted_at = None
        item.menu_plan_id = plans[week].id
        item.recipe_id = value.recipe_id
        item.planned_portions = value.planned_portions
    session.flush()
    return tuple(reversed(list(before.values())))


def closures(session: Session, site_id: str, first: date, last: date) -> dict[date, dict]:
    """The site's own closed days (SiteEvent kind 'closed'): day -> {service or None: description}."""
    events = session.scalars(
        select(SiteEvent).where(
            SiteEvent.site_id == site_id,
            SiteEvent.kind == "closed",
            SiteEvent.start_date <= last,
            SiteEvent.end_date >= first,
        )
    )
    closed: dict[date, dict] = {}
    for event in events:
        day = max(first, event.start_date)
        while day <= min(last, event.end_date):
            closed.setdefault(day, {})[event.service] = event.description
            day += timedelta(days=1)
    return closed


def is_closed(closed: dict[date, dict], day: date, service: str | None = None) -> bool:
    """True when the site is closed on `day` (for `service`, or all day when service is None)."""
    found = closed.get(day, {})
    return None in found or (service is not None and service in found)
