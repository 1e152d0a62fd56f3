"""ISO weeks: always (ISO year, ISO week), Monday first; '2026-W48' is the text form."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from canteen.errors import ValidationError

_WEEK_TEXT = re.compile(r"^\s*(\d{4})-?[Ww](\d{1,2})\s*$")


@dataclass(frozen=True, order=True)
class IsoWeek:
    """One ISO week; construct with `IsoWeek.of(year, week)` to have it checked."""

    year: int
    week: int

    @classmethod
    def of(cls, year: int, week: int) -> IsoWeek:
        """The week, or a ValidationError when the year has no such week (e.g. 2026-W54)."""
        if not 1 <= week <= weeks_in_year(year):
            raise ValidationError(
                f"{year} has no ISO week {week}",
                year=year,
                week=week,
                weeks=weeks_in_year(year),
            )
        return cls(year, week)

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """Read '2026-W48' (or '2026W48'); anything else is a ValidationError."""
        match = _WEEK_TEXT.match(text or "")
        if not match:
            raise ValidationError(f"not an ISO week: {text!r}", text=text)
        return cls.of(int(match.group(1)), int(match.group(2)))

    @classmethod
    def containing(cls, day: date) -> IsoWeek:
        """The ISO week a date falls in (29 Dec can be week 1 of the next year)."""
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    def monday(self) -> date:
        """The week's first day."""
        return date.fromisocalendar(self.year, self.week, 1)

    def days(self, count: int = 7) -> list[date]:
        """The first `count` days of the week, Monday first (5 for a working week)."""
        start = self.monday()
        return [start + timedelta(days=i) for i in range(count)]

    def shifted(self, weeks: int) -> IsoWeek:
        """The week `weeks` later (or earlier when negative)."""
        return IsoWeek.containing(self.monday() + timedelta(weeks=weeks))

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"


def weeks_in_year(year: int) -> int:
    """52 or 53: 28 December always lies in the year's last ISO week."""
    return date(year, 12, 28).isocalendar().week
