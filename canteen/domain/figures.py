"""A recipe's figures per batch and per portion: cost, organic share, kilos, CO2e, nutrition."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from canteen.domain.allergens import ALL_UNKNOWN, AllergenProfile, combine_profiles
from canteen.domain.ingredients import IngredientFacts
from canteen.domain.prices import CurrentPrice, plausible_price
from canteen.domain.recipe_checks import LineInput, LineProblem, check_line, read_yield
from canteen.domain.units import to_grams


def _gap(line: int, field: str, reason: str, ingredient: str) -> LineProblem:
    """Master data missing behind a figure (not an input error)."""
    return LineProblem(line, field, reason, {"ingredient": ingredient})


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
        """Every line is valid and priced plausibly."""
        return not self.problems and not any(map(self.has_gap, ("no_price", "implausible_price")))


NUTRIENTS = ("energy_kj", "protein_g", "fat_g", "carbs_g")


def portion_figures(
    lines: Sequence[LineInput],
    yield_portions,
    ingredients: Mapping[str, IngredientFacts],
    prices: Mapping[str, CurrentPrice],
) -> PortionFigures:
    """Figures of a recipe, saved or still being typed: bad lines are reported, never raised."""
    portions, problem = read_yield(yield_portions)
    problems = [problem] if problem else []
    gaps: list[LineProblem] = []
    cost = organic_cost = 0.0
    kg = organic_kg = net_g = 0.0
    co2e: float | None = None
    nutrients: dict[str, float] = {}
    profiles = []
    for index, line in enumerate(lines):
        facts = ingredients.get(line.ingredient_id) if line.ingredient_id else None
        profiles.append(facts.allergens if facts is not None else ALL_UNKNOWN)
        checked, line_problems = check_line(index, line, ingredients, portions)
        problems.extend(line_problems)
        if checked is None:
            continue
        price = prices.get(facts.id)
        organic = price.organic if price is not None else facts.organic
        if price is None:
            gaps.append(_gap(index, "ingredient", "no_price", facts.name))
        elif not plausible_price(price, facts.base_unit):
            # A catalogue typo must not turn a week's cost into billions: left out, and said so.
            gaps.append(_gap(index, "ingredient", "implausible_price", facts.name))
        else:
            line_cost = checked.base_quantity * price.ore_per_base_unit
            cost += line_cost
            organic_cost += line_cost if organic else 0.0
        grams = to_grams(checked.base_quantity, facts.conversions)
        if grams is None:
            gaps.append(_gap(index, "unit", "no_weight", facts.name))
            continue
        kg += grams / 1000
        organic_kg += grams / 1000 if organic else 0.0
        if facts.co2e_per_kg is None:
            gaps.append(_gap(index, "ingredient", "no_co2e", facts.name))
        else:
            co2e = (co2e or 0.0) + grams / 1000 * facts.co2e_per_kg
        eaten = grams * (1 - checked.prep_loss_pct / 100)
        net_g += eaten
        per_100 = {name: getattr(facts, f"{name}_100g") for name in NUTRIENTS}
        if None in per_100.values():
            gaps.append(_gap(index, "ingredient", "no_nutrition", facts.name))
        for name, value in per_100.items():
            if value is not None:
                nutrients[name] = nutrients.get(name, 0.0) + eaten / 100 * value
    return PortionFigures(
        yield_portions=portions or 0,
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
