"""Which tables a master file holds: a CSV or one-sheet workbook is one table (its kind from the
columns or --kind); a workbook with several sheets has one sheet per kind, named for it."""

from __future__ import annotations

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
        return [(read_table(path, sheet), name, kind or kind_of_sheet(name))]
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


def _read(path, name: str) -> Table:
    try:
        return read_table(path, name)
    except FileProblem as problem:
        problem.data["sheet"] = name  # which sheet of the workbook, in the message
        raise


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
