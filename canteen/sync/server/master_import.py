"""Central master data from a CSV or XLSX file: ingredients, supplier products with prices,
shared recipes and budgets (docs/sync.md, "Master data import").

`plan_import` reads the file (the covers import's reader: content sniffing, encodings) and says
per row what would happen — new, changed, unchanged or rejected with a reason code — without
writing. `apply_plan` writes the new and changed rows through `central.write`, so every row gets
a version and reaches the canteen PCs with their next pull.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, text

from canteen.db.models import Budget
from canteen.domain.ids import natural_id, new_id
from canteen.domain.money import read_ore
from canteen.domain.numbers import TOO_PRECISE, detect_convention, read_number
from canteen.errors import ValidationError
from canteen.services.costs_import.rows import category_of, is_missing, month_of_cell
from canteen.services.covers_import.reading import Table, read_table
from canteen.services.covers_import.rows import parse_day
from canteen.sync.server import central, versions

INGREDIENTS, PRODUCTS, RECIPES, BUDGETS = "ingredients", "products", "recipes", "budgets"
KINDS = (INGREDIENTS, PRODUCTS, RECIPES, BUDGETS)
NEW, CHANGED, UNCHANGED, REJECTED = "new", "changed", "unchanged", "rejected"

# Header names per role (Danish and English; compared lower-case, '_' as space).
_ROLES = {
    "name": ("navn", "name", "ingrediens navn", "råvare", "raavare"),
    "name_en": ("engelsk navn", "name en", "english name"),
    "category": ("kategori", "category"),
    "unit": ("enhed", "unit", "basisenhed", "base unit"),
    "organic": ("økologisk", "oekologisk", "organic", "øko"),
    "co2e": ("co2e", "co2e per kg", "co2e kg"),
    "supplier": ("leverandør", "leverandoer", "supplier", "cvr"),
    "item": ("varenummer", "varenr", "item number", "item", "sku"),
    "ingredient": ("ingrediens", "ingredient"),
    "description": ("beskrivelse", "description", "varetekst"),
    "pack_size": ("pakningsstørrelse", "pakning", "pack size", "pack"),
    "price": ("pris", "price", "pris kr", "price dkk"),
    "valid_from": ("gyldig fra", "valid from", "fra", "from"),
    "recipe": ("opskrift", "recipe", "ret", "dish"),
    "portions": ("portioner", "portions", "yield"),
    "quantity": ("mængde", "maengde", "quantity", "antal", "qty"),
    "site": ("kantine", "site", "site code", "afdeling"),
    "month": ("måned", "maaned", "month", "periode", "period"),
    "amount": ("beløb", "beloeb", "amount", "budget", "kr"),
}
_NEEDED = {
    INGREDIENTS: ("name", "unit"),
    PRODUCTS: ("supplier", "item", "ingredient", "pack_size"),
    RECIPES: ("recipe", "ingredient", "quantity", "unit"),
    BUDGETS: ("site", "month", "category", "amount"),
}
BASE_UNITS = {"g": "g", "gram": "g", "ml": "ml", "pcs": "pcs", "stk": "pcs", "styk": "pcs"}
KITCHEN_UNITS = {**BASE_UNITS, "kg": "kg", "l": "l", "liter": "l", "dl": "dl"}
_YES = {"ja", "j", "yes", "y", "1", "true", "x"}
_NO = {"nej", "n", "no", "0", "false", ""}


@dataclass(frozen=True)
class Planned:
    """One row's fate: status, the table rows to write, what changed, or why it is refused."""

    line: int
    status: str
    label: str
    writes: tuple[tuple[str, dict], ...] = ()
    changed: tuple[str, ...] = ()
    reason: str = ""
    column: str = ""
    value: str = ""


@dataclass(frozen=True)
class ImportPlan:
    """What importing a file would do, row by row."""

    kind: str
    rows: tuple[Planned, ...]

    def count(self, status: str) -> int:
        """Rows with this status."""
        return sum(row.status == status for row in self.rows)


