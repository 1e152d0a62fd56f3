"""Menu cycles: save planned weeks as an N-week rotation, apply it to a date range."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from canteen.db.engine import Database
from canteen.db.models import MenuCycle, MenuCycleItem, MenuLine, Recipe
from canteen.db.types import utcnow
from canteen.domain.weeks import IsoWeek
from canteen.errors import NotFoundError, ValidationError
from canteen.services.menus.edits import SKIPPED_DAY_KINDS, fill_cells
from canteen.services.menus.rows import CellKey, PlanEdit
from canteen.services.menus.store import (
    ALL,
    current_values,
    items_between,
    line_ids,
    load_site,
)
from canteen.services.recipes.rows import danish_key

# Applying a cycle further ahead than this is almost surely a typing mistake in a date.
MAX_APPLY_DAYS = 2 * 366


@dataclass(frozen=True)
class CycleRow:
    """A saved rotation."""

    id: str
    name: str
    weeks: int
    item_count: int


@dataclass(frozen=True)
class CycleItemRow:
    """One dish of a rotation: week of the cycle (0-based), ISO weekday, service, line."""

    week_index: int
    weekday: int
    service: str
    line: str
    position: int
    recipe_id: str
    recipe_name: str
    recipe_deleted: bool


@dataclass(frozen=True)
class CycleDetail:
    """A rotation with its dishes."""

    cycle: CycleRow
    items: tuple[CycleItemRow, ...]


def _cycle(session, site_id: str, cycle_id: str) -> MenuCycle:
    cycle = session.get(MenuCycle, cycle_id)
    if cycle is None or cycle.site_id != site_id:
        raise NotFoundError("no such menu cycle", cycle_id=cycle_id)
    return cycle


def _items(session, cycle_id: str) -> list[tuple[MenuCycleItem, str]]:
    """The cycle's live dishes with their menu line's code (removed lines' too)."""
    query = (
        select(MenuCycleItem, MenuLine.code)
        .join(MenuLine, MenuCycleItem.menu_line_id == MenuLine.id)
        .where(MenuCycleItem.cycle_id == cycle_id, MenuCycleItem.deleted_at.is_(None))
        .order_by(
            MenuCycleItem.week_index,
            MenuCycleItem.weekday,
            MenuCycleItem.service,
            MenuLine.code,
            MenuCycleItem.position,
        )
    )
    return [tuple(row) for row in session.execute(query, execution_options=ALL)]


def list_cycles(db: Database, site_id: str) -> list[CycleRow]:
    """The site's rotations, by name."""
    with db.reading() as session:
        counts = dict(
            session.execute(
                select(MenuCycleItem.cycle_id, func.count())
                .where(MenuCycleItem.site_id == site_id, MenuCycleItem.deleted_at.is_(None))
                .group_by(MenuCycleItem.cycle_id)
            ).all()
        )
        cycles = session.scalars(select(MenuCycle).where(MenuCycle.site_id == site_id)).all()
        rows = [CycleRow(c.id, c.name, c.weeks, counts.get(c.id, 0)) for c in cycles]
    return sorted(rows, key=lambda r: (danish_key(r.name), r.id))


def get_cycle(db: Database, site_id: str, cycle_id: str) -> CycleDetail:
    """One rotation with its dishes."""
    with db.reading() as session:
        cycle = _cycle(session, site_id, cycle_id)
        items = _items(session, cycle_id)
        recipes = {
            r.id: r
            for r in session.scalars(
                select(Recipe).where(Recipe.id.in_({i.recipe_id for i, _ in items})),
                execution_options=ALL,
            )
        }
        rows = tuple(
            CycleItemRow(
                i.week_index,
                i.weekday,
                i.service,
                code,
                i.position,
                i.recipe_id,
                recipes[i.recipe_id].name,
                recipes[i.recipe_id].deleted_at is not None,
            )
            for i, code in items
        )
        return CycleDetail(CycleRow(cycle.id, cycle.name, cycle.weeks, len(rows)), rows)


def save_cycle(db: Database, site_id: str, name: str, first: IsoWeek, weeks: int) -> CycleDetail:
    """Save the planned weeks `first` … `first + weeks - 1` as a rotation called `name`."""
    if not (name or "").strip():
        raise ValidationError("a cycle needs a name", field="name", reason="required")
    if not isinstance(weeks, int) or weeks < 1:
        raise ValidationError("a cycle has at least one week", field="weeks", reason="too_small")
    last_day = first.shifted(weeks - 1).days(7)[-1]
    with db.unit_of_work() as session:
        load_site(session, site_id)
        held = current_values(items_between(session, site_id, first.monday(), last_day))
        if not held:
            raise ValidationError(
                "nothing is planned in these weeks",
                field="weeks",
                reason="nothing_planned",
                first=str(first),
                weeks=weeks,
            )
        lines = line_ids(session, site_id)
        cycle = MenuCycle(site_id=site_id, name=name.strip(), weeks=weeks)
        session.add(cycle)
        session.flush()
        for key, value in held.items():
            session.add(
                MenuCycleItem(
                    site_id=site_id,
                    cycle_id=cycle.id,
                    week_index=(key.day - first.monday()).days // 7,
                    weekday=key.day.isoweekday(),
                    service=key.service,
                    menu_line_id=lines[key.line],
                    position=key.position,
                    recipe_id=value.recipe_id,
                )
            )
        cycle_id = cycle.id
    return get_cycle(db, site_id, cycle_id)


def delete_cycle(db: Database, site_id: str, cycle_id: str) -> CycleRow:
    """Soft-delete a rotation and its dishes."""
    with db.unit_of_work() as session:
        cycle = _cycle(session, site_id, cycle_id)
        items = _items(session, cycle_id)
        now = utcnow()
        cycle.deleted_at = now
        for item, _code in items:
            item.deleted_at = now
        return CycleRow(cycle.id, cycle.name, cycle.weeks, len(items))


def cycle_week_index(day: date, first: date, start_index: int, weeks: int) -> int:
    """Which week of the rotation `day` gets when the rotation's week `start_index` starts at `first`."""
    elapsed = (IsoWeek.containing(day).monday() - IsoWeek.containing(first).monday()).days // 7
    return (elapsed + start_index) % weeks


def apply_cycle(
    db: Database,
    site_id: str,
    cycle_id: str,
    first: date,
    last: date,
    *,
    start_index: int = 0,
    overwrite: bool = False,
    skip_kinds: Iterable[str] = SKIPPED_DAY_KINDS,
) -> PlanEdit:
    """Plan the rotation from `first` to `last`; holidays and closed days are skipped and cells
    already planned are kept unless `overwrite` (all listed in `skipped`). Undo: `edit.undo`."""
    if last < first:
        raise ValidationError(
            "the range ends before it starts",
            field="last",
            reason="before_first",
            first=first.isoformat(),
            last=last.isoformat(),
        )
    if (last - first).days > MAX_APPLY_DAYS:
        raise ValidationError(
            "the range is too long", field="last", reason="too_long", days=(last - first).days
        )
    with db.unit_of_work() as session:
        site = load_site(session, site_id)
        cycle = _cycle(session, site_id, cycle_id)
        if not 0 <= start_index < cycle.weeks:
            raise ValidationError(
                "no such week in the cycle",
                field="start_index",
                reason="out_of_range",
                weeks=cycle.weeks,
            )
        plan: dict[tuple[int, int], list[tuple[MenuCycleItem, str]]] = {}
        for item, code in _items(session, cycle_id):
            plan.setdefault((item.week_index, item.weekday), []).append((item, code))
        wanted: dict[CellKey, str] = {}
        day = first
        while day <= last:
            index = cycle_week_index(day, first, start_index, cycle.weeks)
            for item, code in plan.get((index, day.isoweekday()), []):
                wanted[CellKey(day, item.service, code, item.position)] = item.recipe_id
            day += timedelta(days=1)
        return fill_cells(
            db, session, site, wanted, overwrite=overwrite, skip_kinds=tuple(skip_kinds)
        )
