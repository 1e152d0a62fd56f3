"""Recording covers: the week grid, saving typed entries, site events, the manager's overrides,
the site's usual range, and `planned_covers` (override, forecast, or usual covers).

One module per thing; the names others use are importable from here.
"""

from __future__ import annotations

from canteen.services.covers.events import (
    MAX_EVENT_DAYS,
    add_event,
    delete_event,
    event_row,
    list_events,
    update_event,
)
from canteen.services.covers.grid import week_grid
from canteen.services.covers.overrides import clear_override, set_override
from canteen.services.covers.planned import planned_covers, planned_range
from canteen.services.covers.plausible import usual_range
from canteen.services.covers.reasons import DUPLICATE_ENTRY, IMPLAUSIBLE, SERVICE_NOT_OFFERED
from canteen.services.covers.rows import (
    CLOSED,
    FORECAST,
    NONE,
    OVERRIDE,
    USUAL,
    CoverEntry,
    EntryRejection,
    EventRow,
    GridCell,
    GridDay,
    HeadcountState,
    OverrideRow,
    PlannedCovers,
    SaveResult,
    UsualRange,
    WeekGrid,
)
from canteen.services.covers.saving import restore_headcounts, save_covers

__all__ = [
    "CLOSED",
    "DUPLICATE_ENTRY",
    "FORECAST",
    "IMPLAUSIBLE",
    "MAX_EVENT_DAYS",
    "NONE",
    "OVERRIDE",
    "SERVICE_NOT_OFFERED",
    "USUAL",
    "CoverEntry",
    "EntryRejection",
    "EventRow",
    "GridCell",
    "GridDay",
    "HeadcountState",
    "OverrideRow",
    "PlannedCovers",
    "SaveResult",
    "UsualRange",
    "WeekGrid",
    "add_event",
    "clear_override",
    "delete_event",
    "event_row",
    "list_events",
    "planned_covers",
    "planned_range",
    "restore_headcounts",
    "save_covers",
    "set_override",
    "update_event",
    "usual_range",
    "week_grid",
]
