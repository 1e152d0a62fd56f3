"""The recipe library and per-portion figures: one unit of work per call, frozen rows back."""

from __future__ import annotations

from canteen.services.recipes.facts import (
    ingredient_choices,
    load_facts,
    portion_figures_all,
    read_current_prices,
    read_ingredient_facts,
    read_recipe_lines,
)
from canteen.services.recipes.library import (
    copy_to_site,
    delete_recipe,
    get_recipe,
    list_categories,
    list_recipes,
    recipe_figures,
    restore_recipe,
    save_recipe,
    validate_draft,
)
from canteen.services.recipes.rows import (
    FactBook,
    IngredientChoice,
    RecipeDetail,
    RecipeDraft,
    RecipeFilters,
    RecipeLineRow,
    RecipeSummary,
    is_vegetarian,
    split_tags,
)

__all__ = [
    "FactBook",
    "IngredientChoice",
    "RecipeDetail",
    "RecipeDraft",
    "RecipeFilters",
    "RecipeLineRow",
    "RecipeSummary",
    "copy_to_site",
    "delete_recipe",
    "get_recipe",
    "ingredient_choices",
    "is_vegetarian",
    "list_categories",
    "list_recipes",
    "load_facts",
    "portion_figures_all",
    "read_current_prices",
    "read_ingredient_facts",
    "read_recipe_lines",
    "recipe_figures",
    "restore_recipe",
    "save_recipe",
    "split_tags",
    "validate_draft",
]
