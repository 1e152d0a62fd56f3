"""Row objects of the week planner: cells, edits with their undo, days, totals, warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from canteen.domain.allergens import AllergenProfile
from canteen.domain.calendar import DayOff
from canteen.domain.weeks import IsoWeek


@dataclass(frozen=True, order=True)
class CellKey:
    """Where a dish sits in a plan: day, service, menu line code and position within the line."""

    day: date
    service: str
    line: str
    position: int = 0


@dataclass(frozen=True)
class CellValue:
    """What a cell holds: a recipe and the portions planned."""

    recipe_id: str
    planned_portions: int


@dataclass(frozen=True)
class CellAssignment:
    """Put `value` in the cell at `key`; a `value` of None empties it."""

    key: CellKey
    value: CellValue | None


@dataclass(frozen=True)
class PlanWarning:
    """Something the planner should point at; `code` names it, the GUI words it."""

    code: str
    day: date | None = None
    key: CellKey | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PlanEdit:
    """One planner edit: `apply_cells(db, site_id, edit.undo)` puts every touched cell back.

    `redo` re-applies it; `portions_source` says where default portions came from
    ('override', 'forecast', 'usual_covers', ...) for cells whose portions were computed;
    `skipped` lists cells a bulk edit (copy week, apply cycle) left alone, and why.
    """

    site_id: str
    redo: tuple[CellAssignment, ...]
    undo: tuple[CellAssignment, ...]
    portions_source: str | None = None
    skipped: tuple[PlanWarning, ...] = ()

    @property
    def changed(self) -> bool:
        """False when the edit changed nothing (e.g. every cell was already planned)."""
        return self.redo != self.undo


@dataclass(frozen=True)
class MenuLineRow:
    """A line on the site's menu (dish of the day, vegetarian, soup...) in one service."""

    id: str
    code: str
    name: str
    name_en: str
    service: str
    position: int
    vegetarian: bool
    active: bool


@dataclass(frozen=True)
class MenuLineDraft:
    """A menu line as the settings dialog saves it; `id` None makes a new one."""

    code: str
    name: str
    name_en: str = ""
    service: str = "lunch"
    position: int = 0
    vegetarian: bool = False
    active: bool = True
    id: str | None = None


@dataclass(frozen=True)
class CellRow:
    """A planned dish with what the planner shows about it."""

    key: CellKey
    recipe_id: str
    recipe_name: str
    recipe_name_en: str
    planned_portions: int
    recipe_deleted: bool
    vegetarian: bool
    allergens: AllergenProfile
    cost_per_portion_ore: int | None
    organic_share_kr: float | None
    co2e_per_portion_kg: float | None

    @property
    def value(self) -> CellValue:
        """The cell's content as an edit takes it."""
        return CellValue(self.recipe_id, self.planned_portions)


@dataclass(frozen=True)
class Totals:
    """Figures of a day or a week; None where there is nothing to divide by."""

    covers: int
    portions: int
    cost_ore: int
    cost_per_cover_ore: int | None
    organic_share_kr: float | None
    organic_share_kg: float | None
    co2e_kg: float
    co2e_per_cover_kg: float | None
    allergens: AllergenProfile | None
    has_vegetarian: bool
    cost_complete: bool


@dataclass(frozen=True)
class DayRow:
    """One day of the planned week: holiday or closure, and its totals."""

    day: date
    day_off: DayOff | None
    closed: bool
    closed_reason: str
    totals: Totals


@dataclass(frozen=True)
class MenuChange:
    """One difference between the printed menu and the plan now (codes in docs/menus.md)."""

    code: str
    key: CellKey | None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PrintedState:
    """When the week was last printed and what changed since."""

    printed_at: datetime
    changes: tuple[MenuChange, ...]

    @property
    def out_of_date(self) -> bool:
        """True when the printed menu no longer matches the plan: reprint."""
        return bool(self.changes)


@dataclass(frozen=True)
class WeekView:
    """Everything the week planner shows for one site and ISO week."""

    site_id: str
    week: IsoWeek
    lines: tuple[MenuLineRow, ...]
    days: tuple[DayRow, ...]
    cells: tuple[CellRow, ...]
    totals: Totals
    warnings: tuple[PlanWarning, ...]
    printed: PrintedState | None
    fingerprint: str

    def cell(self, key: CellKey) -> CellRow | None:
        """The dish at `key`, or None for an empty cell."""
        for row in self.cells:
            if row.key == key:
                return row
        return None


@dataclass(frozen=True)
class PlannedItem:
    """A planned dish in a date range, for ordering and production."""

    key: CellKey
    recipe_id: str
    planned_portions: int
