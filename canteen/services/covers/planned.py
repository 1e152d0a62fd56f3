"""The covers planning uses, as the covers services have always offered them.

The rule itself (override, else closed, else the latest forecast, else usual covers) has one
owner, `canteen.services.portions`; these are the (value, source) views of it by day.
"""

from __future__ import annotations

from datetime import date

from canteen.db.engine import Database
from canteen.services.covers.rows import PlannedCovers
from canteen.services.portions import day_covers


def planned_covers(db: Database, site_id: str, day: date, service: str = "lunch") -> PlannedCovers:
    """What planning uses: the override, else the latest forecast, else the usual covers."""
    return planned_range(db, site_id, day, day, service)[day]


def planned_range(
    db: Database, site_id: str, start: date, end: date, service: str = "lunch"
) -> dict[date, PlannedCovers]:
    """`planned_covers` for every day in [start, end] in one read (for the week planner)."""
    found = day_covers(db, site_id, start, end, [service])
    return {day: PlannedCovers(row.covers, row.source) for (day, _), row in found.items()}
