"""Covers from a till/POS export (CSV or XLSX): column mapping, Danish and ISO dates, preview,
import with a report of every rejected row and why.

The mapping is a plain serialisable object; remembering it between imports is the GUI's job.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path

from canteen.db.engine import Database
from canteen.db.models import Headcount, Site
from canteen.domain.ids import natural_id
from canteen.errors import Cancelled, NotFoundError, ValidationError

EARLIEST = date(2000, 1, 1)
MAX_COVERS = 100_000
PREVIEW_ROWS = 20
MISSING = {"", "na", "n/a", "nan", "null", "none", "-"}

# Reasons a row is rejected; the GUI words them.
BAD_DATE = "bad_date"
DATE_OUT_OF_RANGE = "date_out_of_range"
IN_FUTURE = "in_future"
MISSING_DATE = "missing_date"
MISSING_COUNT = "missing_count"
NOT_A_NUMBER = "not_a_number"
NEGATIVE = "negative"
NOT_WHOLE = "not_whole"
TOO_LARGE = "too_large"
DUPLICATE_DAY = "duplicate_day"
UNKNOWN_SERVICE = "unknown_service"
OTHER_SITE = "other_site"
SERVICE_NOT_OFFERED = "service_not_offered"

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
class Table:
    """A sheet as read: header names and rows of raw cells, with their row numbers in the file."""

    headers: tuple[str, ...]
    rows: tuple[tuple, ...]
    line_numbers: tuple[int, ...]

    def column(self, name: str) -> int:
        """The index of a header, or ValidationError `unknown_column`."""
        try:
            return self.headers.index(name)
        except ValueError:
            raise ValidationError(
                f"no column {name!r}", reason="unknown_column", column=name, headers=self.headers
            ) from None


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
    """A row left out: its number in the file, the offending value, and a reason code."""

    line: int
    value: str
    reason: str
    column: str = ""


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


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """Read a CSV (any delimiter; .csv.gz too) or an XLSX sheet (the first unless named)."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"no such file: {path}", reason="file_missing", path=str(path))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return read_csv_text(_decode(raw))


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def read_csv_text(text: str) -> Table:
    """Parse CSV text, guessing the delimiter among ; , tab and |."""
    lines = text.splitlines()
    if not lines:
        raise ValidationError("the file is empty", reason="empty_file")
    sample = "\n".join(lines[:20])
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        delimiter = max(";,\t|", key=lines[0].count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    records = [(reader.line_num, row) for row in reader]
    header = tuple(cell.strip() for cell in records[0][1])
    body = [(n, tuple(row)) for n, row in records[1:] if any(c.strip() for c in row)]
    return Table(header, tuple(r for _, r in body), tuple(n for n, _ in body))


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        found = book[sheet] if sheet else book.worksheets[0]
        rows = list(found.iter_rows(values_only=True))
    finally:
        book.close()
    if not rows:
        raise ValidationError("the sheet is empty", reason="empty_file")
    header = tuple("" if c is None else str(c).strip() for c in rows[0])
    body = [
        (i + 2, tuple(r)) for i, r in enumerate(rows[1:]) if any(c not in (None, "") for c in r)
    ]
    return Table(header, tuple(r for _, r in body), tuple(n for n, _ in body))


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


def parse_number(value) -> float:
    """A number from a cell, with a decimal comma or point and optional thousands separators."""
    if isinstance(value, bool):
        raise ValidationError("not a number", reason=NOT_A_NUMBER, value=str(value))
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if decimal == "," else ",", "").replace(",", ".")
    elif "," in text:
        text = text.replace(",", ".") if text.count(",") == 1 else text.replace(",", "")
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "")  # Danish thousands: 1.250
    try:
        number = float(text)
    except ValueError:
        raise ValidationError(
            f"not a number: {value!r}", reason=NOT_A_NUMBER, value=str(value)
        ) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise ValidationError(f"not a number: {value!r}", reason=NOT_A_NUMBER, value=str(value))
    return number


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
    say NA (a backtest file's open day with nothing recorded).
    """
    today = today or date.today()
    latest = date(today.year + 1, 12, 31)
    columns = {
        role: table.column(name)
        for role, name in asdict(mapping).items()
        if role in ("date", "covers", "service", "site", "planned") and name
    }
    kept: list[ParsedRow] = []
    rejected: list[Rejection] = []
    for line, cells in zip(table.line_numbers, table.rows, strict=True):
        if limit is not None and len(kept) + len(rejected) >= limit:
            break
        row = _parse_row(
            line, cells, columns, mapping, today, latest, allow_missing, whole, allow_future
        )
        if isinstance(row, Rejection):
            rejected.append(row)
        else:
            kept.append(row)
    kept, duplicates = _drop_duplicates(kept)
    rejected.extend(duplicates)
    rejected.sort(key=lambda r: r.line)
    return ParseResult(tuple(kept), tuple(rejected))


def _cell(cells: tuple, index: int | None):
    if index is None or index >= len(cells):
        return None
    return cells[index]


def _parse_row(line, cells, columns, mapping, today, latest, allow_missing, whole, allow_future):
    raw_day = _cell(cells, columns["date"])
    if _is_missing(raw_day):
        return Rejection(line, "", MISSING_DATE, mapping.date)
    try:
        day = parse_day(raw_day)
    except ValidationError:
        return Rejection(line, str(raw_day), BAD_DATE, mapping.date)
    if not EARLIEST <= day <= latest:
        return Rejection(line, str(raw_day), DATE_OUT_OF_RANGE, mapping.date)
    if day > today and not allow_future:
        return Rejection(line, str(raw_day), IN_FUTURE, mapping.date)
    try:
        service = parse_service(_cell(cells, columns.get("service")), mapping.default_service)
    except ValidationError:
        return Rejection(
            line, str(_cell(cells, columns.get("service"))), UNKNOWN_SERVICE, mapping.service or ""
        )
    covers = _count(line, _cell(cells, columns["covers"]), mapping.covers, allow_missing, whole)
    if isinstance(covers, Rejection):
        return covers
    planned = None
    if "planned" in columns:
        planned = _count(line, _cell(cells, columns["planned"]), mapping.planned, True, False)
        if isinstance(planned, Rejection):
            return planned
    site = _cell(cells, columns.get("site"))
    return ParsedRow(line, day, service, covers, "" if site is None else str(site).strip(), planned)


def _count(line, raw, column, allow_missing, whole):
    if _is_missing(raw):
        return None if allow_missing else Rejection(line, "", MISSING_COUNT, column)
    try:
        number = parse_number(raw)
    except ValidationError:
        return Rejection(line, str(raw), NOT_A_NUMBER, column)
    if number < 0:
        return Rejection(line, str(raw), NEGATIVE, column)
    if number > MAX_COVERS:
        return Rejection(line, str(raw), TOO_LARGE, column)
    if whole and number != int(number):
        return Rejection(line, str(raw), NOT_WHOLE, column)
    return int(number) if whole else number


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


@dataclass(frozen=True)
class ImportReport:
    """What an import did: rows added, changed, already so, and the rows rejected."""

    inserted: int
    updated: int
    unchanged: int
    rejected: tuple[Rejection, ...]


def import_covers(
    db: Database,
    site_id: str,
    table: Table,
    mapping: ColumnMapping,
    *,
    today: date | None = None,
    source: str = "import",
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """Write a table's valid rows as the site's headcounts (one transaction; cancel undoes all).

    Rows for another site (when the mapping has a site column) or for a service the site does
    not offer are rejected too; a recorded day is overwritten with the file's number.
    """
    parsed = parse_rows(table, mapping, today=today)
    rejected = list(parsed.rejected)
    with db.unit_of_work() as session:
        site = session.get(Site, site_id)
        if site is None:
            raise NotFoundError("no such site", site_id=site_id)
        names = {site.code.lower(), site.name.lower()}
        offered = set(site.service_list)
        rows = []
        for row in parsed.rows:
            if mapping.site and row.site.lower() not in names:
                rejected.append(Rejection(row.line, row.site, OTHER_SITE, mapping.site))
            elif row.service not in offered:
                rejected.append(
                    Rejection(row.line, row.service, SERVICE_NOT_OFFERED, mapping.service or "")
                )
            else:
                rows.append(row)
        counts = {"inserted": 0, "updated": 0, "unchanged": 0}
        for done, row in enumerate(rows, start=1):
            if should_cancel is not None and should_cancel():
                raise Cancelled("import cancelled")
            counts[_upsert(session, site_id, row, source)] += 1
            if progress is not None and (done % 200 == 0 or done == len(rows)):
                progress(done, len(rows))
    rejected.sort(key=lambda r: r.line)
    return ImportReport(rejected=tuple(rejected), **counts)


def _upsert(session, site_id: str, row: ParsedRow, source: str) -> str:
    key = natural_id("headcount", site_id, row.day, row.service)
    found = session.get(Headcount, key, execution_options={"include_deleted": True})
    if found is None:
        session.add(
            Headcount(
                id=key,
                site_id=site_id,
                day=row.day,
                service=row.service,
                covers=int(row.covers),
                source=source,
            )
        )
        return "inserted"
    if found.deleted_at is None and found.covers == int(row.covers):
        return "unchanged"
    found.covers = int(row.covers)
    found.source = source
    found.deleted_at = None
    return "updated"
