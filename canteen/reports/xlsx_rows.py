"""Many plain rows into a workbook openpyxl wrote: rows as SpreadsheetML text, spliced in.

openpyxl builds, styles and serialises a cell object for every value (~10 µs each; the 250-site
cost report has a quarter million). Here openpyxl writes what needs its care (the heading row,
one styled template row, the total row with its formulas, widths, panes, the filter, styles) and
the remaining rows are written as the same XML text openpyxl would write, with the template row's
style ids column by column. The result is an ordinary workbook (tests read it with openpyxl;
LibreOffice opens it).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable
from datetime import date
from xml.sax.saxutils import escape

EPOCH = date(1899, 12, 30)  # Excel's day 0 (with its 1900 leap-year quirk after February)


def styles_of(sheet_xml: str, row: int) -> dict[str, str]:
    """Column letter -> the ` s="n"` attribute of each cell in row `row` ('' where unstyled)."""
    found = re.search(rf'<row r="{row}"[^>]*>(.*?)</row>', sheet_xml, re.S)
    if found is None:
        return {}
    styles = {}
    for letter, style in re.findall(rf'<c r="([A-Z]+){row}"(?: s="(\d+)")?', found.group(1)):
        styles[letter] = f' s="{style}"' if style else ""
    return styles


def row_xml(number: int, cells: Iterable[tuple[str, str, object]]) -> str:
    """One `<row>`: cells as (column letter, style attribute, value); None leaves a styled blank."""
    out = [f'<row r="{number}">']
    for letter, style, value in cells:
        ref = f"{letter}{number}"
        if value is None:
            out.append(f'<c r="{ref}"{style}/>')
        elif isinstance(value, str):
            out.append(f'<c r="{ref}"{style} t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        elif isinstance(value, date):
            out.append(f'<c r="{ref}"{style} t="n"><v>{(value - EPOCH).days}</v></c>')
        else:
            out.append(f'<c r="{ref}"{style} t="n"><v>{value!r}</v></c>')
    out.append("</row>")
    return "".join(out)


def splice(sheet_xml: str, after: int, rows: list[str]) -> str:
    """Insert `rows` after row `after`; every later row (the totals) moves down by len(rows)."""
    if not rows:
        return sheet_xml
    end = sheet_xml.index("</row>", sheet_xml.index(f'<row r="{after}"')) + len("</row>")
    head, tail = sheet_xml[:end], sheet_xml[end:]
    shift = len(rows)

    def moved(match: re.Match) -> str:
        return f'{match.group(1)}{int(match.group(2)) + shift}"'

    # Only the rows written after the template: the heading and template rows stay where they are.
    tail = re.sub(r'(<row r=")(\d+)"', moved, tail)
    tail = re.sub(r'(<c r="[A-Z]+)(\d+)"', moved, tail)
    return head + "".join(rows) + tail


def rewrite(book: bytes, parts: dict[str, Callable[[str], str]]) -> bytes:
    """The workbook with each named part (e.g. 'xl/worksheets/sheet1.xml') passed through its
    function; other parts, order and stamps are kept, so the same input gives the same bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(book)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename in parts:
                data = parts[info.filename](data.decode("utf-8")).encode("utf-8")
            stamp = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            stamp.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(stamp, data)
    return out.getvalue()
