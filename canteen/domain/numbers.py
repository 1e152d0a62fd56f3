"""The one reader for numbers typed or imported: Danish and English conventions, never a silent guess.

"1,5" and "1.234,5" are Danish, "1.5" and "1,234.5" English; both conventions agree on "1250",
"-3" and "+4". A text that reads as two different numbers ("1.250": 1250 in Danish, 1.25 in
English) is ambiguous: it is refused unless the caller knows the convention (an imported file whose
other values show it, see `detect_convention`). Locale rules come from Babel's CLDR data.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from babel.numbers import NumberFormatError, format_decimal, parse_decimal

from canteen.errors import ValidationError

CONVENTIONS = ("da", "en")

NOT_A_NUMBER = "not_a_number"
AMBIGUOUS = "ambiguous_number"
NOT_WHOLE = "not_whole"
TOO_PRECISE = "too_precise"  # money with a fraction of an øre

# Spaces people and spreadsheets put between thousands: plain, no-break, thin, narrow no-break.
_SPACES = re.compile(r"[ \u00a0\u2009\u202f]")
_SPACE_GROUPED = re.compile(r"[+-]?[0-9]{1,3}( [0-9]{3})+([.,][0-9]+)?")
_MINUSES = str.maketrans({"\u2212": "-", "\u2013": "-"})
# Plain digits, one sign, separators: no exponents, underscores, hex or other scripts' digits.
_NUMBER_LIKE = re.compile(r"[+-]?[0-9.,]+")


class NumberProblem(ValidationError):
    """Text that is not one number: `reason` is not_a_number, ambiguous_number, not_whole or
    too_precise."""

    def __init__(self, message: str, *, reason: str, value: str, **data) -> None:
        super().__init__(message, reason=reason, value=value, **data)
        self.reason = reason
        self.value = value


def _normalise(text: str) -> str | None:
    """The text with signs and space thousands separators made plain; None when spaced wrongly."""
    text = text.strip().translate(_MINUSES)
    if not _SPACES.search(text):
        return text if _NUMBER_LIKE.fullmatch(text) else None
    spaced = _SPACES.sub(" ", text)
    if not _SPACE_GROUPED.fullmatch(spaced):
        return None
    return spaced.replace(" ", "")  # the pattern above allows only digits, sign and separators


def readings(text: str) -> dict[str, Decimal]:
    """What the text means in each convention that accepts it: {'da': 1250, 'en': 1.25}."""
    plain = _normalise(text)
    if not plain:
        return {}
    found: dict[str, Decimal] = {}
    for convention in CONVENTIONS:
        try:
            number = parse_decimal(plain, locale=convention, strict=True)
        except (NumberFormatError, InvalidOperation, ValueError):
            continue
        if number.is_finite():
            found[convention] = number
    return found


def read_number(value: object, convention: str | None = None) -> Decimal:
    """One number from what was typed or imported; NumberProblem when there is none or two.

    Numbers already typed as numbers (a spreadsheet cell) pass through. `convention` ('da' or
    'en') settles a text that the two conventions read differently; without it that is refused.
    """
    if isinstance(value, bool) or value is None:
        raise NumberProblem(
            "not a number", reason=NOT_A_NUMBER, value="" if value is None else str(value)
        )
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise NumberProblem("not a number", reason=NOT_A_NUMBER, value=str(value))
        return Decimal(repr(value))
    text = str(value)
    found = readings(text)
    distinct = set(found.values())
    if not distinct:
        raise NumberProblem(f"not a number: {text!r}", reason=NOT_A_NUMBER, value=text.strip())
    if len(distinct) == 1:
        return distinct.pop()
    if convention in found:
        return found[convention]
    raise NumberProblem(
        f"ambiguous number: {text!r}",
        reason=AMBIGUOUS,
        value=text.strip(),
        readings={name: str(number) for name, number in found.items()},
    )


def read_whole(value: object, convention: str | None = None) -> int:
    """A whole number (covers, portions, packs); NumberProblem for 12,5 or anything not a number."""
    number = read_number(value, convention)
    if number != number.to_integral_value():
        raise NumberProblem(
            f"not a whole number: {value!r}", reason=NOT_WHOLE, value=str(value).strip()
        )
    return int(number)


def detect_convention(texts: Iterable[object]) -> str | None:
    """The convention a column of values shows ('da' or 'en'), or None when it shows none or both.

    A value only one convention can read ("1,5", "1.234,5" or "1.5") is evidence; values both read
    alike ("55") or differently ("1.250") are not.
    """
    seen: set[str] = set()
    for value in texts:
        if not isinstance(value, str):
            continue
        found = readings(value)
        if len(found) == 1:
            seen.update(found)
            if len(seen) > 1:
                return None
    return seen.pop() if len(seen) == 1 else None


def format_number(value: float | Decimal | int, language: str = "da", decimals: int = 0) -> str:
    """A number for people: '1.234,5' in Danish, '1,234.5' in English."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(value, format=pattern, locale=language)
