"""Per-portion figures of a recipe (cost, allergens, organic share, CO2e, nutrition): pure functions."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from canteen.domain.allergens import Allergen, AllergenStatus, combine
from canteen.domain.units import KITCHEN_UNITS, Conversions, to_base, to_grams
from canteen.errors import ValidationError

ALLERGENS = tuple(Allergen)
_LETTER = {
    AllergenStatus.CONTAINS: "C",
    AllergenStatus.MAY_CONTAIN: "M",
    AllergenStatus.UNKNOWN: "U",
    AllergenStatus.FREE: "F",
}
_FROM_LETTER = {letter: status for status, letter in _LETTER.items()}


@dataclass(frozen=True)
class AllergenProfile:
    """The status of each of the 14 allergens, in `Allergen` order."""

    statuses: tuple[AllergenStatus, ...]

    @classmethod
    def uniform(cls, status: AllergenStatus) -> AllergenProfile:
        """Every allergen with the same status (all unknown for an unchecked ingredient)."""
        return cls((status,) * len(ALLERGENS))

    @classmethod
    def from_mapping(cls, statuses: Mapping[Allergen, AllergenStatus | str]) -> AllergenProfile:
        """From a mapping; an allergen missing from it is unknown, never free."""
        return cls(
            tuple(AllergenStatus(statuses.get(a, AllergenStatus.UNKNOWN)) for a in ALLERGENS)
        )

    @classmethod
    def from_code(cls, code: str) -> AllergenProfile:
        """From the 14-letter code of `code` (C, M, U, F per allergen)."""
        return cls(tuple(_FROM_LETTER[letter] for letter in code))

    @property
    def code(self) -> str:
        """A compact 14-letter form, e.g. for fingerprints of a printed menu."""
        return "".join(_LETTER[s] for s in self.statuses)

    def status(self, allergen: Allergen) -> AllergenStatus:
        """The status of one allergen."""
        return self.statuses[ALLERGENS.index(allergen)]

    def having(self, status: AllergenStatus) -> tuple[Allergen, ...]:
        """The allergens with exactly this status, in regulation order."""
        return tuple(a for a, s in zip(ALLERGENS, self.statuses, strict=True) if s == status)

    @property
    def contains(self) -> tuple[Allergen, ...]:
        """Allergens the dish contains."""
        return self.having(AllergenStatus.CONTAINS)

    @property
    def may_contain(self) -> tuple[Allergen, ...]:
        """Allergens the dish may contain as traces."""
        return self.having(AllergenStatus.MAY_CONTAIN)

    @property
    def unknown(self) -> tuple[Allergen, ...]:
        """Allergens nobody has checked: shown as unknown, never as free from."""
        return self.having(AllergenStatus.UNKNOWN)

    @property
    def free_from(self) -> tuple[Allergen, ...]:
        """Allergens the dish is known to be free from."""
        return self.having(AllergenStatus.FREE)

    def worst_with(self, other: AllergenProfile) -> AllergenProfile:
        """Per allergen the worse of the two (unknown ranks above free)."""
        return combine_profiles((self, other))


# Each status's rank, derived from the domain rule `combine`: how many statuses it beats or ties.
_RANK = {s: sum(combine((s, t)) == s for t in AllergenStatus) for s in AllergenStatus}


def combine_profiles(profiles: Iterable[AllergenProfile]) -> AllergenProfile:
    """The profile of a dish made of these parts; nothing at all is unknown, not free."""
    profiles = list(profiles)
    if not profiles:
        return AllergenProfile.uniform(AllergenStatus.UNKNOWN)
    if len(profiles) == 1:
        return profiles[0]
    columns = zip(*(p.statuses for p in profiles), strict=True)
    return AllergenProfile(tuple(max(column, key=_RANK.__getitem__) for column in columns))


ALL_UNKNOWN = AllergenProfile.uniform(AllergenStatus.UNKNOWN)


@dataclass(frozen=True)
class IngredientFacts:
    """What the figures need to know about one ingredient."""

    id: str
    name: str
    base_unit: str
    piece_weight_g: float | None = None
    density_g_per_ml: float | None = None
    organic: bool = False
    co2e_per_kg: float | None = None
    energy_kj_100g: float | None = None
    protein_g_100g: float | None = None
    fat_g_100g: float | None = None
    carbs_g_100g: float | None = None
    allergens: AllergenProfile = ALL_UNKNOWN
    name_en: str = ""

    @property
    def conversions(self) -> Conversions:
        """The ingredient's unit conversions."""
        return Conversions(self.base_unit, self.piece_weight_g, self.density_g_per_ml)


