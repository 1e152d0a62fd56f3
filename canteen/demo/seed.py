"""The demo seed files in resources/demo/, read into plain frozen records."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cache

from canteen.domain.allergens import Allergen
from canteen.domain.units import BASE_UNITS, KITCHEN_UNITS
from canteen.paths import resource

# Ingredient categories that make a dish non-vegetarian.
FLESH_CATEGORIES = frozenset({"meat", "poultry", "fish", "shellfish"})
ALLERGEN_CODES = frozenset(a.value for a in Allergen)


@dataclass(frozen=True)
class SiteSeed:
    """A real police site's canteen: town, address, size and meal services."""

    name: str
    town: str
    address: str
    capacity: int
    covers: int
    services: tuple[str, ...]


@dataclass(frozen=True)
class DistrictSeed:
    """A police district or district-like unit with its sites."""

    code: str
    name: str
    kind: str
    winter_week: int | None
    sites: tuple[SiteSeed, ...]


@dataclass(frozen=True)
class SupplierSeed:
    """A fictional supplier with its delivery rules and item-number style."""

    key: str
    name: str
    kind: str
    cvr: str
    gln: str | None
    email: str
    delivery_weekdays: str
    cutoff_time: str
    lead_time_days: int
    min_order_kr: int
    e_ordering: bool
    item_prefix: str
    item_digits: int


@dataclass(frozen=True)
class IngredientSeed:
    """An ingredient with allergens, climate and nutrition data, and its usual pack."""

    name: str
    name_en: str
    category: str
    unit: str
    piece_g: float | None
    density: float | None
    organic: bool
    co2e: float
    kj: float
    protein: float
    fat: float
    carbs: float
    contains: frozenset[str]
    traces: frozenset[str]
    unknown: frozenset[str]
    supplier: str
    pack: float
    pack_desc: str
    price_kr: float
    variable_weight: bool
    eco_variant: bool

    def allergen_status(self, allergen: Allergen) -> str:
        """The status to store for one allergen: free unless the seed says otherwise."""
        if allergen.value in self.contains:
            return "contains"
        if allergen.value in self.traces:
            return "may_contain"
        if allergen.value in self.unknown:
            return "unknown"
        return "free"


@dataclass(frozen=True)
class RecipeLineSeed:
    """One ingredient line of a seed recipe."""

    ingredient: str
    quantity: float
    unit: str
    prep_loss: float


@dataclass(frozen=True)
class RecipeSeed:
    """A central recipe and the menu line it is planned on."""

    key: str
    line: str
    name: str
    name_en: str
    diet: tuple[str, ...]
    portions: int
    portion_g: float
    method: str
    lines: tuple[RecipeLineSeed, ...]


@dataclass(frozen=True)
class Seed:
    """Everything in resources/demo/."""

    districts: tuple[DistrictSeed, ...]
    suppliers: tuple[SupplierSeed, ...]
    ingredients: tuple[IngredientSeed, ...]
    recipes: tuple[RecipeSeed, ...]


def _optional_float(text: str) -> float | None:
    return float(text) if text.strip() else None


def _codes(text: str) -> frozenset[str]:
    codes = frozenset(text.split())
    unknown = codes - ALLERGEN_CODES
    if unknown:
        raise ValueError(f"unknown allergen codes {sorted(unknown)}")
    return codes


def _ingredient(row: dict[str, str]) -> IngredientSeed:
    if row["unit"] not in BASE_UNITS:
        raise ValueError(f"{row['name']}: bad unit {row['unit']!r}")
    return IngredientSeed(
        name=row["name"],
        name_en=row["name_en"],
        category=row["category"],
        unit=row["unit"],
        piece_g=_optional_float(row["piece_g"]),
        density=_optional_float(row["density"]),
        organic=row["organic"] == "1",
        co2e=float(row["co2e"]),
        kj=float(row["kj"]),
        protein=float(row["protein"]),
        fat=float(row["fat"]),
        carbs=float(row["carbs"]),
        contains=_codes(row["contains"]),
        traces=_codes(row["traces"]),
        unknown=_codes(row["unknown"]),
        supplier=row["supplier"],
        pack=float(row["pack"]),
        pack_desc=row["pack_desc"],
        price_kr=float(row["price_kr"]),
        variable_weight=row["variable_weight"] == "1",
        eco_variant=row["eco_variant"] == "1",
    )


def _recipe(item: dict, known: set[str]) -> RecipeSeed:
    lines = []
    for entry in item["lines"]:
        name, quantity, unit, *rest = entry
        if name not in known:
            raise ValueError(f"recipe {item['key']}: unknown ingredient {name!r}")
        if unit not in KITCHEN_UNITS:
            raise ValueError(f"recipe {item['key']}: unknown unit {unit!r}")
        lines.append(RecipeLineSeed(name, float(quantity), unit, float(rest[0]) if rest else 0.0))
    return RecipeSeed(
        key=item["key"],
        line=item["line"],
        name=item["name"],
        name_en=item["name_en"],
        diet=tuple(item["diet"]),
        portions=int(item["portions"]),
        portion_g=float(item["portion_g"]),
        method=item["method"],
        lines=tuple(lines),
    )


@cache
def load_seed() -> Seed:
    """Read and check the seed files once per process."""
    folder = resource("demo")
    raw = json.loads((folder / "districts.json").read_text(encoding="utf-8"))
    districts = tuple(
        DistrictSeed(
            code=d["code"],
            name=d["name"],
            kind=d["kind"],
            winter_week=d["winter_week"],
            sites=tuple(
                SiteSeed(
                    s["name"],
                    s["town"],
                    s["address"],
                    s["capacity"],
                    s["covers"],
                    tuple(s["services"]),
                )
                for s in d["sites"]
            ),
        )
        for d in raw["districts"]
    )
    raw = json.loads((folder / "suppliers.json").read_text(encoding="utf-8"))
    suppliers = tuple(SupplierSeed(**s) for s in raw["suppliers"])
    with (folder / "ingredients.csv").open(encoding="utf-8", newline="") as file:
        ingredients = tuple(_ingredient(row) for row in csv.DictReader(file, delimiter=";"))
    known = {i.name for i in ingredients}
    raw = json.loads((folder / "recipes.json").read_text(encoding="utf-8"))
    recipes = tuple(_recipe(item, known) for item in raw["recipes"])
    return Seed(districts, suppliers, ingredients, recipes)
