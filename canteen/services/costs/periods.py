"""Cost months ('YYYY-MM'), how they group into quarters and years, and the organic deadline."""

from __future__ import annotations

from datetime import date, timedelta

from canteen.errors import ValidationError

GROUPINGS = ("month", "quarter", "year")
# The organic share of a quarter must be calculated within six weeks after it ends (§ 10).
ORGANIC_DEADLINE = timedelta(weeks=6)


def parse_month(text: str) -> str:
    """'2026-01' (or '2026-1') as the cost month 'YYYY-MM'; ValidationError 'not_a_month'."""
    cleaned = text.strip()
    year, _, month = cleaned.partition("-")
    if not (year.isdigit() and month.isdigit() and len(year) == 4 and 1 <= int(month) <= 12):
        raise ValidationError(f"not a month: {text!r}", reason="not_a_month", text=text)
    return f"{int(year):04d}-{int(month):02d}"


def month_number(month: str) -> int:
    """'2026-03' as 202603, the form the queries group by."""
    return int(month[:4]) * 100 + int(month[5:7])


def month_of(number: int) -> str:
    """202603 as '2026-03'."""
    return f"{number // 100:04d}-{number % 100:02d}"


def months_between(first: str, last: str) -> list[str]:
    """Every month from `first` to `last`, both included; ValidationError when reversed."""
    if last < first:
        raise ValidationError(
            f"{last} is before {first}", reason="month_range", first=first, last=last
        )
    found, year, month = [], int(first[:4]), int(first[5:])
    while f"{year:04d}-{month:02d}" <= last:
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def first_day(month: str) -> date:
    """The first day of a month."""
    return date(int(month[:4]), int(month[5:]), 1)


def day_after(month: str) -> date:
    """The first day of the month after `month` (the end of a half-open range)."""
    year, number = int(month[:4]), int(month[5:])
    return date(year + 1, 1, 1) if number == 12 else date(year, number + 1, 1)


def period_key(month: str, grouping: str) -> str:
    """The period a month belongs to: 'YYYY-MM', 'YYYY-Qn' or 'YYYY'."""
    if grouping == "month":
        return month
    if grouping == "quarter":
        return f"{month[:4]}-Q{(int(month[5:]) - 1) // 3 + 1}"
    if grouping == "year":
        return month[:4]
    raise ValidationError(f"no grouping {grouping!r}", reason="grouping", grouping=grouping)


def quarter_end(month: str) -> date:
    """The last day of the quarter a month is in."""
    year, number = int(month[:4]), int(month[5:])
    last = ((number - 1) // 3 + 1) * 3
    return day_after(f"{year:04d}-{last:02d}") - timedelta(days=1)


def organic_deadline(last_month: str) -> date:
    """When the organic share of the quarter holding `last_month` must be calculated."""
    return quarter_end(last_month) + ORGANIC_DEADLINE
