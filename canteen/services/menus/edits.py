"""Planner edits: set, clear, move a dish, change portions, copy a week; each returns its undo."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from canteen.db.engine import Database
from canteen.db.models import Recipe, Site
from canteen.domain.calendar import day_off
from canteen.domain.weeks import IsoWeek
from canteen.errors import ValidationError
from canteen.services.menus.rows import CellAssignment, CellKey, CellValue, PlanEdit, PlanWarning
from canteen.services.menus.store import (
    ALL,
    active_lines,
    apply_assignments,
    check_key,
    check_recipe,
    closures,
    current_values,
    is_closed,
    items_between,
    load_site,
    parse_portions,
)
from canteen.services.portions import portions_of, read_day_covers, read_line_shares

# Days a bulk edit (copy week, apply cycle) leaves empty by default.
SKIPPED_DAY_KINDS = ("public", "customary")


def portions_for(session: Session, site_id: str, key: CellKey) -> tuple[int, str]:
    """Default portions of a cell: planned covers of its day and service × its line's share."""
    codes = [x.code for x in active_lines(session, site_id) if x.service == key.service]
    if key.line not in codes:
        codes.append(key.line)
    share = read_line_shares(session, site_id, key.service, codes, key.day)[key.line]
    planned = read_day_covers(session, site_id, key.day, key.day, [key.service])
    day = planned[(key.day, key.service)]
    return portions_of(day.covers, share), day.source


def _edit(session: Session, site_id: str, redo: list[CellAssignment], **extra) -> PlanEdit:
    undo = apply_assignments(session, site_id, redo)
    return PlanEdit(site_id, tuple(redo), undo, **extra)


def set_cell(
    db: Database, site_id: str, key: CellKey, recipe_id: str, *, portions=None
) -> PlanEdit:
    """Put a recipe in a cell; portions default to the dish it replaces, else covers × line share."""
    with db.unit_of_work() as session:
        load_site(session, site_id)
        check_key(session, site_id, key)
        check_recipe(session, site_id, recipe_id)
        source = "entered"
        if portions is None:
            held = current_values(items_between(session, site_id, key.day, key.day)).get(key)
            if held is not None:
                portions, source = held.planned_portions, "kept"
            else:
                portions, source = portions_for(session, site_id, key)
        value = CellValue(recipe_id, parse_portions(portions, bounded=source == "entered"))
        return _edit(session, site_id, [CellAssignment(key, value)], portions_source=source)


def clear_cell(db: Database, site_id: str, key: CellKey) -> PlanEdit:
    """Empty a cell (its item becomes a tombstone)."""
    with db.unit_of_work() as session:
        load_site(session, site_id)
        return _edit(session, site_id, [CellAssignment(key, None)])


def _held(session: Session, site_id: str, key: CellKey) -> CellValue:
    held = current_values(items_between(session, site_id, key.day, key.day)).get(key)
    if held is None:
        raise ValidationError(
            "the cell is empty",
            field="cell",
            reason="empty_cell",
            day=key.day.isoformat(),
            line=key.line,
        )
    return held


def set_portions(db: Database, site_id: str, key: CellKey, portions) -> PlanEdit:
    """Change the planned portions of a planned dish."""
    with db.unit_of_work() as session:
        held = _held(session, site_id, key)
        value = CellValue(held.recipe_id, parse_portions(portions))
        return _edit(session, site_id, [CellAssignment(key, value)], portions_source="entered")


def move_cell(db: Database, site_id: str, source: CellKey, target: CellKey) -> PlanEdit:
    """Move a dish to another cell; a dish already there swaps places with it."""
    with db.unit_of_work() as session:
        check_key(session, site_id, target)
        moving = _held(session, site_id, source)
        if source == target:
            return PlanEdit(site_id, (), ())
        there = current_values(items_between(session, site_id, target.day, target.day)).get(target)
        redo = [CellAssignment(source, there), CellAssignment(target, moving)]
        return _edit(session, site_id, redo)


def apply_cells(db: Database, site_id: str, assignments: Iterable[CellAssignment]) -> PlanEdit:
    """Write cells as given: how undo and redo replay an edit (`apply_cells(db, s, edit.undo)`)."""
    assignments = list(assignments)
    for assignment in assignments:
        if assignment.value is not None:
            parse_portions(assignment.value.planned_portions, bounded=False)
    with db.unit_of_work() as session:
        load_site(session, site_id)
        return _edit(session, site_id, assignments)


