"""The cost report as CSV: 'da' (semicolon, decimal comma, Danish headings) or 'en' (comma, point)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from canteen.reports.costs_columns import CSV_COLUMNS, TEXT, plain_number
from canteen.services.costs import CostReport

DIALECTS = {"da": (";", ","), "en": (",", ".")}


def costs_csv(report: CostReport, dialect: str = "da", out: str | Path | None = None) -> bytes:
    """Every row (site, district, all), one per period; bytes in UTF-8 (with a BOM for 'da')."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown CSV dialect {dialect!r}")
    delimiter, decimal = DIALECTS[dialect]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([c.heading(dialect) for c in CSV_COLUMNS])
    for row in report.rows:
        writer.writerow(
            [
                c.value(row) if c.kind == TEXT else plain_number(c.value(row), c.kind, decimal)
                for c in CSV_COLUMNS
            ]
        )
    # Excel in Danish reads UTF-8 only with the byte-order mark; the English file stays plain.
    data = buffer.getvalue().encode("utf-8-sig" if dialect == "da" else "utf-8")
    if out is not None:
        Path(out).write_bytes(data)
    return data
