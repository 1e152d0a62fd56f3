"""The row objects the covers services return: grid cells and days, events, overrides, results."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from canteen.domain.weeks import IsoWeek

# Where a planned number comes from, best first.
OVERRIDE, FORECAST, CLOSED, USUAL, NONE = "override", "forecast", "closed", "usual", "none"


@dataclass(frozen=True)
class EventRow:
    """A site event; `effect_pct` is None for kind 'closed' (and when no effect is expected)."""

    id: str
    site_id: str
    start_date: date
    end_date: date
    kind: str
    effect_pct: float | None
    service: str | None
    description: str

    def covers(self, day: date, service: str) -> bool:
        """True when the event applies to that day and service."""
        return self.start_date <= day <= self.end_date and self.service in (None, service)


@dataclass(frozen=True)
class GridCell:
    """One day and service of the grid: recorded covers (None when empty) and their source."""

    day: date
    service: str
    covers: int | None
    source: str | None


@dataclass(frozen=True)
class GridDay:
    """One row of the week grid: the day, whether it is a day off, its events, and its cells."""

    day: date
    day_off: str | None
    day_off_kind: str | None
    events: tuple[EventRow, ...]
    cells: tuple[GridCell, ...]

    @property
    def closed(self) -> bool:
        """True when an event closes the site all day."""
        return any(e.kind == "closed" and e.service is None for e in self.events)


@dataclass(frozen=True)
class WeekGrid:
    """A site's week for typing covers: seven days (Monday first) × the site's services."""

    site_id: str
    week: IsoWeek
    services: tuple[str, ...]
    days: tuple[GridDay, ...]


@dataclass(frozen=True)
class UsualRange:
    """A site's usual covers for a service: most days fall in [low, high]; above `limit` a
    figure needs the user's confirmation. `capacity` is the site's seats (0: not known)."""

    service: str
    low: int
    high: int
    limit: int
    capacity: int = 0

    def questions(self, covers: int) -> bool:
        """True when `covers` is far enough outside the usual range to ask about it."""
        return covers > self.limit


@dataclass(frozen=True)
class CoverEntry:
    """One typed cell: `covers` None or '' clears the day; text is read as typed ('1250', '12').

    `confirmed` says the user confirmed a figure far outside the site's usual range as real."""

    day: date
    service: str
    covers: int | str | None
    confirmed: bool = False


@dataclass(frozen=True)
class EntryRejection:
    """A typed cell not saved, with the reason code; `usual` is set for an implausible figure,
    `readings` for an ambiguous one ({'da': '1250', 'en': '1.25'})."""

    day: date
    service: str
    value: str
    reason: str
    usual: UsualRange | None = None
    readings: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class SaveResult:
    """What `save_covers` did with each entry; `written` holds each accepted entry's day as
    it now stands (None covers: cleared)."""

    saved: int
    cleared: int
    unchanged: int
    rejected: tuple[EntryRejection, ...]
    written: tuple[HeadcountState, ...] = ()


@dataclass(frozen=True)
class HeadcountState:
    """What one day and service held: None covers when nothing was recorded (or it was cleared)."""

    day: date
    service: str
    covers: int | None
    source: str | None = None
    confirmed: bool = False


@dataclass(frozen=True)
class OverrideRow:
    """The manager's own number for a day and service."""

    site_id: str
    day: date
    service: str
    covers: int
    reason: str
    made_at: datetime


class PlannedCovers(NamedTuple):
    """The covers planning uses and where they come from: override, forecast, closed, usual, none.

    A named tuple, so `value, source = planned_covers(...)` works as well as `.value`.
    """

    value: int
    source: str
