"""One planner per kind: a row's cells -> its natural key, a label and the table rows to write.

Planners share a `Known` lookup, so a product or recipe can name a supplier or ingredient that
an earlier sheet of the same file adds. Each planner calls `protect(table, id)` as soon as it
knows which stored row the file line means: such a row is never "missing from the file", even
if the line itself is rejected.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, text

from canteen.db.models import Budget
from canteen.db.models.catalogue import SUPPLIER_KINDS
from canteen.domain.gln import is_gln
from canteen.domain.ids import natural_id, new_id
from canteen.errors import ValidationError
from canteen.services.costs_import.rows import category_of, month_of_cell
from canteen.services.covers_import.rows import parse_day
from canteen.sync.server.master_import import allergens
from canteen.sync.server.master_import.cells import (
    BUDGETS,
    INGREDIENTS,
    PRODUCTS,
    RECIPES,
    SUPPLIERS,
    Reader,
    Refused,
)

BASE_UNITS = {"g": "g", "gram": "g", "ml": "ml", "pcs": "pcs", "stk": "pcs", "styk": "pcs"}
KITCHEN_UNITS = {**BASE_UNITS, "kg": "kg", "l": "l", "liter": "l", "dl": "dl"}
_SUPPLIER_KINDS = {
    **{kind: kind for kind in SUPPLIER_KINDS},
    "grossist": "wholesaler",
    "grønthandler": "greengrocer",
    "grønt": "greengrocer",
    "mejeri": "dairy",
    "bager": "bakery",
    "bageri": "bakery",
    "fiskehandler": "fishmonger",
    "fisk": "fishmonger",
    "slagter": "butcher",
    "andet": "other",
}
# Order channel -> supplier.e_ordering: electronic ordering, or orders by e-mail.
_CHANNELS = {
    "e handel": True,
    "ehandel": True,
    "elektronisk": True,
    "edi": True,
    "online": True,
    "web": True,
    "e ordering": True,
    "electronic": True,
    "e mail": False,
    "email": False,
    "mail": False,
}

Protect = Callable[[str, str], None]
Planner = Callable[[Reader, tuple, Protect], tuple[object, str, list]]


def _key(text_: str) -> str:
    return " ".join(text_.split()).casefold()


@dataclass
class Known:
    """Names and codes -> ids of the live suppliers and ingredients, plus those this file adds."""

    suppliers: dict[str, str] = field(default_factory=dict)
    ingredients: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, connection: Connection) -> Known:
        """The live rows of the central database."""
        known = cls()
        for name, cvr, row_id in connection.execute(
            text("SELECT name, cvr, id FROM supplier WHERE deleted_at IS NULL")
        ):
            known.suppliers[_key(name)] = known.suppliers[_key(cvr)] = str(row_id)
        for name, row_id in connection.execute(
            text("SELECT name, id FROM ingredient WHERE deleted_at IS NULL")
        ):
            known.ingredients[_key(name)] = str(row_id)
        return known


def _all_ids(connection: Connection, sql: str) -> dict:
    """Key -> id over every row, tombstones too: a row back in the file keeps its old id."""
    return {_key(str(k)): str(v) for k, v in connection.execute(text(sql))}


def suppliers(connection: Connection, known: Known) -> Planner:
    """Suppliers, matched on CVR."""
    ids = _all_ids(connection, "SELECT cvr, id FROM supplier")

    def plan(reader: Reader, cells: tuple, protect: Protect):
        cvr = _cvr(reader.text(cells, "cvr"))
        supplier_id = ids.get(cvr) or natural_id("supplier", cvr)
        protect("supplier", supplier_id)
        name = reader.text(cells, "name")
        values = {"id": supplier_id, "name": name, "cvr": cvr}
        if "gln" in reader.roles:
            gln = reader.text(cells, "gln", needed=False).replace(" ", "")
            if gln and not is_gln(gln):
                raise Refused("bad_gln", "gln", gln)
            values["gln"] = gln or None
        if "email" in reader.roles:
            email = reader.text(cells, "email", needed=False)
            if email and (" " in email or email.count("@") != 1 or "." not in email):
                raise Refused("bad_email", "email", email)
            values["email"] = email
        if reader.has(cells, "supplier_kind"):
            word = reader.text(cells, "supplier_kind").lower()
            if word not in _SUPPLIER_KINDS:
                raise Refused("bad_supplier_kind", "supplier_kind", word)
            values["kind"] = _SUPPLIER_KINDS[word]
        if reader.has(cells, "channel"):
            word = reader.text(cells, "channel").lower().replace("-", " ")
            if word not in _CHANNELS:
                raise Refused("bad_channel", "channel", word)
            values["e_ordering"] = _CHANNELS[word]
        known.suppliers[_key(name)] = known.suppliers[cvr] = supplier_id
        return cvr, f"{name} ({cvr})", [("supplier", values)]

    return plan


def _cvr(value: str) -> str:
    digits = value.upper().removeprefix("DK").replace(" ", "").replace("-", "")
    if len(digits) != 8 or not digits.isdigit():
        raise Refused("bad_cvr", "cvr", value)
    return digits


def ingredients(connection: Connection, known: Known) -> Planner:
    """Ingredients with their allergens, matched on name."""
    ids = _all_ids(connection, "SELECT name, id FROM ingredient")

    def plan(reader: Reader, cells: tuple, protect: Protect):
        name = reader.text(cells, "name")
        ingredient_id = ids.get(name.casefold()) or natural_id("ingredient", name.casefold())
        protect("ingredient", ingredient_id)
        values = {"id": ingredient_id, "name": name, "base_unit": reader.unit(cells, BASE_UNITS)}
        for role in ("name_en", "category"):
            if role in reader.roles:
                values[role] = reader.text(cells, role, needed=False)
        if (organic := reader.flag(cells, "organic")) is not None:
            values["organic"] = organic
        if reader.has(cells, "co2e"):
            values["co2e_per_kg"] = reader.number(cells, "co2e", positive=False)
        values.update(allergens.read_statuses(reader, cells) or {})
        known.ingredients[name.casefold()] = ingredient_id
        return name.casefold(), name, [("ingredient", values)]

    return plan


def products(connection: Connection, known: Known) -> Planner:
    """Supplier products with an optional price, matched on supplier + item number."""
    ids = {
        (str(s), i.casefold()): str(p)
        for s, i, p in connection.execute(
            text("SELECT supplier_id, item_number, id FROM supplier_product")
        )
    }
    stored = set(ids.values())

    def plan(reader: Reader, cells: tuple, protect: Protect):
        role = "supplier" if "supplier" in reader.roles else "cvr"
        supplier = reader.text(cells, role)
        supplier_id = known.suppliers.get(_key(supplier))
        if supplier_id is None:
            raise Refused("unknown_supplier", role, supplier)
        item = reader.text(cells, "item")
        product_id = ids.get((supplier_id, item.casefold())) or natural_id(
            "supplier_product", supplier_id, item.casefold()
        )
        protect("supplier_product", product_id)
        ingredient = reader.text(cells, "ingredient")
        ingredient_id = known.ingredients.get(_key(ingredient))
        if ingredient_id is None:
            raise Refused("unknown_ingredient", "ingredient", ingredient)
        product = {
            "id": product_id,
            "supplier_id": supplier_id,
            "ingredient_id": ingredient_id,
            "item_number": item,
            "pack_size": reader.number(cells, "pack_size"),
        }
        if reader.has(cells, "description"):
            product["description"] = reader.text(cells, "description")
        elif product_id not in stored:  # a new product needs one; a stored one keeps its own
            product["description"] = ingredient
        writes = [("supplier_product", product)]
        if reader.has(cells, "price"):
            valid_from = _day(reader, cells)
            price = {
                "id": _price_id(connection, product_id, valid_from),
                "product_id": product_id,
                "price_ore": reader.ore(cells, "price"),
                "valid_from": valid_from,
            }
            writes.append(("product_price", price))
        return (supplier_id, item.casefold()), f"{supplier} {item}", writes

    return plan


def _day(reader: Reader, cells: tuple) -> date:
    value = reader.raw(cells, "valid_from")
    if not reader.has(cells, "valid_from"):
        raise Refused("missing_value", "valid_from")
    try:
        return parse_day(value)
    except ValidationError:
        raise Refused("bad_date", "valid_from", value) from None


def _price_id(connection: Connection, product_id: str, valid_from: date) -> str:
    found = connection.execute(
        text("SELECT id FROM product_price WHERE product_id = :p AND valid_from = :d"),
        {"p": product_id, "d": valid_from},
    ).scalar()
    return str(found) if found else natural_id("product_price", product_id, valid_from.isoformat())


def recipes(connection: Connection, known: Known) -> Planner:
    """Shared recipes (site NULL) line by line, matched on name; a line on recipe + ingredient."""
    ids = _all_ids(connection, "SELECT name, id FROM recipe WHERE site_id IS NULL")
    lines = {
        (str(r), str(i)): str(line)
        for r, i, line in connection.execute(
            text("SELECT recipe_id, ingredient_id, id FROM recipe_line WHERE site_id IS NULL")
        )
    }
    positions: dict[str, int] = {}

    def plan(reader: Reader, cells: tuple, protect: Protect):
        name = reader.text(cells, "recipe")
        recipe_id = ids.setdefault(name.casefold(), new_id())
        protect("recipe", recipe_id)
        ingredient = reader.text(cells, "ingredient")
        ingredient_id = known.ingredients.get(_key(ingredient))
        if ingredient_id is None:
            raise Refused("unknown_ingredient", "ingredient", ingredient)
        line_id = lines.get((recipe_id, ingredient_id)) or new_id()
        protect("recipe_line", line_id)
        recipe = {"id": recipe_id, "name": name, "site_id": None}
        if reader.has(cells, "portions"):
            portions = reader.number(cells, "portions")
            if portions != int(portions):
                raise Refused("bad_number", "portions", reader.raw(cells, "portions"))
            recipe["yield_portions"] = int(portions)
        positions[recipe_id] = positions.get(recipe_id, -1) + 1
        line = {
            "id": line_id,
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


def budgets(connection: Connection, known: Known) -> Planner:
    """Budgets per site, month and cost category (the budget's natural id)."""
    sites = {
        key: (str(i), str(d))
        for code, name, i, d in connection.execute(
            text("SELECT code, name, id, district_id FROM site")
        )
        for key in (code.casefold(), _key(name))
    }

    def plan(reader: Reader, cells: tuple, protect: Protect):
        site = reader.text(cells, "site")
        if site.casefold() not in sites:
            raise Refused("unknown_site", "site", site)
        site_id, district_id = sites[site.casefold()]
        try:
            period = month_of_cell(reader.raw(cells, "month"))
        except ValidationError:
            raise Refused("bad_month", "month", reader.raw(cells, "month")) from None
        try:
            category = category_of(reader.raw(cells, "category"))
        except ValidationError:
            raise Refused("unknown_category", "category", reader.raw(cells, "category")) from None
        budget_id = Budget.id_for(site_id, period, category)
        protect("budget", budget_id)
        values = {
            "id": budget_id,
            "site_id": site_id,
            "district_id": district_id,
            "period": period,
            "category": category,
            "amount_ore": reader.ore(cells, "amount"),
        }
        return (site_id, period, category), f"{site} {period} {category}", [("budget", values)]

    return plan


PLANNERS = {
    SUPPLIERS: suppliers,
    INGREDIENTS: ingredients,
    PRODUCTS: products,
    RECIPES: recipes,
    BUDGETS: budgets,
}
