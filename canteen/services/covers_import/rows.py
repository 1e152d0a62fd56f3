"""Reading a table's rows as covers: column mapping, Danish and ISO dates, numbers in the file's
own convention, and every row left out with the reason."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from canteen.domain.numbers import NumberProblem, detect_convention, read_number
from canteen.errors import ValidationError
from canteen.services.covers.reasons import (
    BAD_DATE,
    DATE_OUT_OF_RANGE,
    DUPLICATE_DAY,
    EARLIEST,
    IN_FUTURE,
    MAX_COVERS,
    MISSING_COUNT,
    MISSING_DATE,
    NEGATIVE,
    NOT_WHOLE,
    TOO_LARGE,
    UNKNOWN_SERVICE,
)
from canteen.services.covers_import.reading import Table

PREVIEW_ROWS = 20
MISSING = {"", "na", "n/a", "nan", "null", "none", "-"}

_HEADER_GUESSES = {
    "date": ("dato", "date", "dag", "day", "jour", "business_date", "salgsdato"),
    "covers": (
        "kuverter",
        "covers",
        "antal",
        "served",
        "count",
        "gæster",
        "guests",
        "couverts",
        "portioner",
        "antal_kuverter",
        "quantity",
        "qty",
    ),
    "service": ("service", "måltid", "maaltid", "meal", "ydelse"),
    "site": ("site", "kantine", "afdeling", "station", "lokation", "location", "sted"),
    "planned": ("planned", "planlagt", "prognose", "forecast"),
}
_SERVICE_NAMES = {
    "breakfast": "breakfast",
    "morgenmad": "breakfast",
    "morgen": "breakfast",
    "lunch": "lunch",
    "frokost": "lunch",
    "middag": "lunch",
    "dinner": "dinner",
    "aftensmad": "dinner",
    "aften": "dinner",
    "nat": "dinner",
    "natmad": "dinner",
    "night": "dinner",
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_DANISH = re.compile(r"^(\d{1,2})([-./])(\d{1,2})\2(\d{2}|\d{4})$")


@dataclass(frozen=True)
class ColumnMapping:
    """Which file column holds what; `service` None means every row is `default_service`."""

    date: str
    covers: str
    service: str | None = None
    site: str | None = None
    planned: str | None = None
    default_service: str = "lunch"

    def to_dict(self) -> dict:
        """A JSON-ready dict (the GUI stores it to offer it next time)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> ColumnMapping:
        """The mapping back from `to_dict`; unknown keys are ignored."""
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


@dataclass(frozen=True)
class Rejection:
    """A row left out: its number in the file, the offending value, and a reason code;
    `readings` for an ambiguous number ({'da': '1234', 'en': '1.234'} as pairs)."""

    line: int
    value: str
    reason: str
    column: str = ""
    readings: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ParsedRow:
    """A valid row: the day, service and covers (None when a backtest file says NA)."""

    line: int
    day: date
    service: str
    covers: float | None
    site: str = ""
    planned: float | None = None


@dataclass(frozen=True)
class ParseResult:
    """Valid rows and rejected rows, in file order."""

    rows: tuple[ParsedRow, ...]
    rejected: tuple[Rejection, ...] = field(default_factory=tuple)


def guess_mapping(headers: tuple[str, ...] | list[str]) -> ColumnMapping | None:
    """A mapping from header names alone, or None when no date or covers column is recognised."""
    found: dict[str, str] = {}
    for header in headers:
        key = header.strip().lower().replace(" ", "_")
        for role, names in _HEADER_GUESSES.items():
            if role not in found and key in names:
                found[role] = header
    if "date" not in found or "covers" not in found:
        return None
    return ColumnMapping(**found)