def skip_reason(day, closed: dict, service: str, kinds: Iterable[str]) -> PlanWarning | None:
    """Why a bulk edit leaves a day's cell alone: a holiday or the site being closed."""
    if is_closed(closed, day, service):
        reason = closed[day].get(None, closed[day].get(service, ""))
        return PlanWarning("closed", day, data={"name": reason})
    off = day_off(day)
    if off is not None and off.kind in kinds:
        return PlanWarning("day_off", day, data={"name": off.name, "kind": off.kind})
    return None


def fill_cells(
    db: Database,
    session: Session,
    site: Site,
    wanted: dict[CellKey, str],
    *,
    overwrite: bool,
    skip_kinds: Iterable[str] = SKIPPED_DAY_KINDS,
) -> PlanEdit:
    """Plan recipe per cell with default portions, skipping days off, closures, planned cells."""
    if not wanted:
        return PlanEdit(site.id, (), ())
    first, last = min(k.day for k in wanted), max(k.day for k in wanted)
    held = current_values(items_between(session, site.id, first, last))
    closed = closures(session, site.id, first, last)
    lines = active_lines(session, site.id)
    codes = {(x.service, x.code) for x in lines}
    shares = {
        service: read_line_shares(
            session, site.id, service, [c for s, c in codes if s == service], first
        )
        for service in {s for s, _ in codes}
    }
    planned = read_day_covers(session, site.id, first, last, {k.service for k in wanted})
    recipes = _recipes(session, site.id, set(wanted.values()))
    redo, skipped, sources = [], [], set()
    skipped_days = set()
    for key, recipe_id in sorted(wanted.items()):
        reason = skip_reason(key.day, closed, key.service, tuple(skip_kinds))
        if reason is not None:
            if (key.day, reason.code) not in skipped_days:
                skipped.append(reason)
                skipped_days.add((key.day, reason.code))
            continue
        if (key.service, key.line) not in codes:
            skipped.append(PlanWarning("unknown_line", key.day, key, {"line": key.line}))
        elif recipes.get(recipe_id) is not None:
            skipped.append(PlanWarning(recipes[recipe_id], key.day, key, {"recipe_id": recipe_id}))
        elif key in held and not overwrite:
            skipped.append(PlanWarning("cell_kept", key.day, key))
        else:
            day = planned[(key.day, key.service)]
            sources.add(day.source)
            portions = portions_of(day.covers, shares[key.service][key.line])
            redo.append(CellAssignment(key, CellValue(recipe_id, portions)))
    source = sources.pop() if len(sources) == 1 else ("mixed" if sources else None)
    return _edit(session, site.id, redo, portions_source=source, skipped=tuple(skipped))


def _recipes(session: Session, site_id: str, ids: set[str]) -> dict[str, str | None]:
    """Per recipe id: None when it can be planned, else the reason it cannot."""
    found = {
        r.id: r
        for r in session.scalars(select(Recipe).where(Recipe.id.in_(ids)), execution_options=ALL)
    }
    reasons = {}
    for recipe_id in ids:
        recipe = found.get(recipe_id)
        if recipe is None or recipe.site_id not in (None, site_id):
            reasons[recipe_id] = "unknown_recipe"
        elif recipe.deleted_at is not None:
            reasons[recipe_id] = "recipe_deleted"
        else:
            reasons[recipe_id] = None
    return reasons


def copy_week(
    db: Database, site_id: str, source: IsoWeek, target: IsoWeek, *, overwrite: bool = False
) -> PlanEdit:
    """Copy a week's dishes to another week, day by day, with fresh default portions.

    Cells already planned in the target are kept unless `overwrite`; holidays and the site's
    closed days are skipped (listed in `skipped`).
    """
    offset = timedelta(days=(target.monday() - source.monday()).days)
    with db.unit_of_work() as session:
        site = load_site(session, site_id)
        days = source.days(7)
        held = current_values(items_between(session, site_id, days[0], days[-1]))
        wanted = {
            CellKey(k.day + offset, k.service, k.line, k.position): v.recipe_id
            for k, v in held.items()
        }
        return fill_cells(db, session, site, wanted, overwrite=overwrite)
