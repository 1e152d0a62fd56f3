"""A country's calendar as numeric codes per day: days off and school-holiday weeks."""

from __future__ import annotations

from datetime import date

import holidays
import numpy as np

from canteen.domain.calendar import day_off, days_off, school_holiday_week
from canteen.errors import ValidationError

DAY_OFF_KINDS = ("", "public", "customary", "bridge")
SCHOOL_HOLIDAYS = ("", "winter", "easter", "summer", "autumn")


def check_country(country: str) -> str:
    """The country code in capitals; ValidationError when the `holidays` package does not know it."""
    code = country.strip().upper()
    if code not in holidays.list_supported_countries():
        raise ValidationError(
            f"unknown country code {country!r}: use an ISO code such as DK, SE, DE, US or KR",
            field="country",
            reason="unknown_country",
            country=country,
        )
    return code


class CountryCalendar:
    """Days off and school holidays of one country (school holidays are known for DK only)."""

    def __init__(self, country: str = "DK") -> None:
        self.country = check_country(country)
        self._day_off: dict[int, int] = {}
        self._years: set[int] = set()

    def _load(self, year: int) -> None:
        if year in self._years:
            return
        self._years.add(year)
        for day, off in days_off(year, self.country).items():
            self._day_off[day.toordinal()] = DAY_OFF_KINDS.index(off.kind)

    def day_off_codes(self, days: np.ndarray) -> np.ndarray:
        """0 for an ordinary day, else the index of the day-off kind in DAY_OFF_KINDS."""
        out = np.zeros(len(days), dtype=np.int64)
        for i, number in enumerate(days):
            number = int(number)
            self._load(date.fromordinal(number).year)
            out[i] = self._day_off.get(number, 0)
        return out

    def school_codes(self, days: np.ndarray) -> np.ndarray:
        """0 outside school holidays, else the index of the holiday in SCHOOL_HOLIDAYS."""
        out = np.zeros(len(days), dtype=np.int64)
        if self.country != "DK":
            return out
        for i, number in enumerate(days):
            name = school_holiday_week(date.fromordinal(int(number)))
            out[i] = SCHOOL_HOLIDAYS.index(name) if name else 0
        return out

    def day_off(self, day: date):
        """The DayOff of a date, or None."""
        return day_off(day, self.country)

    def school_holiday(self, day: date) -> str | None:
        """The school-holiday week a date falls in, or None (always None outside DK)."""
        return school_holiday_week(day) if self.country == "DK" else None
