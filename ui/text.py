"""Small wording helpers every screen shares: filling %1 placeholders, refusal colour, dates.

Dates follow the app's language through Babel's CLDR data: "2.12." and "onsdag den 2. december"
in Danish, "2/12" and "Wednesday 2 December" in English; one format per kind of date, app-wide.
"""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_datetime
from PySide6.QtCore import QLocale

# The colour of a refusal next to a field or cell.
ERROR_STYLE = "color: #b3261e;"

_PATTERNS = {
    "da": {
        "short": "d.M.",
        "weekday": "EEE d.M.",
        "long": "EEEE 'den' d. MMMM",
        "year": "d. MMMM y",
    },
    "en": {"short": "d/M", "weekday": "EEE d/M", "long": "EEEE d MMMM", "year": "d MMMM y"},
}
_BABEL_LOCALE = {"da": "da_DK", "en": "en_GB"}


def fill(text: str, *values: object) -> str:
    """A translated text with %1, %2 … replaced by the values (Qt's arg(), for plain strings)."""
    # Highest number first, so %1 does not eat the start of %10.
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


def language() -> str:
    """The app's language as set at start: 'da' or 'en'."""
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def day_text(day: date, kind: str = "short") -> str:
    """A date as the app writes it: kind is short (2.12.), weekday (Ons 2.12.), long, year."""
    lang = language()
    if kind == "weekday":
        # A column or row heading: the weekday short, capitalised, without CLDR's "ons." dot.
        weekday = format_date(day, "EEE", locale=_BABEL_LOCALE[lang]).rstrip(".").capitalize()
        return f"{weekday} {day_text(day)}"
    return format_date(day, _PATTERNS[lang][kind], locale=_BABEL_LOCALE[lang])


def moment_text(moment: datetime) -> str:
    """A date and time in local time: 2.12. 14.05 in Danish."""
    lang = language()
    local = moment.astimezone() if moment.tzinfo else moment
    time = format_datetime(local, "HH.mm" if lang == "da" else "HH:mm", locale=_BABEL_LOCALE[lang])
    return f"{day_text(local.date())} {time}"
