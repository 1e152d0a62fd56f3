"""Which tables a master file holds: a CSV or one-sheet workbook is one table (its kind from the
columns or --kind); a workbook with several sheets has one sheet per kind, named for it."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

from canteen.errors import FileProblem, ValidationError
from canteen.services.covers_import.reading import Table, read_table, sniff
from canteen.sync.server.master_import.cells import (
    BUDGETS,
    INGREDIENTS,
    KINDS,
    PRODUCTS,
    RECIPES,
    SUPPLIERS,
    header_key,
)

SHEET_NAMES = {
    SUPPLIERS: ("leverandører", "leverandoerer", "suppliers"),
    INGREDIENTS: ("ingredienser", "råvarer", "raavarer", "ingredients"),
    PRODUCTS: ("varer", "leverandørvarer", "produkter", "priser", "products", "prices"),
    RECIPES: ("opskrifter", "fælles opskrifter", "recipes"),
    BUDGETS: ("budget", "budgetter", "budgets"),
}


def kind_of_sheet(name: str) -> str | None:
    """The kind a sheet name says, or None."""
    key = header_key(name)
    return next((k for k, names in SHEET_NAMES.items() if key in names), None)


def tables(path: str | Path, kind: str | None, sheet: str | None) -> list[tuple]:
    """(table, sheet name, kind or None to guess) per part of the file, in `KINDS` order."""
    names = [] if sheet else _sheet_names(Path(path))
    if len(names) <= 1:
        name = sheet or (names[0] if names else "")
        # A lone sheet named for its kind says it; otherwise the columns do.
        return [(_read(path, sheet), name, kind or kind_of_sheet(name))]
    kinds = {name: kind_of_sheet(name) for name in names}
    unknown = [name for name, found in kinds.items() if found is None]
    if unknown:
        raise ValidationError(
            "sheets not named for a kind", reason="bad_sheets", sheets=unknown, expected=_expected()
        )
    chosen = [name for name in names if kind is None or kinds[name] == kind]
    if not chosen:
        raise ValidationError("no sheet of that kind", reason="no_sheet_of_kind", kind=kind)
    chosen.sort(key=lambda name: KINDS.index(kinds[name]))
    return [(_read(path, name), name, kinds[name]) for name in chosen]


def _read(path, name: str | None) -> Table:
    try:
        return mojibake_checked(read_table(path, name))
    except FileProblem as problem:
        if name:
            problem.data["sheet"] = name  # which sheet of the workbook, in the message
        raise


# UTF-8 read as an 8-bit charset (and saved again): "Rødbede" becomes "RÃ¸dbede".
# The second character is a UTF-8 continuation byte as Latin-1 or cp1252 shows it.
_CONTINUATION = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
_MOJIBAKE = re.compile(f"[ÃÂ][{_CONTINUATION}\u2013-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def mojibake_checked(table: Table) -> Table:
    """The table, or FileProblem `wrong_encoding` quoting a cell whose letters were garbled."""
    for cell in (*table.headers, *(c for row in table.rows for c in row)):
        if isinstance(cell, str) and _MOJIBAKE.search(cell):
            raise FileProblem("garbled letters", reason="wrong_encoding", value=cell)
    return table


def _expected() -> str:
    return ", ".join(names[0].capitalize() for names in SHEET_NAMES.values())


def _sheet_names(path: Path) -> list[str]:
    """The sheet names of a workbook ([] for anything else: `read_table` words its problems)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return []
    if sniff(raw) != "zip":
        return []
    from io import BytesIO

    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(BytesIO(raw), read_only=True)
            try:
                return list(book.sheetnames)
            finally:
                book.close()
    except Exception:  # noqa: BLE001 - a damaged workbook: read_table says so
        return []
