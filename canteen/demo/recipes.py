"""Central recipes from the seed, a couple of site-owned copies, and what a portion needs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from canteen.db.models import Recipe, RecipeLine
from canteen.demo.catalogue import Catalogue
from canteen.demo.context import Context
from canteen.demo.org import DemoSite
from canteen.demo.seed import RecipeSeed, Seed
from canteen.domain.units import Conversions, to_base

_CATEGORY = {
    "dagens": "main",
    "vegetar": "main",
    "suppe": "soup",
    "salatbar": "salad",
    "brod": "bread",
    "dessert": "dessert",
    "morgenmad": "breakfast",
    "natmad": "snack",
}
# Site copies: (seed recipe key, new name, new English name, ingredient made 15 % larger).
_COPIES = (
    (
        "frikadeller",
        "Kantinens egne frikadeller med kartofler og brun sovs",
        "Our own meatballs with potatoes and brown gravy",
        "Løg",
    ),
    (
        "linsesuppe",
        "Linsesuppe med chili og lime",
        "Lentil soup with chilli and lime",
        "Citronsaft",
    ),
)


@dataclass
class RecipeBook:
    """Recipe ids by menu line, site copies, and each recipe's needs per portion."""

    by_line: dict[str, list[str]] = field(default_factory=dict)
    by_key: dict[str, str] = field(default_factory=dict)
    site_copies: dict[str, dict[str, str]] = field(default_factory=dict)
    # recipe id -> [(ingredient name, base-unit quantity bought per portion)]
    needs: dict[str, list[tuple[str, float]]] = field(default_factory=dict)

    def pool(self, site_id: str, line: str) -> list[str]:
        """The recipes a site plans on a line, its own copies replacing the originals."""
        copies = self.site_copies.get(site_id, {})
        return [copies.get(recipe_id, recipe_id) for recipe_id in self.by_line[line]]


def make_recipes(
    ctx: Context, seed: Seed, catalogue: Catalogue, sites: Sequence[DemoSite]
) -> RecipeBook:
    """Write the central recipes and the site copies; return the book."""
    book = RecipeBook()
    recipe_rows, line_rows = [], []
    for recipe in seed.recipes:
        recipe_id = ctx.ids()
        book.by_key[recipe.key] = recipe_id
        book.by_line.setdefault(recipe.line, []).append(recipe_id)
        recipe_rows.append(_recipe_row(recipe, recipe_id, None, recipe.name, recipe.name_en))
        line_rows += _line_rows(ctx, recipe, recipe_id, None, catalogue, book, scale_name=None)
    for site, (key, name, name_en, bigger) in zip(sites, _COPIES, strict=False):
        recipe = next(r for r in seed.recipes if r.key == key)
        copy_id = ctx.ids()
        row = _recipe_row(recipe, copy_id, site.id, name, name_en)
        row["copied_from_id"] = book.by_key[key]
        row["method"] = (
            f"{recipe.method} Vores udgave: mere {bigger.lower()} end i den centrale opskrift."
        )
        recipe_rows.append(row)
        line_rows += _line_rows(ctx, recipe, copy_id, site.id, catalogue, book, scale_name=bigger)
        book.site_copies.setdefault(site.id, {})[book.by_key[key]] = copy_id
    ctx.out.add(Recipe, recipe_rows)
    ctx.out.add(RecipeLine, line_rows)
    return book


def _recipe_row(
    recipe: RecipeSeed, recipe_id: str, site_id: str | None, name: str, name_en: str
) -> dict:
    return {
        "id": recipe_id,
        "site_id": site_id,
        "name": name,
        "name_en": name_en,
        "category": _CATEGORY[recipe.line],
        "diet_tags": ",".join(recipe.diet),
        "yield_portions": recipe.portions,
        "portion_size_g": recipe.portion_g,
        "method": recipe.method,
        "copied_from_id": None,
    }


def _line_rows(
    ctx: Context,
    recipe: RecipeSeed,
    recipe_id: str,
    site_id: str | None,
    catalogue: Catalogue,
    book: RecipeBook,
    *,
    scale_name: str | None,
) -> list[dict]:
    rows, needs = [], []
    for position, line in enumerate(recipe.lines):
        quantity = line.quantity * (1.15 if line.ingredient == scale_name else 1.0)
        ingredient = catalogue.ingredients[line.ingredient]
        conversions = Conversions(ingredient.unit, ingredient.piece_g, ingredient.density)
        # The line's quantity is what is bought; prep loss only shrinks what is eaten.
        needs.append((line.ingredient, to_base(quantity, line.unit, conversions) / recipe.portions))
        rows.append(
            {
                "id": ctx.ids(),
                "site_id": site_id,
                "recipe_id": recipe_id,
                "ingredient_id": catalogue.ingredient_ids[line.ingredient],
                "position": position,
                "quantity": round(quantity, 3),
                "unit": line.unit,
                "prep_loss_pct": line.prep_loss,
                "note": "",
            }
        )
    book.needs[recipe_id] = needs
    return rows
