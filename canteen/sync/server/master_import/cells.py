"""Reading one master-data row's cells by role: header names (Danish or English) to roles,
numbers, money, units and yes/no through the project's parsers, refusals as reason codes."""

from __future__ import annotations

from dataclasses import dataclass, field

from canteen.domain.money import read_ore
from canteen.domain.numbers import TOO_PRECISE, read_number
from canteen.errors import ValidationError
from canteen.services.costs_import.rows import is_missing
from canteen.services.covers_import.reading import Table

SUPPLIERS, INGREDIENTS, PRODUCTS, RECIPES, BUDGETS = (
    "suppliers",
    "ingredients",
    "products",
    "recipes",
    "budgets",
)
# The order kinds are planned and written in: a file's suppliers before the products that
# point to them, ingredients before the products and recipes that use them.
KINDS = (SUPPLIERS, INGREDIENTS, PRODUCTS, RECIPES, BUDGETS)

# Header names per role (Danish and English; compared lower-case, '_' and '-' as space).
ROLES = {
    "name": ("navn", "name", "ingrediens navn", "råvare", "raavare", "leverandørnavn"),
    "name_en": ("engelsk navn", "name en", "english name"),
    "category": ("kategori", "category"),
    "unit": ("enhed", "unit", "basisenhed", "base unit"),
    "organic": ("økologisk", "oekologisk", "organic", "øko"),
    "co2e": ("co2e", "co2e per kg", "co2e kg"),
    "allergens": ("allergener", "allergens", "allergen", "indeholder", "contains"),
    "traces": ("kan indeholde", "spor", "spor af", "may contain", "traces"),
    "supplier": ("leverandør", "leverandoer", "supplier"),
    "cvr": ("cvr", "cvr nr", "cvr nummer", "cvr nr.", "vat number"),
    "gln": ("gln", "gln nr", "gln nummer", "ean lokationsnummer"),
    "email": ("e mail", "email", "mail", "ordre e mail", "order email"),
    "supplier_kind": ("type", "leverandørtype", "supplier type", "slags"),
    "channel": ("bestilling", "bestillingskanal", "ordrekanal", "order channel", "channel"),
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
# Columns each kind needs; a tuple inside is "one of these".
NEEDED = {
    SUPPLIERS: ("name", "cvr"),
    INGREDIENTS: ("name", "unit"),
    PRODUCTS: (("supplier", "cvr"), "item", "ingredient", "pack_size"),
    RECIPES: ("recipe", "ingredient", "quantity", "unit"),
    BUDGETS: ("site", "month", "category", "amount"),
}
YES = {"ja", "j", "yes", "y", "1", "true", "x"}
NO = {"nej", "n", "no", "0", "false", ""}


class Refused(Exception):
    """A row that cannot be imported: a reason code, the role of the bad cell and its value."""

    def __init__(self, reason: str, role: str = "", value: object = "") -> None:
        super().__init__(reason)
        self.reason, self.role, self.value = reason, role, "" if value is None else str(value)


def header_key(header: object) -> str:
    """A header or sheet name as compared: lower-case, '_' and '-' as spaces, single-spaced."""
    return " ".join(str(header).strip().lower().replace("_", " ").replace("-", " ").split())


def guess_roles(headers: tuple[str, ...]) -> dict[str, int]:
    """Role -> column index, from the header names."""
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        for role, names in ROLES.items():
            if role not in found and key in {header_key(n) for n in names}:
                found[role] = index
                break
    return found


def missing_roles(kind: str, roles: dict[str, int]) -> list[str]:
    """The needed columns of `kind` the file lacks (alternatives joined with '/')."""
    missing = []
    for need in NEEDED[kind]:
        options = need if isinstance(need, tuple) else (need,)
        if not any(option in roles for option in options):
            missing.append("/".join(options))
    return missing


def guess_kind(roles: dict[str, int]) -> str | None:
    """The kind of file its columns say, or None."""
    for kind in (RECIPES, PRODUCTS, BUDGETS, SUPPLIERS, INGREDIENTS):
        if not missing_roles(kind, roles):
            return kind
    return None


@dataclass
class Reader:
    """The cells of one table by role, with each number column's decimal convention."""

    table: Table
    roles: dict[str, int]
    conventions: dict[str, str | None] = field(default_factory=dict)

    def raw(self, cells: tuple, role: str):
        """The cell as read (None when the column is absent)."""
        at = self.roles.get(role)
        return None if at is None or at >= len(cells) else cells[at]

    def has(self, cells: tuple, role: str) -> bool:
        """Whether the column exists and the cell is filled."""
        return role in self.roles and not is_missing(self.raw(cells, role))

    def text(self, cells: tuple, role: str, needed: bool = True) -> str:
        """The cell as single-spaced text; `missing_value` if needed and empty."""
        value = self.raw(cells, role)
        if is_missing(value):
            if needed:
                raise Refused("missing_value", role)
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # an XLSX number cell holding a CVR or item number
        return " ".join(str(value).split())

    def number(self, cells: tuple, role: str, *, positive: bool = True) -> float:
        """A number in the column's convention ("12,50" or "12.50"); refused if ambiguous."""
        value = self.raw(cells, role)
        if is_missing(value):
            raise Refused("missing_value", role)
        try:
            number = read_number(value, self.conventions.get(role))
        except ValidationError:
            raise Refused("bad_number", role, value) from None
        if number < 0 or (positive and number == 0):
            raise Refused("not_positive", role, value)
        return float(number)

    def ore(self, cells: tuple, role: str) -> int:
        """An amount of kroner as øre (more than two decimals refused)."""
        value = self.raw(cells, role)
        if is_missing(value):
            raise Refused("missing_value", role)
        try:
            ore = read_ore(value, self.conventions.get(role))
        except ValidationError as error:
            why = "too_precise" if error.data.get("reason") == TOO_PRECISE else "bad_number"
            raise Refused(why, role, value) from None
        if ore < 0:
            raise Refused("not_positive", role, value)
        return ore

    def unit(self, cells: tuple, units: dict[str, str]) -> str:
        """A unit from `units` (its spelling in the file -> the stored code)."""
        value = self.text(cells, "unit").lower()
        if value not in units:
            raise Refused("bad_unit", "unit", value)
        return units[value]

    def flag(self, cells: tuple, role: str) -> bool | None:
        """Yes/no (None when the column is absent)."""
        if role not in self.roles:
            return None
        value = self.raw(cells, role)
        word = "" if value is None else str(value).strip().lower()
        if word in YES:
            return True
        if word in NO:
            return False
        raise Refused("bad_flag", role, value)