@dataclass(frozen=True)
class PriceCandidate:
    """One supplier product's price row, as read from the catalogue."""

    ingredient_id: str
    product_id: str
    pack_size: float
    price_ore: int
    valid_from: date
    valid_to: date | None
    organic: bool
    preferred: bool


@dataclass(frozen=True)
class CurrentPrice:
    """The price an ingredient costs on a day, per base unit (g, ml or pcs)."""

    ingredient_id: str
    product_id: str
    ore_per_base_unit: float
    organic: bool
    preferred: bool


def current_prices(candidates: Iterable[PriceCandidate], day: date) -> dict[str, CurrentPrice]:
    """Per ingredient: the cheapest preferred product priced on `day` (a non-preferred one if none).

    A product's price on a day is its row with the latest `valid_from` on or before the day
    whose `valid_to` (if any) is not before it. Cheapest is per base unit, not per pack.
    """
    latest: dict[str, PriceCandidate] = {}
    for c in candidates:
        if c.valid_from > day or (c.valid_to is not None and c.valid_to < day):
            continue
        known = latest.get(c.product_id)
        if known is None or c.valid_from > known.valid_from:
            latest[c.product_id] = c
    best: dict[str, tuple[tuple, CurrentPrice]] = {}
    for c in latest.values():
        per_unit = c.price_ore / c.pack_size
        rank = (not c.preferred, per_unit, c.product_id)
        known = best.get(c.ingredient_id)
        if known is None or rank < known[0]:
            price = CurrentPrice(c.ingredient_id, c.product_id, per_unit, c.organic, c.preferred)
            best[c.ingredient_id] = (rank, price)
    return {ingredient_id: price for ingredient_id, (_, price) in best.items()}


@dataclass(frozen=True)
class LineInput:
    """A recipe line as the editor holds it; quantity may still be text the user typed."""

    ingredient_id: str | None
    quantity: float | str | None
    unit: str
    prep_loss_pct: float | str | None = 0.0
    note: str = ""


