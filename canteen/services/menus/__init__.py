"""The week planner: menu lines, weekly plans, edits that return their undo, printing data.

One unit of work per call; rows back are frozen dataclasses. Every edit returns a `PlanEdit`
whose `undo` (and `redo`) can be replayed with `apply_cells`.
"""

from __future__ import annotations

from canteen.services.menus.documents import (
    MenuPrint,
    SheetPrint,
    prepare_production_sheet,
    prepare_weekly_menu,
    render_production_sheet,
    render_weekly_menu,
)
from canteen.services.menus.edits import (
    apply_cells,
    clear_cell,
    copy_week,
    move_cell,
    set_cell,
    set_portions,
)
from canteen.services.menus.lines import (
    DEFAULT_LINES,
    draft_of,
    ensure_default_lines,
    list_menu_lines,
    remove_menu_line,
    reorder_menu_lines,
    save_menu_line,
)
from canteen.services.menus.navigation import next_week, parse_week_input, previous_week
from canteen.services.menus.planner import day_key, load_week, planned_items, totals
from canteen.services.menus.printing import (
    menu_from_view,
    production_sheet,
    record_printed,
)
from canteen.services.menus.rows import (
    CellAssignment,
    CellKey,
    CellRow,
    CellValue,
    DayRow,
    MenuChange,
    MenuLineDraft,
    MenuLineRow,
    PlanEdit,
    PlannedItem,
    PlanWarning,
    PrintedState,
    Totals,
    WeekView,
)

__all__ = [
    "DEFAULT_LINES",
    "CellAssignment",
    "CellKey",
    "CellRow",
    "CellValue",
    "DayRow",
    "MenuChange",
    "MenuPrint",
    "MenuLineDraft",
    "MenuLineRow",
    "PlanEdit",
    "PlanWarning",
    "PlannedItem",
    "PrintedState",
    "SheetPrint",
    "Totals",
    "WeekView",
    "apply_cells",
    "clear_cell",
    "copy_week",
    "day_key",
    "draft_of",
    "ensure_default_lines",
    "list_menu_lines",
    "load_week",
    "menu_from_view",
    "move_cell",
    "next_week",
    "parse_week_input",
    "planned_items",
    "previous_week",
    "production_sheet",
    "record_printed",
    "remove_menu_line",
    "reorder_menu_lines",
    "save_menu_line",
    "set_cell",
    "set_portions",
    "totals",
    "prepare_production_sheet",
    "prepare_weekly_menu",
    "render_production_sheet",
    "render_weekly_menu",
]