def parse_day(value) -> date:
    """A date from a cell: ISO (2026-11-25) or Danish day first (25-11-2026, 25.11.2026, 25/11/26)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        match = _ISO.match(text)
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
        match = _DANISH.match(text)
        if match:
            year = int(match[4])
            return date(year + 2000 if year < 100 else year, int(match[3]), int(match[1]))
    except ValueError:
        pass
    raise ValidationError(f"not a date: {text!r}", reason=BAD_DATE, value=text)


def parse_service(value, default: str) -> str:
    """A service name from a cell (Danish or English); an empty cell is `default`."""
    text = "" if value is None else str(value).strip().lower()
    if not text:
        return default
    if text in _SERVICE_NAMES:
        return _SERVICE_NAMES[text]
    raise ValidationError(f"unknown service {text!r}", reason=UNKNOWN_SERVICE, value=text)


def _is_missing(value) -> bool:
    return value is None or (isinstance(value, str) and value.strip().lower() in MISSING)


def _cell(cells: tuple, index: int | None):
    if index is None or index >= len(cells):
        return None
    return cells[index]


@dataclass(frozen=True)
class _Rules:
    """How `parse_rows` was asked to read the rows."""

    columns: dict[str, int]
    mapping: ColumnMapping
    today: date
    latest: date
    allow_missing: bool
    whole: bool
    allow_future: bool
    conventions: dict[str, str | None]


def parse_rows(
    table: Table,
    mapping: ColumnMapping,
    *,
    today: date | None = None,
    allow_missing: bool = False,
    whole: bool = True,
    allow_future: bool = False,
    limit: int | None = None,
) -> ParseResult:
    """Check every row; valid rows are kept, the others listed with the reason.

    A day (per site and service) that appears twice is ambiguous: all its rows are rejected,
    unless they are identical, when the first is kept. `allow_missing` keeps rows whose covers
    say NA (a backtest file's open day with nothing recorded). Numbers are read in the
    convention the column's own values show; one that stays ambiguous ("1.234") is refused.
    """
    today = today or date.today()
    columns = {
        role: table.column(name)
        for role, name in asdict(mapping).items()
        if role in ("date", "covers") or (role in ("service", "site", "planned") and name)
    }
    conventions = {
        role: detect_convention(_cell(cells, columns[role]) for cells in table.rows)
        for role in ("covers", "planned")
        if role in columns
    }
    rules = _Rules(
        columns,
        mapping,
        today,
        date(today.year + 1, 12, 31),
        allow_missing,
        whole,
        allow_future,
        conventions,
    )
    kept: list[ParsedRow] = []
    rejected: list[Rejection] = []
    for line, cells in zip(table.line_numbers, table.rows, strict=True):
        if limit is not None and len(kept) + len(rejected) >= limit:
            break
        row = _parse_row(line, cells, rules)
        if isinstance(row, Rejection):
            rejected.append(row)
        else:
            kept.append(row)
    kept, duplicates = _drop_duplicates(kept)
    rejected.extend(duplicates)
    rejected.sort(key=lambda r: r.line)
    return ParseResult(tuple(kept), tuple(rejected))


def _parse_row(line: int, cells: tuple, rules: _Rules) -> ParsedRow | Rejection:
    columns, mapping = rules.columns, rules.mapping
    raw_day = _cell(cells, columns["date"])
    if _is_missing(raw_day):
        return Rejection(line, "", MISSING_DATE, mapping.date)
    try:
        day = parse_day(raw_day)
    except ValidationError:
        return Rejection(line, str(raw_day), BAD_DATE, mapping.date)
    if not EARLIEST <= day <= rules.latest:
        return Rejection(line, str(raw_day), DATE_OUT_OF_RANGE, mapping.date)
    if day > rules.today and not rules.allow_future:
        return Rejection(line, str(raw_day), IN_FUTURE, mapping.date)
    try:
        service = parse_service(_cell(cells, columns.get("service")), mapping.default_service)
    except ValidationError:
        return Rejection(
            line, str(_cell(cells, columns.get("service"))), UNKNOWN_SERVICE, mapping.service or ""
        )
    covers = _count(
        line,
        _cell(cells, columns["covers"]),
        mapping.covers,
        rules.conventions.get("covers"),
        rules.allow_missing,
        rules.whole,
    )
    if isinstance(covers, Rejection):
        return covers
    planned = None
    if "planned" in columns:
        raw = _cell(cells, columns["planned"])
        planned = _count(line, raw, mapping.planned, rules.conventions.get("planned"), True, False)
        if isinstance(planned, Rejection):
            return planned
    site = _cell(cells, columns.get("site"))
    return ParsedRow(line, day, service, covers, "" if site is None else str(site).strip(), planned)


def _count(line, raw, column, convention, allow_missing, whole):
    if _is_missing(raw):
        return None if allow_missing else Rejection(line, "", MISSING_COUNT, column)
    try:
        number = read_number(raw, convention)
    except NumberProblem as problem:
        readings = tuple(sorted(problem.data.get("readings", {}).items()))
        return Rejection(line, str(raw).strip(), problem.reason, column, readings)
    if number < 0:
        return Rejection(line, str(raw), NEGATIVE, column)
    if number > MAX_COVERS:
        return Rejection(line, str(raw), TOO_LARGE, column)
    if whole:
        if number != number.to_integral_value():
            return Rejection(line, str(raw), NOT_WHOLE, column)
        return int(number)
    return float(number)


def _drop_duplicates(rows: list[ParsedRow]) -> tuple[list[ParsedRow], list[Rejection]]:
    groups: dict[tuple, list[ParsedRow]] = {}
    for row in rows:
        groups.setdefault((row.site, row.day, row.service), []).append(row)
    kept, rejected = [], []
    for group in groups.values():
        first = group[0]
        same = all((r.covers, r.planned) == (first.covers, first.planned) for r in group)
        if same:
            kept.append(first)
        rejected.extend(
            Rejection(r.line, first.day.isoformat(), DUPLICATE_DAY)
            for r in (group[1:] if same else group)
        )
    kept.sort(key=lambda r: r.line)
    return kept, rejected


def preview(
    table: Table, mapping: ColumnMapping, rows: int = PREVIEW_ROWS, **options
) -> ParseResult:
    """The first `rows` rows checked as an import would check them."""
    return parse_rows(table, mapping, limit=rows, **options)
