"""The Danish calendar as it affects covers: public holidays, customary days off, bridge days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import holidays


@dataclass(frozen=True)
class DayOff:
    """A day that empties offices: `kind` is 'public', 'customary' or 'bridge'."""

    day: date
    name: str
    kind: str


@lru_cache(maxsize=16)
def _native(country: str) -> str | None:
    """The country's own language for holiday names, or None where its catalogue is missing."""
    language = getattr(holidays.country_holidays(country), "default_language", None)
    if language is None:
        return None
    try:
        holidays.country_holidays(country, years=2000, language=language)
    except FileNotFoundError:  # a build without `holidays`' name catalogues: default names
        return None
    return language


# Cached: suppliers' delivery and cut-off days ask for the same year thousands of times; callers
# never see the dict itself (days_off copies it).
@lru_cache(maxsize=64)
def _country_days(country: str, year: int) -> dict[date, DayOff]:
    days: dict[date, DayOff] = {}
    # Names in the country's own language: without `language`, `holidays` follows the process
    # locale (LANG=C gives "Christmas Eve" on a Danish menu).
    language = _native(country)
    public = holidays.country_holidays(
        country, years=year, categories=("public",), language=language
    )
    for day, name in public.items():
        days[day] = DayOff(day, name, "public")
    try:
        optional = holidays.country_holidays(
            country, years=year, categories=("optional",), language=language
        )
    except (NotImplementedError, ValueError):
        # Countries without an "optional" category (France) raise ValueError in `holidays`.
        optional = {}
    for day, name in optional.items():
        days.setdefault(day, DayOff(day, name, "customary"))
    if country == "DK":
        _add_danish_bridge_days(year, public, days)
    return days


def _add_danish_bridge_days(year: int, public, days: dict[date, DayOff]) -> None:
    for day, name in public.items():
        if "Kristi himmelfart" in name or "Ascension" in name:
            friday = day + timedelta(days=1)
            days.setdefault(friday, DayOff(friday, "Fredag efter Kristi himmelfart", "bridge"))
    for dom in range(27, 31):
        day = date(year, 12, dom)
        if day.weekday() < 5:
            days.setdefault(day, DayOff(day, "Mellem jul og nytår", "bridge"))


def days_off(year: int, country: str = "DK") -> dict[date, DayOff]:
    """All public holidays, customary days off and bridge days of one year, by date."""
    return dict(_country_days(country, year))


def day_off(day: date, country: str = "DK") -> DayOff | None:
    """The day off that `day` is, or None for an ordinary day."""
    return _country_days(country, day.year).get(day)


def is_public_holiday(day: date, country: str = "DK") -> bool:
    """True on a public holiday (not customary or bridge days)."""
    found = day_off(day, country)
    return found is not None and found.kind == "public"


def school_holiday_week(day: date) -> str | None:
    """The Danish school-holiday week a date falls in ('winter', 'easter', 'summer', 'autumn')."""
    week = day.isocalendar().week
    if week in (7, 8):
        return "winter"
    if 27 <= week <= 32:
        return "summer"
    if week == 42:
        return "autumn"
    easter = _easter_sunday(day.year)
    if easter - timedelta(days=6) <= day <= easter + timedelta(days=1):
        return "easter"
    return None


def _easter_sunday(year: int) -> date:
    # Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)