class _Refused(Exception):
    def __init__(self, reason: str, role: str = "", value: object = "") -> None:
        super().__init__(reason)
        self.reason, self.role, self.value = reason, role, "" if value is None else str(value)


@dataclass
class _Reader:
    table: Table
    roles: dict[str, int]
    conventions: dict[str, str | None] = field(default_factory=dict)

    def raw(self, cells: tuple, role: str):
        at = self.roles.get(role)
        return None if at is None or at >= len(cells) else cells[at]

    def text(self, cells: tuple, role: str, needed: bool = True) -> str:
        value = self.raw(cells, role)
        if is_missing(value):
            if needed:
                raise _Refused("missing_value", role)
            return ""
        return " ".join(str(value).split())

    def number(self, cells: tuple, role: str, *, positive: bool = True) -> float:
        value = self.raw(cells, role)
        if is_missing(value):
            raise _Refused("missing_value", role)
        try:
            number = read_number(value, self.conventions.get(role))
        except ValidationError:
            raise _Refused("bad_number", role, value) from None
        if number < 0 or (positive and number == 0):
            raise _Refused("not_positive", role, value)
        return float(number)

    def ore(self, cells: tuple, role: str) -> int:
        value = self.raw(cells, role)
        if is_missing(value):
            raise _Refused("missing_value", role)
        try:
            ore = read_ore(value, self.conventions.get(role))
        except ValidationError as error:
            why = "too_precise" if error.data.get("reason") == TOO_PRECISE else "bad_number"
            raise _Refused(why, role, value) from None
        if ore < 0:
            raise _Refused("not_positive", role, value)
        return ore

    def unit(self, cells: tuple, units: dict[str, str]) -> str:
        value = self.text(cells, "unit").lower()
        if value not in units:
            raise _Refused("bad_unit", "unit", value)
        return units[value]

    def flag(self, cells: tuple, role: str) -> bool | None:
        if role not in self.roles:
            return None
        value = self.raw(cells, role)
        word = "" if value is None else str(value).strip().lower()
        if word in _YES:
            return True
        if word in _NO:
            return False
        raise _Refused("bad_flag", role, value)


def guess_roles(headers: tuple[str, ...]) -> dict[str, int]:
    """Role -> column index, from the header names."""
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = " ".join(str(header).strip().lower().replace("_", " ").split())
        for role, names in _ROLES.items():
            if role not in found and key in names:
                found[role] = index
                break
    return found


def guess_kind(roles: dict[str, int]) -> str | None:
    """The kind of file its columns say (recipes, products, budgets, ingredients), or None."""
    for kind in (RECIPES, PRODUCTS, BUDGETS, INGREDIENTS):
        if all(role in roles for role in _NEEDED[kind]):
            return kind
    return None


def plan_import(
    connection: Connection, path: str | Path, kind: str | None = None, sheet: str | None = None
) -> ImportPlan:
    """Read the file and plan each row; ValidationError `missing_columns` when a column lacks."""
    table = read_table(path, sheet)
    roles = guess_roles(table.headers)
    kind = kind or guess_kind(roles)
    if kind is None:
        raise ValidationError("kind unknown", reason="unknown_kind", headers=table.headers)
    missing = [role for role in _NEEDED[kind] if role not in roles]
    if missing:
        raise ValidationError("columns missing", reason="missing_columns", missing=missing)
    reader = _Reader(table, roles)
    for role in ("pack_size", "price", "quantity", "portions", "amount", "co2e"):
        if role in roles:
            reader.conventions[role] = detect_convention(reader.raw(c, role) for c in table.rows)
    planner = _PLANNERS[kind](connection)
    planned, seen = [], set()
    for line, cells in zip(table.line_numbers, table.rows, strict=True):
        if all(is_missing(cell) for cell in cells):
            continue
        try:
            key, label, writes = planner(reader, cells)
            if key in seen:
                raise _Refused("duplicate_row", "", label)
            seen.add(key)
            planned.append(_compare(connection, line, label, writes))
        except _Refused as refused:
            column = table.headers[roles[refused.role]] if refused.role in roles else ""
            planned.append(
                Planned(
                    line, REJECTED, "", reason=refused.reason, column=column, value=refused.value
                )
            )
    return ImportPlan(kind, tuple(planned))


