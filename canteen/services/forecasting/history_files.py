"""Files of daily covers (CSV/XLSX, one row per site and day) read as series for backtests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from canteen.forecast.series import Series
from canteen.services.covers_import import (
    ColumnMapping,
    ParsedRow,
    Rejection,
    parse_rows,
    read_table,
)


@dataclass(frozen=True)
class HistoryFile:
    """A backtest file read into one series per site, and the rows it rejected."""

    series: tuple[Series, ...]
    rejected: tuple[Rejection, ...]
    rows: int


def load_history(
    path: str | Path,
    date_column: str,
    value_column: str,
    site_column: str | None = None,
    planned_column: str | None = None,
) -> HistoryFile:
    """Read a file of daily covers (NA allowed: an open day with nothing recorded) as series."""
    table = read_table(path)
    mapping = ColumnMapping(
        date=date_column, covers=value_column, site=site_column, planned=planned_column
    )
    parsed = parse_rows(table, mapping, allow_missing=True, whole=False, allow_future=True)
    by_site: dict[str, list[ParsedRow]] = {}
    for row in parsed.rows:
        by_site.setdefault(row.site or "all", []).append(row)
    series = []
    for site, rows in sorted(by_site.items()):
        rows.sort(key=lambda r: r.day)
        series.append(
            Series(
                key=site,
                days=np.array([r.day.toordinal() for r in rows], dtype=np.int64),
                values=np.array([np.nan if r.covers is None else r.covers for r in rows]),
                planned=(
                    np.array([np.nan if r.planned is None else r.planned for r in rows])
                    if planned_column
                    else None
                ),
            )
        )
    return HistoryFile(tuple(series), parsed.rejected, len(table.rows))
