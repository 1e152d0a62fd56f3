"""Reading a till export into a table: the content decides how (CSV text or an XLSX workbook),
never the file's name; anything else is refused with what the file seems to be.

Every problem is a `FileProblem` with a reason and the kind of file found, so the GUI and the
command line can say what the file is and what is expected.
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from canteen.errors import FileProblem, ValidationError

MAX_FILE_BYTES = 50 * 1024 * 1024
SNIFF_LINES = 20
SNIFF_CHARS = 64 * 1024
DELIMITERS = ";,\t|"

# Reasons a file is refused.
FILE_MISSING = "file_missing"
UNREADABLE = "unreadable"
TOO_BIG = "too_big"
EMPTY_FILE = "empty_file"
NOT_A_TABLE = "not_a_table"
DAMAGED = "damaged"
SHEET_MISSING = "sheet_missing"
TOO_FEW_COLUMNS = "too_few_columns"

# The first bytes of files people pick by mistake, and what they are.
_MAGIC = (
    (b"%PDF", "pdf"),
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "xls"),  # Excel 97-2003 (and old Word)
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\x1f\x8b", "gzip"),
    (b"{\\rtf", "rtf"),
    (b"Rar!", "rar"),
    (b"7z\xbc\xaf", "7z"),
)


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


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """Read a CSV (any delimiter, gzipped too) or an XLSX sheet (the first unless named)."""
    path = Path(path)
    where = str(path)
    if not path.is_file():
        raise FileProblem(f"no such file: {path}", reason=FILE_MISSING, path=where)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise FileProblem("the file is too big", reason=TOO_BIG, path=where)
        raw = path.read_bytes()
    except OSError as error:
        raise FileProblem(
            f"cannot read {path}: {error}", reason=UNREADABLE, path=where, detail=str(error)
        ) from None
    try:
        return read_bytes(raw, sheet)
    except FileProblem as problem:
        problem.data.setdefault("path", where)
        raise


def sniff(raw: bytes) -> str:
    """What the bytes are: a kind from the magic numbers, 'utf16', 'text', 'binary' or 'empty'."""
    if not raw.strip():
        return "empty"
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            return kind
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_order(raw):
        return "utf16"
    if b"\x00" in raw:
        return "binary"
    return "text"


def _utf16_order(raw: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 text without a byte order mark, else None."""
    head = raw[:400]
    if len(head) < 4:
        return None
    odd, even = head[1::2], head[0::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def read_bytes(raw: bytes, sheet: str | None = None, *, unpacked: bool = False) -> Table:
    """A table from a file's bytes, whatever its name said."""
    kind = sniff(raw)
    if kind == "empty":
        raise FileProblem("the file is empty", reason=EMPTY_FILE, kind=kind)
    if kind == "gzip" and not unpacked:
        return read_bytes(_gunzip(raw), sheet, unpacked=True)
    if kind == "zip":
        return _read_xlsx(raw, sheet)
    if kind in ("text", "utf16"):
        return read_csv_text(_decode(raw, kind))
    raise FileProblem(f"a {kind} file is not a table", reason=NOT_A_TABLE, kind=kind)


def _gunzip(raw: bytes) -> bytes:
    unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = unpacker.decompress(raw, MAX_FILE_BYTES)
    except zlib.error:
        raise FileProblem("damaged gzip file", reason=DAMAGED, kind="gzip") from None
    if unpacker.unconsumed_tail:
        raise FileProblem("the unpacked file is too big", reason=TOO_BIG, kind="gzip")
    if not unpacker.eof:
        raise FileProblem("the gzip file is cut short", reason=DAMAGED, kind="gzip")
    return data


def _decode(raw: bytes, kind: str) -> str:
    if kind == "utf16":
        encoding = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else _utf16_order(raw)
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            raise FileProblem("damaged UTF-16 text", reason=DAMAGED, kind="utf16") from None
    else:
        text = _decode_8bit(raw)
    if _looks_binary(text):
        raise FileProblem("not text", reason=NOT_A_TABLE, kind="binary")
    return text


def _decode_8bit(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Windows (cp1252) or an old Mac's "CSV (Macintosh)" (mac_roman): both decode any bytes
    # (almost), so the one that reads more Danish letters wins; a tie (plain ASCII) is cp1252.
    readings = []
    for encoding in ("cp1252", "mac_roman", "latin-1"):
        try:
            readings.append(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    return max(readings, key=_danish_letters)


def _danish_letters(text: str) -> int:
    return sum(text.count(letter) for letter in "æøåÆØÅ")


def _looks_binary(text: str) -> bool:
    """NUL characters, or many control characters: not something a till writes as text."""
    sample = text[:SNIFF_CHARS]
    controls = sum(1 for c in sample if c < " " and c not in "\t\r\n")
    return "\x00" in sample or controls > max(2, len(sample) // 50)


def read_csv_text(text: str) -> Table:
    """Parse CSV text, guessing the delimiter among ; , tab and |; CR-only lines are read too."""
    if not text.strip():
        raise FileProblem("the file is empty", reason=EMPTY_FILE, kind="text")
    # Universal newlines: Excel for Mac's "CSV (Macintosh)" ends lines with CR alone.
    lines = io.StringIO(text, newline=None).read().split("\n")
    sample = "\n".join(lines[:SNIFF_LINES])[:SNIFF_CHARS]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        delimiter = max(DELIMITERS, key=lines[0].count)
    reader = csv.reader(io.StringIO(text, newline=None), delimiter=delimiter)
    try:
        records = [(reader.line_num, row) for row in reader]
    except csv.Error as error:
        raise FileProblem(
            f"not a table: {error}", reason=NOT_A_TABLE, kind="text", detail=str(error)
        ) from None
    records = [(n, row) for n, row in records if any(c.strip() for c in row)]
    if not records:
        raise FileProblem("the file is empty", reason=EMPTY_FILE, kind="text")
    header = tuple(cell.strip() for cell in records[0][1])
    return _table(header, records[1:], "text")


def _table(header: tuple[str, ...], body: list[tuple[int, list]], kind: str) -> Table:
    if sum(1 for name in header if name) < 2:
        raise FileProblem(
            "a date column and a covers column are needed",
            reason=TOO_FEW_COLUMNS,
            kind=kind,
            headers=header,
        )
    return Table(header, tuple(tuple(r) for _, r in body), tuple(n for n, _ in body))


def _read_xlsx(raw: bytes, sheet: str | None) -> Table:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        # NotImplementedError: an unsupported zip version; RuntimeError: an encrypted entry.
        raise FileProblem("damaged workbook", reason=DAMAGED, kind="xlsx") from None
    if "xl/workbook.xml" not in names:
        kind = (
            "ods" if "content.xml" in names else "docx" if "word/document.xml" in names else "zip"
        )
        raise FileProblem(f"a {kind} file is not a workbook", reason=NOT_A_TABLE, kind=kind)
    rows, sheets = _xlsx_rows(raw, sheet)
    if rows is None:
        raise FileProblem(
            f"no sheet {sheet!r}", reason=SHEET_MISSING, kind="xlsx", sheet=sheet, sheets=sheets
        )
    rows = [(i + 1, r) for i, r in enumerate(rows) if any(c not in (None, "") for c in r)]
    if not rows:
        raise FileProblem("the sheet is empty", reason=EMPTY_FILE, kind="xlsx")
    header = tuple("" if c is None else str(c).strip() for c in rows[0][1])
    return _table(header, rows[1:], "xlsx")


def _xlsx_rows(raw: bytes, sheet: str | None) -> tuple[list[tuple] | None, list[str]]:
    from openpyxl import load_workbook

    # openpyxl parses untrusted XML in a zip: a damaged part surfaces as any of a dozen exception
    # types (KeyError, ValueError, TypeError, XML errors…), so all of them mean "damaged" here.
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            try:
                sheets = list(book.sheetnames)
                if sheet and sheet not in sheets:
                    return None, sheets
                found = book[sheet] if sheet else book.worksheets[0]
                return list(found.iter_rows(values_only=True)), sheets
            finally:
                book.close()
    except Exception as error:  # noqa: BLE001 - see above
        raise FileProblem(
            "damaged workbook", reason=DAMAGED, kind="xlsx", detail=repr(error)
        ) from None