def _compare(connection: Connection, line: int, label: str, writes) -> Planned:
    """New, changed (which columns) or unchanged, against what the central database holds."""
    changed, new = [], False
    for name, values in writes:
        row = (
            connection.execute(text(f'SELECT * FROM "{name}" WHERE id = :id'), {"id": values["id"]})
            .mappings()
            .first()
        )
        if row is None:
            new = True
            continue
        changed += [f"{name}.{c}" for c, v in values.items() if _differs(row[c], v)]
        if row["deleted_at"] is not None:
            changed.append(f"{name}.deleted_at")
    if new:
        return Planned(line, NEW, label, tuple(writes))
    if changed:
        return Planned(line, CHANGED, label, tuple(writes), tuple(changed))
    return Planned(line, UNCHANGED, label)


def _differs(old, new) -> bool:
    if isinstance(new, float) and old is not None:
        return abs(float(old) - new) > 1e-9
    return str(old) != str(new) if old is not None and new is not None else old != new


def apply_plan(connection: Connection, plan: ImportPlan) -> int:
    """Write the plan's new and changed rows through `central.write`; returns rows written."""
    writes = [w for row in plan.rows if row.status in (NEW, CHANGED) for w in row.writes]
    versions.reserve(connection, len(writes))
    for name, values in writes:
        central.write(connection, name, {**values, "deleted_at": None})
    return len(writes)


def _lookup(connection: Connection, sql: str) -> dict[str, str]:
    return {" ".join(str(k).split()).casefold(): str(v) for k, v in connection.execute(text(sql))}


def _ingredients(connection: Connection) -> Callable:
    known = _lookup(connection, "SELECT name, id FROM ingredient")

    def plan(reader: _Reader, cells: tuple):
        name = reader.text(cells, "name")
        values = {
            "id": known.get(name.casefold()) or natural_id("ingredient", name.casefold()),
            "name": name,
            "base_unit": reader.unit(cells, BASE_UNITS),
        }
        for role in ("name_en", "category"):
            if role in reader.roles:
                values[role] = reader.text(cells, role, needed=False)
        if (organic := reader.flag(cells, "organic")) is not None:
            values["organic"] = organic
        if "co2e" in reader.roles and not is_missing(reader.raw(cells, "co2e")):
            values["co2e_per_kg"] = reader.number(cells, "co2e", positive=False)
        return name.casefold(), name, [("ingredient", values)]

    return plan


def _products(connection: Connection) -> Callable:
    ingredients = _lookup(connection, "SELECT name, id FROM ingredient")
    suppliers = {
        **_lookup(connection, "SELECT name, id FROM supplier"),
        **_lookup(connection, "SELECT cvr, id FROM supplier"),
    }
    products = {
        (str(s), i.casefold()): str(p)
        for s, i, p in connection.execute(
            text("SELECT supplier_id, item_number, id FROM supplier_product")
        )
    }

    def plan(reader: _Reader, cells: tuple):
        supplier = reader.text(cells, "supplier")
        supplier_id = suppliers.get(supplier.casefold())
        if supplier_id is None:
            raise _Refused("unknown_supplier", "supplier", supplier)
        ingredient = reader.text(cells, "ingredient")
        ingredient_id = ingredients.get(ingredient.casefold())
        if ingredient_id is None:
            raise _Refused("unknown_ingredient", "ingredient", ingredient)
        item = reader.text(cells, "item")
        product_id = products.get((supplier_id, item.casefold())) or natural_id(
            "supplier_product", supplier_id, item.casefold()
        )
        product = {
            "id": product_id,
            "supplier_id": supplier_id,
            "ingredient_id": ingredient_id,
            "item_number": item,
            "description": reader.text(cells, "description", needed=False) or ingredient,
            "pack_size": reader.number(cells, "pack_size"),
        }
        writes = [("supplier_product", product)]
        if "price" in reader.roles and not is_missing(reader.raw(cells, "price")):
            valid_from = _day(reader, cells)
            writes.append(
                (
                    "product_price",
                    {
                        "id": _price_id(connection, product_id, valid_from),
                        "product_id": product_id,
                        "price_ore": reader.ore(cells, "price"),
                        "valid_from": valid_from,
                    },
                )
            )
        return (supplier_id, item.casefold()), f"{supplier} {item}", writes

    return plan


