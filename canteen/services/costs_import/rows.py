"""Reading ledger import rows: which column is which, amounts in the column's own convention,
days and months, sites and categories by code or Danish/English name; every refusal has a reason."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from canteen.domain.money import read_ore
from canteen.domain.numbers import detect_convention, read_number
from canteen.errors import ValidationError
from canteen.services.covers_import.reading import Table
from canteen.services.covers_import.rows import parse_day, parse_service

SALES, COSTS, BUDGETS = "sales", "costs", "budgets"
KINDS = (SALES, COSTS, BUDGETS)

# Reasons a row is refused (worded by ui/wording/costs.py and the command line).
MISSING_VALUE = "missing_value"
BAD_DATE = "bad_date"
BAD_MONTH = "bad_month"
UNKNOWN_SITE = "unknown_site"
UNKNOWN_CATEGORY = "unknown_category"
UNKNOWN_SERVICE = "unknown_service"
NEGATIVE = "negative"
ZERO = "zero_amount"
TOO_LARGE = "too_large"
NOT_WHOLE = "not_whole"
DUPLICATE = "duplicate_row"
CLOSED_MONTH = "closed_month"
ALREADY_BOOKED = "already_booked"

# One imported amount above this (5 million kr) is a slipped separator, not a canteen's month.
MOST_ORE = 500_000_000
MOST_COVERS = 20_000

_ROLES = {
    "site": ("site", "kantine", "afdeling", "lokation", "location", "sted", "site_code"),
    "date": ("dato", "date", "dag", "day", "salgsdato", "bogføringsdato"),
    "month": ("måned", "maaned", "month", "periode", "period"),
    "service": ("service", "måltid", "maaltid", "meal", "ydelse"),
    "covers": ("kuverter", "covers", "antal", "covers_sold", "solgte_kuverter", "qty"),
    "amount": ("beløb", "beloeb", "amount", "kr", "dkk", "omsætning", "revenue", "budget"),
    "category": ("kategori", "category", "art", "konto", "type"),
    "text": ("tekst", "text", "note", "bemærkning", "beskrivelse", "description"),
}
_CATEGORIES = {
    "raw_materials": "raw_materials",
    "råvarer": "raw_materials",
    "raavarer": "raw_materials",
    "raw materials": "raw_materials",
    "labour": "labour",
    "labor": "labour",
    "løn": "labour",
    "loen": "labour",
    "personale": "labour",
    "other": "other",
    "andet": "other",
    "øvrige": "other",
    "andre": "other",
    "waste": "waste",
    "svind": "waste",
    "madspild": "waste",
}
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$|^(\d{1,2})[-./](\d{4})$")


@dataclass(frozen=True)
class Rejected:
    """A row left out: its line in the file, the offending value, the column and a reason."""

    line: int
    value: str
    reason: str
    column: str = ""


@dataclass(frozen=True)
class Columns:
    """Which file column holds what for one kind of import (None: not in the file)."""

    kind: str
    site: str | None = None
    date: str | None = None
    month: str | None = None
    service: str | None = None
    covers: str | None = None
    amount: str | None = None
    category: str | None = None
    text: str | None = None


_NEEDED = {
    SALES: (("date",), ("covers",), ("amount",)),
    COSTS: (("date", "month"), ("category",), ("amount",)),
    BUDGETS: (("site",), ("month", "date"), ("category",), ("amount",)),
}


def guess_columns(kind: str, headers: tuple[str, ...]) -> Columns:
    """Columns from header names; ValidationError `missing_columns` lists the roles not found."""
    found: dict[str, str] = {}
    for header in headers:
        key = header.strip().lower().replace("_", " ")
        for role, names in _ROLES.items():
            if role not in found and key in {n.replace("_", " ") for n in names}:
                found[role] = header
                break
    missing = [roles[0] for roles in _NEEDED[kind] if not any(r in found for r in roles)]
    if missing:
        raise ValidationError(
            "columns not found", reason="missing_columns", missing=missing, headers=headers
        )
    return Columns(kind, **found)


def category_of(value) -> str:
    """A cost category from its code or Danish/English name."""
    key = "" if value is None else str(value).strip().lower().replace("_", " ")
    found = _CATEGORIES.get(key) or _CATEGORIES.get(key.replace(" ", "_"))
    if not found:
        raise ValidationError(f"unknown category {key!r}", reason=UNKNOWN_CATEGORY, value=key)
    return found


def month_of_cell(value) -> str:
    """'YYYY-MM' from 2026-03, 03-2026, 3/2026 or any date in the month."""
    text = "" if value is None else str(value).strip()
    match = _MONTH.match(text)
    if match:
        year, month = (match[1], match[2]) if match[1] else (match[4], match[3])
        if 1 <= int(month) <= 12:
            return f"{int(year):04d}-{int(month):02d}"
        raise ValidationError(f"not a month {text!r}", reason=BAD_MONTH, value=text)
    try:
        day = parse_day(value)
    except ValidationError:
        raise ValidationError(f"not a month {text!r}", reason=BAD_MONTH, value=text) from None
    return f"{day.year:04d}-{day.month:02d}"


def is_missing(value) -> bool:
    """An empty cell (or one saying nothing: '', '-', 'NA')."""
    return value is None or (isinstance(value, str) and value.strip().lower() in ("", "-", "na"))


class RowReader:
    """Reads one table's cells for a mapping, numbers in each column's detected convention."""

    def __init__(self, table: Table, columns: Columns) -> None:
        self.columns = columns
        self.index = {
            role: table.column(name)
            for role, name in vars(columns).items()
            if role != "kind" and name
        }
        self.conventions = {
            role: detect_convention(self.cell(cells, role) for cells in table.rows)
            for role in ("amount", "covers")
            if role in self.index
        }

    def cell(self, cells: tuple, role: str):
        """The raw cell for a role (None when the column is absent or the row short)."""
        at = self.index.get(role)
        return None if at is None or at >= len(cells) else cells[at]

    def fail(self, line: int, cells: tuple, role: str, reason: str) -> Rejected:
        """A refusal naming the role's column and its raw value."""
        raw = self.cell(cells, role)
        return Rejected(line, "" if raw is None else str(raw).strip(), reason, self.column(role))

    def column(self, role: str) -> str:
        """The file's name for a role's column."""
        return getattr(self.columns, role) or ""

    def ore(self, cells: tuple, *, signed: bool) -> int:
        """An amount in kroner (two decimals at most) as øre; ValidationError with a reason."""
        raw = self.cell(cells, "amount")
        if is_missing(raw):
            raise ValidationError("no amount", reason=MISSING_VALUE)
        ore = read_ore(raw, self.conventions.get("amount"))
        if ore < 0 and not signed:
            raise ValidationError("negative", reason=NEGATIVE)
        if ore == 0 and signed:
            raise ValidationError("zero", reason=ZERO)
        if abs(ore) > MOST_ORE:
            raise ValidationError("too large", reason=TOO_LARGE)
        return ore

    def covers(self, cells: tuple) -> int:
        """A whole, plausible number of covers sold."""
        raw = self.cell(cells, "covers")
        if is_missing(raw):
            raise ValidationError("no covers", reason=MISSING_VALUE)
        number = read_number(raw, self.conventions.get("covers"))
        if number != number.to_integral_value():
            raise ValidationError("not whole", reason=NOT_WHOLE)
        if number < 0:
            raise ValidationError("negative", reason=NEGATIVE)
        if number > MOST_COVERS:
            raise ValidationError("too large", reason=TOO_LARGE)
        return int(number)

    def day(self, cells: tuple) -> date:
        """The row's date."""
        raw = self.cell(cells, "date")
        if is_missing(raw):
            raise ValidationError("no date", reason=MISSING_VALUE)
        try:
            return parse_day(raw)
        except ValidationError:
            raise ValidationError("bad date", reason=BAD_DATE) from None

    def service(self, cells: tuple) -> str:
        """The row's service (lunch when the file has none)."""
        try:
            return parse_service(self.cell(cells, "service"), "lunch")
        except ValidationError:
            raise ValidationError("unknown service", reason=UNKNOWN_SERVICE) from None


def as_decimal_kr(ore: int) -> Decimal:
    """Øre as kroner, for showing."""
    return Decimal(ore) / 100
