"""Reading ingredient facts, current prices and recipe lines; figures for many recipes at once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from canteen.db.engine import Database
from canteen.db.models import Ingredient, ProductPrice, Recipe, RecipeLine, SupplierProduct
from canteen.domain.allergens import (
    ALL_UNKNOWN,
    Allergen,
    AllergenProfile,
    AllergenStatus,
    column_name,
    combine_profiles,
)
from canteen.domain.figures import PortionFigures, portion_figures
from canteen.domain.ingredients import IngredientFacts
from canteen.domain.prices import CurrentPrice, PriceCandidate, current_prices
from canteen.domain.recipe_checks import LineInput, allowed_units
from canteen.services.recipes.rows import FactBook, IngredientChoice, visible_to

# Helpers for services that already hold a session (library, menus, cycles, printing).


_FACT_COLUMNS = (
    "id", "name", "base_unit", "piece_weight_g", "density_g_per_ml", "organic", "co2e_per_kg",
    "energy_kj_100g", "protein_g_100g", "fat_g_100g", "carbs_g_100g", "name_en",
)  # fmt: skip
_ALLERGEN_COLUMNS = tuple(column_name(a) for a in Allergen)


def read_ingredient_facts(
    session: Session, ids: Collection[str] | None
) -> dict[str, IngredientFacts]:
    """Facts of these ingredients (all when `ids` is None), by id."""
    table = Ingredient.__table__.c
    query = select(*(table[c] for c in _FACT_COLUMNS + _ALLERGEN_COLUMNS)).where(
        Ingredient.deleted_at.is_(None)
    )
    if ids is not None:
        if not ids:
            return {}
        query = query.where(Ingredient.id.in_(list(ids)))
    facts = {}
    width = len(_FACT_COLUMNS)
    for row in session.execute(query):
        values = dict(zip(_FACT_COLUMNS, row[:width], strict=True))
        profile = AllergenProfile(tuple(AllergenStatus(s) for s in row[width:]))
        facts[values["id"]] = IngredientFacts(**values, allergens=profile)
    return facts


def read_current_prices(
    session: Session, ids: Collection[str] | None, day: date
) -> dict[str, CurrentPrice]:
    """The price each ingredient costs on `day` (see `current_prices` for the rule)."""
    query = (
        select(
            SupplierProduct.ingredient_id,
            SupplierProduct.id,
            SupplierProduct.pack_size,
            ProductPrice.price_ore,
            ProductPrice.valid_from,
            ProductPrice.valid_to,
            SupplierProduct.organic,
            SupplierProduct.preferred,
        )
        .join(ProductPrice, ProductPrice.product_id == SupplierProduct.id)
        .where(ProductPrice.valid_from <= day)
        .where(or_(ProductPrice.valid_to.is_(None), ProductPrice.valid_to >= day))
        .where(ProductPrice.deleted_at.is_(None))
    )
    if ids is not None:
        if not ids:
            return {}
        query = query.where(SupplierProduct.ingredient_id.in_(list(ids)))
    return current_prices((PriceCandidate(*row) for row in session.execute(query)), day)


def read_recipe_lines(session: Session, recipe_ids: Collection[str]) -> dict[str, list[RecipeLine]]:
    """The live lines of these recipes, by recipe id, in position order."""
    lines: dict[str, list[RecipeLine]] = defaultdict(list)
    if not recipe_ids:
        return lines
    query = (
        select(RecipeLine)
        .where(RecipeLine.recipe_id.in_(list(recipe_ids)))
        .order_by(RecipeLine.recipe_id, RecipeLine.position)
    )
    for line in session.scalars(query):
        lines[line.recipe_id].append(line)
    return lines


def read_line_inputs(
    session: Session, recipe_ids: Collection[str] | None
) -> dict[str, tuple[LineInput, ...]]:
    """The live lines of these recipes (all when None) as `portion_figures` takes them."""
    query = (
        select(
            RecipeLine.recipe_id,
            RecipeLine.ingredient_id,
            RecipeLine.quantity,
            RecipeLine.unit,
            RecipeLine.prep_loss_pct,
            RecipeLine.note,
        )
        .where(RecipeLine.deleted_at.is_(None))
        .order_by(RecipeLine.recipe_id, RecipeLine.position)
    )
    if recipe_ids is not None:
        if not recipe_ids:
            return {}
        query = query.where(RecipeLine.recipe_id.in_(list(recipe_ids)))
    found: dict[str, list[LineInput]] = defaultdict(list)
    for recipe_id, *line in session.execute(query):
        found[recipe_id].append(LineInput(*line))
    return {recipe_id: tuple(lines) for recipe_id, lines in found.items()}


def line_inputs(lines: Iterable[RecipeLine]) -> tuple[LineInput, ...]:
    """Saved lines as `portion_figures` takes them."""
    return tuple(
        LineInput(x.ingredient_id, x.quantity, x.unit, x.prep_loss_pct, x.note) for x in lines
    )


def recipe_allergens(
    lines: Iterable[RecipeLine], facts: dict[str, IngredientFacts]
) -> AllergenProfile:
    """A saved recipe's allergens: the worst over its ingredients, unknown when it has none."""
    return combine_profiles(
        facts[x.ingredient_id].allergens if x.ingredient_id in facts else ALL_UNKNOWN for x in lines
    )


def ingredient_choices(db: Database, text: str = "", limit: int = 50) -> list[IngredientChoice]:
    """Ingredients whose Danish or English name contains `text`, with the units that fit each."""
    needle = text.strip().casefold()
    with db.reading() as session:
        found = session.scalars(select(Ingredient).order_by(Ingredient.name)).all()
    rows = []
    for ing in found:
        if needle and needle not in ing.name.casefold() and needle not in ing.name_en.casefold():
            continue
        facts = IngredientFacts(
            ing.id, ing.name, ing.base_unit, ing.piece_weight_g, ing.density_g_per_ml
        )
        rows.append(
            IngredientChoice(
                ing.id,
                ing.name,
                ing.name_en,
                ing.category,
                ing.base_unit,
                allowed_units(facts.conversions),
            )
        )
        if len(rows) >= limit:
            break
    return rows


def load_facts(db: Database, ingredient_ids: Collection[str], day: date) -> FactBook:
    """Ingredient data and prices on `day`, for live figures of unsaved lines."""
    with db.reading() as session:
        return FactBook(
            day,
            read_ingredient_facts(session, set(ingredient_ids)),
            read_current_prices(session, set(ingredient_ids), day),
        )


def portion_figures_all(db: Database, site_id: str | None, day: date) -> dict[str, PortionFigures]:
    """Per-portion figures of every recipe a site sees, by recipe id, in four queries."""
    with db.reading() as session:
        recipes = session.execute(
            select(Recipe.id, Recipe.yield_portions).where(visible_to(site_id))
        )
        yields = dict(recipes.all())
        lines = read_line_inputs(session, list(yields))
        ids = {x.ingredient_id for rows in lines.values() for x in rows}
        # For a big share of the catalogue one full read beats a long IN list.
        everything = len(ids) > 300
        facts = read_ingredient_facts(session, None if everything else ids)
        prices = read_current_prices(session, None if everything else ids, day)
    return {
        recipe_id: portion_figures(lines.get(recipe_id, ()), portions, facts, prices)
        for recipe_id, portions in yields.items()
    }