def _day(reader: _Reader, cells: tuple) -> date:
    value = reader.raw(cells, "valid_from")
    if is_missing(value):
        raise _Refused("missing_value", "valid_from")
    try:
        return parse_day(value)
    except ValidationError:
        raise _Refused("bad_date", "valid_from", value) from None


def _price_id(connection: Connection, product_id: str, valid_from: date) -> str:
    found = connection.execute(
        text("SELECT id FROM product_price WHERE product_id = :p AND valid_from = :d"),
        {"p": product_id, "d": valid_from},
    ).scalar()
    return str(found) if found else natural_id("product_price", product_id, valid_from.isoformat())


def _recipes(connection: Connection) -> Callable:
    ingredients = _lookup(connection, "SELECT name, id FROM ingredient")
    recipes = _lookup(connection, "SELECT name, id FROM recipe WHERE site_id IS NULL")
    lines = {
        (str(r), str(i)): str(line)
        for r, i, line in connection.execute(
            text("SELECT recipe_id, ingredient_id, id FROM recipe_line WHERE site_id IS NULL")
        )
    }
    positions: dict[str, int] = {}

    def plan(reader: _Reader, cells: tuple):
        name = reader.text(cells, "recipe")
        recipe_id = recipes.setdefault(name.casefold(), new_id())
        ingredient = reader.text(cells, "ingredient")
        ingredient_id = ingredients.get(ingredient.casefold())
        if ingredient_id is None:
            raise _Refused("unknown_ingredient", "ingredient", ingredient)
        recipe = {"id": recipe_id, "name": name, "site_id": None}
        if "portions" in reader.roles and not is_missing(reader.raw(cells, "portions")):
            portions = reader.number(cells, "portions")
            if portions != int(portions):
                raise _Refused("bad_number", "portions", reader.raw(cells, "portions"))
            recipe["yield_portions"] = int(portions)
        positions[recipe_id] = positions.get(recipe_id, -1) + 1
        line = {
            "id": lines.get((recipe_id, ingredient_id)) or new_id(),
            "recipe_id": recipe_id,
            "site_id": None,
            "ingredient_id": ingredient_id,
            "position": positions[recipe_id],
            "quantity": reader.number(cells, "quantity"),
            "unit": reader.unit(cells, KITCHEN_UNITS),
        }
        key = (recipe_id, ingredient_id)
        return key, f"{name}: {ingredient}", [("recipe", recipe), ("recipe_line", line)]

    return plan


def _budgets(connection: Connection) -> Callable:
    sites = {
        key: (str(i), str(d))
        for code, name, i, d in connection.execute(
            text("SELECT code, name, id, district_id FROM site")
        )
        for key in (code.casefold(), " ".join(name.split()).casefold())
    }

    def plan(reader: _Reader, cells: tuple):
        site = reader.text(cells, "site")
        if site.casefold() not in sites:
            raise _Refused("unknown_site", "site", site)
        site_id, district_id = sites[site.casefold()]
        try:
            period = month_of_cell(reader.raw(cells, "month"))
        except ValidationError:
            raise _Refused("bad_month", "month", reader.raw(cells, "month")) from None
        try:
            category = category_of(reader.raw(cells, "category"))
        except ValidationError:
            raise _Refused("unknown_category", "category", reader.raw(cells, "category")) from None
        values = {
            "id": Budget.id_for(site_id, period, category),
            "site_id": site_id,
            "district_id": district_id,
            "period": period,
            "category": category,
            "amount_ore": reader.ore(cells, "amount"),
        }
        return (site_id, period, category), f"{site} {period} {category}", [("budget", values)]

    return plan


_PLANNERS = {
    INGREDIENTS: _ingredients,
    PRODUCTS: _products,
    RECIPES: _recipes,
    BUDGETS: _budgets,
}
