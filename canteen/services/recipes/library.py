"""The recipe library: list and filter, read, validate and save, copy to a site, soft delete."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import false, select
from sqlalchemy.orm import Session

from canteen.db.engine import Database
from canteen.db.models import Ingredient, MenuItem, Recipe, RecipeLine
from canteen.db.types import utcnow
from canteen.domain.allergens import Allergen, AllergenStatus
from canteen.domain.figures import PortionFigures, portion_figures
from canteen.domain.ingredients import IngredientFacts
from canteen.domain.recipe_checks import (
    LineInput,
    LineProblem,
    check_header,
    check_line,
    read_line_numbers,
    read_portion_size,
    read_yield,
)
from canteen.errors import NotFoundError, ReadOnlyError, ValidationError
from canteen.services.recipes.facts import (
    line_inputs,
    read_current_prices,
    read_ingredient_facts,
    read_recipe_lines,
    recipe_allergens,
)
from canteen.services.recipes.rows import (
    ORIGINS,
    RecipeDetail,
    RecipeDraft,
    RecipeFilters,
    RecipeLineRow,
    RecipeSummary,
    clean_tags,
    danish_key,
    split_tags,
    visible_to,
)


def list_recipes(
    db: Database, site_id: str | None, filters: RecipeFilters | None = None
) -> list[RecipeSummary]:
    """Recipes a site sees (central and its own; central staff see central ones), by name."""
    filters = filters or RecipeFilters()
    if filters.origin not in ORIGINS:
        raise ValidationError("unknown origin filter", field="origin", value=filters.origin)
    with db.reading() as session:
        query = select(Recipe).where(visible_to(site_id))
        if filters.origin == "central":
            query = query.where(Recipe.site_id.is_(None))
        elif filters.origin == "own":
            query = query.where(Recipe.site_id == site_id) if site_id else query.where(false())
        if filters.category:
            query = query.where(Recipe.category == filters.category)
        recipes = list(session.scalars(query))
        lines = read_recipe_lines(session, [r.id for r in recipes])
        facts = read_ingredient_facts(
            session, {x.ingredient_id for rows in lines.values() for x in rows}
        )
    copies = {r.copied_from_id: r.id for r in recipes if r.site_id and r.copied_from_id}
    text = filters.text.strip().casefold()
    tag = filters.diet_tag.strip().lower() if filters.diet_tag else None
    rows = []
    for recipe in recipes:
        tags = split_tags(recipe.diet_tags)
        if text and text not in recipe.name.casefold() and text not in recipe.name_en.casefold():
            continue
        if tag and tag not in tags:
            continue
        profile = recipe_allergens(lines[recipe.id], facts)
        if any(profile.status(Allergen(a)) != AllergenStatus.FREE for a in filters.free_from):
            continue
        rows.append(
            RecipeSummary(
                id=recipe.id,
                name=recipe.name,
                name_en=recipe.name_en,
                category=recipe.category,
                diet_tags=tags,
                site_id=recipe.site_id,
                editable=recipe.site_id == site_id,
                copied_from_id=recipe.copied_from_id,
                site_copy_id=copies.get(recipe.id),
                yield_portions=recipe.yield_portions,
                line_count=len(lines[recipe.id]),
                allergens=profile,
            )
        )
    rows.sort(key=lambda r: (danish_key(r.name), r.site_id is None, r.id))
    return rows


def list_categories(db: Database, site_id: str | None) -> list[str]:
    """The categories in use among the recipes a site sees, for the filter."""
    with db.reading() as session:
        found = session.scalars(select(Recipe.category).where(visible_to(site_id)).distinct())
        return sorted((c for c in found if c), key=danish_key)


def _detail(session: Session, recipe: Recipe, site_id: str | None) -> RecipeDetail:
    lines = read_recipe_lines(session, [recipe.id])[recipe.id]
    names = {
        i.id: i.name
        for i in session.scalars(
            select(Ingredient).where(Ingredient.id.in_([x.ingredient_id for x in lines])),
            execution_options={"include_deleted": True},
        )
    }
    return RecipeDetail(
        id=recipe.id,
        site_id=recipe.site_id,
        name=recipe.name,
        name_en=recipe.name_en,
        category=recipe.category,
        diet_tags=split_tags(recipe.diet_tags),
        yield_portions=recipe.yield_portions,
        portion_size_g=recipe.portion_size_g,
        method=recipe.method,
        copied_from_id=recipe.copied_from_id,
        editable=recipe.site_id == site_id and recipe.deleted_at is None,
        deleted=recipe.deleted_at is not None,
        updated_at=recipe.updated_at,
        lines=tuple(
            RecipeLineRow(
                x.ingredient_id,
                names.get(x.ingredient_id, ""),
                x.quantity,
                x.unit,
                x.prep_loss_pct,
                x.note,
            )
            for x in lines
        ),
    )


def _load(
    session: Session, recipe_id: str, site_id: str | None, *, deleted: bool = False
) -> Recipe:
    recipe = session.get(Recipe, recipe_id, execution_options={"include_deleted": deleted})
    # A site sees central recipes and its own; central staff (site_id None) see every recipe.
    if recipe is None or (site_id is not None and recipe.site_id not in (None, site_id)):
        raise NotFoundError("no such recipe", recipe_id=recipe_id)
    return recipe


def get_recipe(
    db: Database, recipe_id: str, site_id: str | None, *, include_deleted: bool = False
) -> RecipeDetail:
    """One recipe with its lines, as seen from a site (or central when `site_id` is None)."""
    with db.reading() as session:
        return _detail(
            session, _load(session, recipe_id, site_id, deleted=include_deleted), site_id
        )


def _editable(recipe: Recipe, site_id: str | None) -> None:
    if recipe.site_id != site_id:
        raise ReadOnlyError(
            "this recipe belongs to the central library", recipe_id=recipe.id, site_id=site_id
        )


def validate_draft(draft: RecipeDraft, facts: dict[str, IngredientFacts]) -> list[LineProblem]:
    """Everything wrong with a draft, recipe fields first, then lines in order."""
    problems = check_header(draft.name, draft.yield_portions, draft.portion_size_g)
    portions, _ = read_yield(draft.yield_portions)
    for index, line in enumerate(draft.lines):
        problems.extend(check_line(index, line, facts, portions)[1])
    return problems


def save_recipe(db: Database, site_id: str | None, draft: RecipeDraft) -> RecipeDetail:
    """Create or update a recipe; a ValidationError (first problem's line and field) saves nothing."""
    with db.unit_of_work() as session:
        recipe = None
        if draft.id is not None:
            recipe = _load(session, draft.id, site_id)
            _editable(recipe, site_id)
        facts = read_ingredient_facts(
            session, {x.ingredient_id for x in draft.lines if x.ingredient_id}
        )
        problems = validate_draft(draft, facts)
        if problems:
            raise ValidationError(
                "the recipe has invalid input",
                **problems[0].as_dict(),
                problems=[p.as_dict() for p in problems],
            )
        if recipe is None:
            recipe = Recipe(site_id=site_id)
            session.add(recipe)
        recipe.name = draft.name.strip()
        recipe.name_en = draft.name_en.strip()
        recipe.category = draft.category.strip()
        recipe.diet_tags = ",".join(clean_tags(draft.diet_tags))
        # Validated above, so these readings cannot fail.
        recipe.yield_portions = read_yield(draft.yield_portions)[0]
        recipe.portion_size_g = read_portion_size(draft.portion_size_g)[0]
        recipe.method = draft.method
        session.flush()
        _write_lines(session, recipe, draft.lines)
        session.flush()
        return _detail(session, recipe, site_id)


def _write_lines(session: Session, recipe: Recipe, lines: tuple[LineInput, ...]) -> None:
    existing = read_recipe_lines(session, [recipe.id])[recipe.id]
    for position, line in enumerate(lines):
        row = existing[position] if position < len(existing) else None
        if row is None:
            row = RecipeLine(recipe_id=recipe.id, site_id=recipe.site_id)
            session.add(row)
        row.ingredient_id = line.ingredient_id
        row.position = position
        row.quantity, row.prep_loss_pct = read_line_numbers(line)
        row.unit = line.unit
        row.note = line.note
    for row in existing[len(lines) :]:
        row.deleted_at = utcnow()


def copy_to_site(db: Database, recipe_id: str, site_id: str) -> RecipeDetail:
    """An editable copy of a central (or own) recipe at the site, remembering where it came from."""
    with db.unit_of_work() as session:
        source = _load(session, recipe_id, site_id)
        copy = Recipe(
            site_id=site_id,
            name=source.name,
            name_en=source.name_en,
            category=source.category,
            diet_tags=source.diet_tags,
            yield_portions=source.yield_portions,
            portion_size_g=source.portion_size_g,
            method=source.method,
            copied_from_id=source.copied_from_id if source.site_id else source.id,
        )
        session.add(copy)
        session.flush()
        for line in read_recipe_lines(session, [source.id])[source.id]:
            session.add(
                RecipeLine(
                    recipe_id=copy.id,
                    site_id=site_id,
                    ingredient_id=line.ingredient_id,
                    position=line.position,
                    quantity=line.quantity,
                    unit=line.unit,
                    prep_loss_pct=line.prep_loss_pct,
                    note=line.note,
                )
            )
        session.flush()
        return _detail(session, copy, site_id)


def delete_recipe(
    db: Database,
    recipe_id: str,
    site_id: str | None,
    *,
    force: bool = False,
    today: date | None = None,
) -> RecipeDetail:
    """Soft-delete a recipe; one still planned from `today` on needs `force` (the days are listed)."""
    today = today or date.today()
    with db.unit_of_work() as session:
        recipe = _load(session, recipe_id, site_id)
        _editable(recipe, site_id)
        planned = session.scalars(
            select(MenuItem.day)
            .where(MenuItem.recipe_id == recipe_id, MenuItem.day >= today)
            .order_by(MenuItem.day)
            .distinct()
        ).all()
        if planned and not force:
            raise ValidationError(
                "the recipe is still on planned menus",
                field="recipe",
                reason="recipe_planned",
                recipe_id=recipe_id,
                days=[d.isoformat() for d in planned],
            )
        recipe.deleted_at = utcnow()
        session.flush()
        return replace(_detail(session, recipe, site_id), deleted=True, editable=False)


def restore_recipe(db: Database, recipe_id: str, site_id: str | None) -> RecipeDetail:
    """Undo a soft delete."""
    with db.unit_of_work() as session:
        recipe = _load(session, recipe_id, site_id, deleted=True)
        _editable(recipe, site_id)
        recipe.deleted_at = None
        session.flush()
        return _detail(session, recipe, site_id)


def recipe_figures(db: Database, recipe_id: str, site_id: str | None, day: date) -> PortionFigures:
    """Per-portion figures of one saved recipe with prices on `day`."""
    with db.reading() as session:
        recipe = _load(session, recipe_id, site_id, deleted=True)
        lines = read_recipe_lines(session, [recipe.id])[recipe.id]
        ids = {x.ingredient_id for x in lines}
        facts = read_ingredient_facts(session, ids)
        prices = read_current_prices(session, ids, day)
    return portion_figures(line_inputs(lines), recipe.yield_portions, facts, prices)
