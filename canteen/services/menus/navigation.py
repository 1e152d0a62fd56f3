"""Moving around the planner: previous/next week, and reading 'uge 48', '2026-W48' or a date."""

from __future__ import annotations

import re
from datetime import date

from canteen.domain.weeks import IsoWeek
from canteen.errors import ValidationError

_WEEK_WORD = re.compile(
    r"^\s*(?:uge|u|week|wk|w)?\s*\.?\s*(\d{1,2})\s*(?:[,/ ]\s*(\d{4}))?\s*$", re.IGNORECASE
)
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DANISH_DATE = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2,4}))?\s*$")


def previous_week(week: IsoWeek) -> IsoWeek:
    """The week before."""
    return week.shifted(-1)


def next_week(week: IsoWeek) -> IsoWeek:
    """The week after."""
    return week.shifted(1)


def _checked(year: int, number: int, text: str) -> IsoWeek:
    try:
        return IsoWeek.of(year, number)
    except ValidationError as error:
        raise ValidationError(
            str(error), field="week", reason="no_such_week", text=text, **error.data
        ) from None


def _nearest(number: int, reference: IsoWeek, text: str) -> IsoWeek:
    """Week `number` of the reference's year or a neighbour, whichever lies closest."""
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(IsoWeek.of(year, number))
        except ValidationError:
            continue
    if not candidates:
        return _checked(reference.year, number, text)
    return min(candidates, key=lambda w: abs((w.monday() - reference.monday()).days))


def _date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError("not a date", field="week", reason="not_a_date", text=text) from None


def parse_week_input(text: str, reference: IsoWeek) -> IsoWeek:
    """The week the user means: 'uge 48' (nearest to `reference`), 'uge 48 2027', '2026-W48',
    '23.11.2026', '23/11' or '2026-11-23'; a ValidationError (field 'week') otherwise."""
    text = (text or "").strip()
    if re.match(r"^\d{4}-?[Ww]\d{1,2}$", text):
        year, number = re.findall(r"\d+", text)
        return _checked(int(year), int(number), text)
    match = _WEEK_WORD.match(text)
    if match and not _DANISH_DATE.match(text):
        number, year = int(match.group(1)), match.group(2)
        return _checked(int(year), number, text) if year else _nearest(number, reference, text)
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return IsoWeek.containing(_date(year, month, day, text))
    match = _DANISH_DATE.match(text)
    if match:
        day, month, year = match.groups()
        if year is None:
            options = []
            for y in (reference.year - 1, reference.year, reference.year + 1):
                try:
                    options.append(date(y, int(month), int(day)))
                except ValueError:
                    continue
            if not options:
                _date(reference.year, int(month), int(day), text)
            found = min(options, key=lambda d: abs((d - reference.monday()).days))
            return IsoWeek.containing(found)
        year = int(year) + (2000 if len(year) == 2 else 0)
        return IsoWeek.containing(_date(year, int(month), int(day), text))
    raise ValidationError("not a week or a date", field="week", reason="not_a_week", text=text)