@dataclass(frozen=True)
class LineProblem:
    """Something wrong or missing, pointing at a line (index) or the recipe (line None)."""

    line: int | None
    field: str
    reason: str
    data: Mapping[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for a ValidationError."""
        return {"line": self.line, "field": self.field, "reason": self.reason, **self.data}


def _problem(line: int | None, name: str, reason: str, **data: Any) -> LineProblem:
    return LineProblem(line, name, reason, data)


@dataclass(frozen=True)
class CheckedLine:
    """A line that passed validation: numbers parsed, quantity in the ingredient's base unit."""

    index: int
    ingredient: IngredientFacts
    quantity: float
    unit: str
    prep_loss_pct: float
    base_quantity: float
    note: str = ""


def parse_number(value: float | int | str | None) -> float:
    """A number from what the user typed: 1.5, '1,5' or ' 2 '; ValueError for anything else."""
    if value is None or isinstance(value, bool):
        raise ValueError("no number")
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        number = float(text)
    if not math.isfinite(number):
        raise ValueError("not finite")
    return number


def _number_problem(index: int | None, name: str, value, *, allow_zero: bool) -> tuple:
    """(number, None) or (None, LineProblem) for a quantity-like field."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, LineProblem(index, name, "required")
    try:
        number = parse_number(value)
    except ValueError:
        return None, _problem(index, name, "not_a_number", value=str(value))
    if number < 0:
        return None, _problem(index, name, "negative", value=number)
    if number == 0 and not allow_zero:
        return None, _problem(index, name, "zero", value=number)
    return number, None


def check_line(
    index: int, line: LineInput, ingredients: Mapping[str, IngredientFacts]
) -> tuple[CheckedLine | None, list[LineProblem]]:
    """Validate one line: ingredient known, quantity a positive number, a unit that fits."""
    problems: list[LineProblem] = []
    facts = ingredients.get(line.ingredient_id) if line.ingredient_id else None
    if not line.ingredient_id:
        problems.append(LineProblem(index, "ingredient", "required"))
    elif facts is None:
        problems.append(_problem(index, "ingredient", "unknown_ingredient", id=line.ingredient_id))
    quantity, problem = _number_problem(index, "quantity", line.quantity, allow_zero=False)
    if problem:
        problems.append(problem)
    loss, problem = _number_problem(
        index, "prep_loss_pct", line.prep_loss_pct or 0, allow_zero=True
    )
    if problem:
        problems.append(problem)
    elif loss is not None and loss >= 100:
        problems.append(_problem(index, "prep_loss_pct", "out_of_range", value=loss))
        loss = None
    base = None
    if line.unit not in KITCHEN_UNITS:
        problems.append(_problem(index, "unit", "unknown_unit", unit=line.unit))
    elif facts is not None:
        try:
            base = to_base(quantity if quantity is not None else 1.0, line.unit, facts.conversions)
        except ValidationError:
            problems.append(
                _problem(
                    index, "unit", "unit_does_not_fit", unit=line.unit, base_unit=facts.base_unit
                )
            )
    if problems:
        return None, problems
    return CheckedLine(index, facts, quantity, line.unit, loss, base, line.note), []


def check_header(name: str, yield_portions, portion_size_g) -> list[LineProblem]:
    """Validate a recipe's own fields: a name, a whole positive yield, a positive portion size."""
    problems: list[LineProblem] = []
    if not (name or "").strip():
        problems.append(LineProblem(None, "name", "required"))
    number, problem = _number_problem(None, "yield_portions", yield_portions, allow_zero=False)
    if problem:
        problems.append(problem)
    elif number != int(number):
        problems.append(_problem(None, "yield_portions", "not_whole", value=number))
    if portion_size_g not in (None, ""):
        _, problem = _number_problem(None, "portion_size_g", portion_size_g, allow_zero=False)
        if problem:
            problems.append(problem)
    return problems


def allowed_units(conversions: Conversions) -> tuple[str, ...]:
    """The kitchen units that fit an ingredient (ml needs a density for a gram ingredient...)."""
    fitting = []
    for unit in KITCHEN_UNITS:
        try:
            to_base(1.0, unit, conversions)
        except ValidationError:
            continue
        fitting.append(unit)
    return tuple(fitting)


@dataclass(frozen=True)
class PortionFigures:
    """A recipe's figures per batch (its whole yield); the properties give them per portion.

    Cost, kilos and CO2e are on the quantity bought (before prep loss); nutrition on what is
    left after prep loss. `problems` are input errors, `gaps` are missing master data.
    """

    yield_portions: int
    batch_cost_ore: int
    organic_cost_ore: int
    batch_kg: float
    organic_kg: float
    batch_co2e_kg: float | None
    batch_net_g: float
    batch_energy_kj: float | None
    batch_protein_g: float | None
    batch_fat_g: float | None
    batch_carbs_g: float | None
    allergens: AllergenProfile
    problems: tuple[LineProblem, ...] = ()
    gaps: tuple[LineProblem, ...] = ()

    def _per(self, value: float | None) -> float | None:
        if value is None or self.yield_portions <= 0:
            return None
        return value / self.yield_portions

    @property
    def cost_ore(self) -> int | None:
        """Cost of one portion in øre (None while the yield is not valid)."""
        per = self._per(self.batch_cost_ore)
        return None if per is None else round(per)

    @property
    def organic_share_kr(self) -> float | None:
        """Organic product cost / total cost (0–1), None when nothing is priced."""
        return self.organic_cost_ore / self.batch_cost_ore if self.batch_cost_ore else None

    @property
    def organic_share_kg(self) -> float | None:
        """Organic kilos / total kilos (0–1), None when no line has a weight."""
        return self.organic_kg / self.batch_kg if self.batch_kg else None

    @property
    def co2e_kg(self) -> float | None:
        """kg CO2e of one portion (None when no ingredient has a figure)."""
        return self._per(self.batch_co2e_kg)

    @property
    def net_g(self) -> float | None:
        """Grams of food in one portion after prep loss."""
        return self._per(self.batch_net_g)

    @property
    def energy_kj(self) -> float | None:
        """Energy of one portion in kJ."""
        return self._per(self.batch_energy_kj)

    @property
    def protein_g(self) -> float | None:
        """Protein of one portion in grams."""
        return self._per(self.batch_protein_g)

    @property
    def fat_g(self) -> float | None:
        """Fat of one portion in grams."""
        return self._per(self.batch_fat_g)

    @property
    def carbs_g(self) -> float | None:
        """Carbohydrate of one portion in grams."""
        return self._per(self.batch_carbs_g)

    def has_gap(self, reason: str) -> bool:
        """True when some line lacks this kind of data ('no_price', 'no_co2e', ...)."""
        return any(g.reason == reason for g in self.gaps)

    @property
    def cost_complete(self) -> bool:
        """Every line is valid and priced."""
        return not self.problems and not self.has_gap("no_price")


NUTRIENTS = ("energy_kj", "protein_g", "fat_g", "carbs_g")


def portion_figures(
    lines: Sequence[LineInput],
    yield_portions,
    ingredients: Mapping[str, IngredientFacts],
    prices: Mapping[str, CurrentPrice],
) -> PortionFigures:
    """Figures of a recipe, saved or still being typed: bad lines are reported, never raised."""
    problems = [p for p in check_header("-", yield_portions, None) if p.field == "yield_portions"]
    portions = 0 if problems else int(parse_number(yield_portions))
    gaps: list[LineProblem] = []
    cost = organic_cost = 0.0
    kg = organic_kg = net_g = 0.0
    co2e: float | None = None
    nutrients: dict[str, float] = {}
    profiles = []
    for index, line in enumerate(lines):
        facts = ingredients.get(line.ingredient_id) if line.ingredient_id else None
        profiles.append(facts.allergens if facts is not None else ALL_UNKNOWN)
        checked, line_problems = check_line(index, line, ingredients)
        problems.extend(line_problems)
        if checked is None:
            continue
        price = prices.get(facts.id)
        organic = price.organic if price is not None else facts.organic
        if price is None:
            gaps.append(_problem(index, "ingredient", "no_price", ingredient=facts.name))
        else:
            line_cost = checked.base_quantity * price.ore_per_base_unit
            cost += line_cost
            organic_cost += line_cost if organic else 0.0
        grams = to_grams(checked.base_quantity, facts.conversions)
        if grams is None:
            gaps.append(_problem(index, "unit", "no_weight", ingredient=facts.name))
            continue
        kg += grams / 1000
        organic_kg += grams / 1000 if organic else 0.0
        if facts.co2e_per_kg is None:
            gaps.append(_problem(index, "ingredient", "no_co2e", ingredient=facts.name))
        else:
            co2e = (co2e or 0.0) + grams / 1000 * facts.co2e_per_kg
        eaten = grams * (1 - checked.prep_loss_pct / 100)
        net_g += eaten
        per_100 = {name: getattr(facts, f"{name}_100g") for name in NUTRIENTS}
        if None in per_100.values():
            gaps.append(_problem(index, "ingredient", "no_nutrition", ingredient=facts.name))
        for name, value in per_100.items():
            if value is not None:
                nutrients[name] = nutrients.get(name, 0.0) + eaten / 100 * value
    return PortionFigures(
        yield_portions=portions,
        batch_cost_ore=round(cost),
        organic_cost_ore=round(organic_cost),
        batch_kg=kg,
        organic_kg=organic_kg,
        batch_co2e_kg=co2e,
        batch_net_g=net_g,
        batch_energy_kj=nutrients.get("energy_kj"),
        batch_protein_g=nutrients.get("protein_g"),
        batch_fat_g=nutrients.get("fat_g"),
        batch_carbs_g=nutrients.get("carbs_g"),
        allergens=combine_profiles(profiles),
        problems=tuple(problems),
        gaps=tuple(gaps),
    )


@dataclass(frozen=True)
class KitchenQuantity:
    """A quantity as the kitchen weighs or counts it: 1.25 kg, 4.5 dl, 12 pcs."""

    value: float
    unit: str


def _significant(value: float, digits: int = 3) -> float:
    return round(value, digits - 1 - math.floor(math.log10(value)))


def kitchen_quantity(amount: float, family: str) -> KitchenQuantity:
    """An amount in a base unit ('g', 'ml', 'pcs') rounded the way a kitchen reads it.

    Grams to the gram below 1 kg, then kg to 3 significant digits; millilitres to the ml
    below 1 dl, dl to one decimal below 1 l, then litres to 3 significant digits; pieces
    rounded up. A positive amount never rounds to zero.
    """
    if amount <= 0:
        return KitchenQuantity(0.0, family)
    if family == "pcs":
        return KitchenQuantity(float(max(1, math.ceil(round(amount, 3)))), "pcs")
    if family == "g":
        grams = max(1, round(amount))
        if grams < 1000:
            return KitchenQuantity(float(grams), "g")
        return KitchenQuantity(_significant(amount / 1000), "kg")
    if family == "ml":
        millilitres = max(1, round(amount))
        if millilitres < 100:
            return KitchenQuantity(float(millilitres), "ml")
        decilitres = round(amount / 100, 1)
        if decilitres < 10:
            return KitchenQuantity(decilitres, "dl")
        return KitchenQuantity(max(1.0, _significant(amount / 1000)), "l")
    raise ValueError(f"unknown unit family {family!r}")


def scale_line(quantity: float, unit: str, yield_portions: int, portions: float) -> KitchenQuantity:
    """A recipe line's quantity for `portions` instead of the recipe's yield, in kitchen units."""
    family, factor = KITCHEN_UNITS[unit]
    return kitchen_quantity(quantity * factor * portions / yield_portions, family)
