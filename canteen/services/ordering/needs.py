"""What the planned menus use of each ingredient, per dish and day, in the ingredient's base unit."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import Ingredient, Recipe, RecipeLine
from canteen.domain.ingredients import IngredientFacts
from canteen.domain.units import to_base
from canteen.errors import ValidationError
from canteen.services.menus.rows import CellKey, CellValue
from canteen.services.menus.store import current_values, items_between
from canteen.services.ordering.level import raised
from canteen.services.ordering.rows import UNIT_MISMATCH, Flag, Use
from canteen.services.portions import PlannedPortions, planned_portions
from canteen.services.recipes.facts import read_ingredient_facts, read_recipe_lines

ALL = {"include_deleted": True}


@dataclass(frozen=True)
class IngredientInfo:
    """Name, base unit and category of an ingredient (for lines, counts and flags)."""

    id: str
    name: str
    unit: str
    category: str


@dataclass
class PlannedUse:
    """Uses per ingredient over a period, the ingredients' facts, and unit problems met."""

    uses: dict[str, list[Use]] = field(default_factory=lambda: defaultdict(list))
    ingredients: dict[str, IngredientInfo] = field(default_factory=dict)
    flags: list[Flag] = field(default_factory=list)
    dish_days: list[date] = field(default_factory=list)

    def dishes(self, first: date) -> int:
        """Dishes planned from `first` on."""
        return sum(1 for d in self.dish_days if d >= first)

    def from_day(self, ingredient_id: str, first: date) -> tuple[Use, ...]:
        """An ingredient's uses from `first` on."""
        return tuple(u for u in self.uses.get(ingredient_id, ()) if u.day >= first)

    def total(self, ingredient_id: str, after: date | None, before: date) -> float:
        """Quantity used on days after `after` (all when None) and before `before`."""
        return sum(
            u.quantity
            for u in self.uses.get(ingredient_id, ())
            if (after is None or u.day > after) and u.day < before
        )


def planned_use(
    db: Database,
    site_id: str,
    first: date,
    last: date,
    level: float | None = None,
    *,
    raise_from: date | None = None,
) -> PlannedUse:
    """Each menu item's portions (the planned-portions rule) × its recipe; portions on days from
    `raise_from` (all when None) are raised to the service `level`."""
    portions = {(p.day, p.service, p.line): p for p in planned_portions(db, site_id, first, last)}
    with db.reading() as session:
        items = current_values(items_between(session, site_id, first, last))
        recipes, lines, facts, categories = read_recipes_for(
            session, {v.recipe_id for v in items.values()}
        )
    return use_from(items, portions, recipes, lines, facts, categories, level, raise_from)


def read_recipes_for(session, recipe_ids: set[str]) -> tuple[dict, dict, dict, dict]:
    """What turning these recipes into ingredient needs reads: the recipes (deleted ones too:
    a planned dish still counts), their lines, the ingredients' facts and categories."""
    recipes = {
        r.id: r
        for r in session.scalars(
            select(Recipe).where(Recipe.id.in_(list(recipe_ids))), execution_options=ALL
        )
    }
    lines = read_recipe_lines(session, recipe_ids)
    ingredient_ids = {x.ingredient_id for rows in lines.values() for x in rows}
    facts = read_ingredient_facts(session, ingredient_ids)
    categories = dict(
        session.execute(
            select(Ingredient.id, Ingredient.category).where(
                Ingredient.id.in_(list(ingredient_ids))
            )
        ).all()
    )
    return recipes, lines, facts, categories


def use_from(
    items: Mapping[CellKey, CellValue],
    portions: Mapping[tuple[date, str, str], PlannedPortions],
    recipes: Mapping[str, Recipe],
    lines: Mapping[str, Sequence[RecipeLine]],
    facts: Mapping[str, IngredientFacts],
    categories: Mapping[str, str],
    level: float | None,
    raise_from: date | None,
    parts: dict[str, list[_Part]] | None = None,
) -> PlannedUse:
    """The planned use from what was read: menu cells, planned portions, recipes and facts.

    `parts` keeps each recipe's converted lines between calls that share recipes and facts.
    """
    out = PlannedUse()
    ingredient_ids = {x.ingredient_id for r in items.values() for x in lines.get(r.recipe_id, ())}
    out.ingredients = {
        i: IngredientInfo(i, f.name, f.base_unit, categories.get(i, ""))
        for i, f in facts.items()
        if i in ingredient_ids
    }
    reported: set[tuple[str, str]] = set()
    prepared: dict[str, list[_Part]] = {} if parts is None else parts
    for key, value in sorted(items.items()):
        planned = portions.get((key.day, key.service, key.line))
        count = value.planned_portions
        if planned is not None:
            raising = raise_from is None or key.day >= raise_from
            count = raised(planned.portions, planned.high, level if raising else None)
        recipe = recipes.get(value.recipe_id)
        if count <= 0 or recipe is None:
            continue
        out.dish_days.append(key.day)
        if recipe.id not in prepared:
            prepared[recipe.id] = _parts(lines.get(recipe.id, ()), facts)
        name, yield_portions = recipe.name, recipe.yield_portions
        for ingredient_id, unit, per_yield, fact in prepared[recipe.id]:
            if per_yield is None:
                if (ingredient_id, unit) not in reported:
                    reported.add((ingredient_id, unit))
                    out.flags.append(
                        Flag(
                            UNIT_MISMATCH,
                            ingredient=fact.name,
                            day=key.day,
                            data={"unit": unit, "base_unit": fact.base_unit, "dish": name},
                        )
                    )
                continue
            quantity = per_yield * count / yield_portions
            use = Use(key.day, key.service, key.line, name, count, quantity)
            out.uses[ingredient_id].append(use)
    return out


# A recipe line as planned use needs it: ingredient, unit, quantity per yield in base units
# (None when the unit cannot be converted) and the ingredient's facts.
_Part = tuple[str, str, float | None, IngredientFacts]


def _parts(lines: Sequence[RecipeLine], facts: Mapping[str, IngredientFacts]) -> list[_Part]:
    """A recipe's lines converted once (a recipe recurs on many days and at many sites)."""
    out = []
    for x in lines:
        fact = facts.get(x.ingredient_id)
        if fact is None:
            continue
        try:
            per_yield = to_base(x.quantity, x.unit, fact.conversions)
        except ValidationError:
            per_yield = None
        out.append((x.ingredient_id, x.unit, per_yield, fact))
    return out
