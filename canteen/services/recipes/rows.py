"""Row objects of the recipe library: filters, summaries, details, drafts, ingredient choices."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_

from canteen.db.models import Recipe
from canteen.domain.allergens import Allergen, AllergenProfile
from canteen.domain.figures import PortionFigures, portion_figures
from canteen.domain.ingredients import IngredientFacts
from canteen.domain.prices import CurrentPrice
from canteen.domain.recipe_checks import LineInput

ORIGINS = ("all", "central", "own")
VEGETARIAN_TAGS = frozenset({"vegetarian", "vegan"})


@dataclass(frozen=True)
class RecipeFilters:
    """What the library list shows: text in either name, category, diet tag, free-from, origin."""

    text: str = ""
    category: str | None = None
    diet_tag: str | None = None
    free_from: tuple[Allergen, ...] = ()
    origin: str = "all"


@dataclass(frozen=True)
class RecipeSummary:
    """One row of the recipe library."""

    id: str
    name: str
    name_en: str
    category: str
    diet_tags: tuple[str, ...]
    site_id: str | None
    editable: bool
    copied_from_id: str | None
    site_copy_id: str | None
    yield_portions: int
    line_count: int
    allergens: AllergenProfile

    @property
    def is_central(self) -> bool:
        """True for a recipe from the central library."""
        return self.site_id is None


@dataclass(frozen=True)
class RecipeLineRow:
    """One ingredient line of a saved recipe."""

    ingredient_id: str
    ingredient_name: str
    quantity: float
    unit: str
    prep_loss_pct: float
    note: str

    def as_input(self) -> LineInput:
        """The line as the editor and `portion_figures` take it."""
        return LineInput(
            self.ingredient_id, self.quantity, self.unit, self.prep_loss_pct, self.note
        )


@dataclass(frozen=True)
class RecipeDraft:
    """What the editor saves; `id` None makes a new recipe. Numbers may still be typed text."""

    name: str
    lines: tuple[LineInput, ...] = ()
    yield_portions: int | str = 10
    portion_size_g: float | str | None = None
    name_en: str = ""
    category: str = ""
    diet_tags: tuple[str, ...] = ()
    method: str = ""
    id: str | None = None


@dataclass(frozen=True)
class RecipeDetail:
    """A recipe with its lines, as the editor opens it."""

    id: str
    site_id: str | None
    name: str
    name_en: str
    category: str
    diet_tags: tuple[str, ...]
    yield_portions: int
    portion_size_g: float | None
    method: str
    copied_from_id: str | None
    editable: bool
    deleted: bool
    updated_at: datetime
    lines: tuple[RecipeLineRow, ...]

    def draft(self) -> RecipeDraft:
        """A draft to edit this recipe from."""
        return RecipeDraft(
            name=self.name,
            lines=tuple(line.as_input() for line in self.lines),
            yield_portions=self.yield_portions,
            portion_size_g=self.portion_size_g,
            name_en=self.name_en,
            category=self.category,
            diet_tags=self.diet_tags,
            method=self.method,
            id=self.id,
        )


@dataclass(frozen=True)
class IngredientChoice:
    """An ingredient the editor can pick, with the units that fit it."""

    id: str
    name: str
    name_en: str
    category: str
    base_unit: str
    units: tuple[str, ...]


@dataclass(frozen=True)
class FactBook:
    """Ingredient data and current prices: all `portion_figures` needs besides the lines."""

    day: date
    ingredients: dict[str, IngredientFacts]
    prices: dict[str, CurrentPrice]

    def figures(self, lines: Iterable[LineInput], yield_portions) -> PortionFigures:
        """Per-portion figures of these (possibly unsaved) lines."""
        return portion_figures(tuple(lines), yield_portions, self.ingredients, self.prices)


# Danish alphabet order: æ, ø, å come after z (in that order), ä and ö sort as æ and ø.
_DANISH_ORDER = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"})


def danish_key(text: str) -> str:
    """A sort key that puts names in Danish alphabetical order."""
    return text.casefold().translate(_DANISH_ORDER)


def split_tags(text: str) -> tuple[str, ...]:
    """Diet tags from the stored comma-separated text."""
    return tuple(t for t in (part.strip() for part in text.split(",")) if t)


def is_vegetarian(tags: Iterable[str]) -> bool:
    """True when the tags make a dish a vegetarian option."""
    return not VEGETARIAN_TAGS.isdisjoint(tags)


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags lower-cased, spaces as underscores, duplicates and blanks dropped, order kept."""
    seen: dict[str, None] = {}
    for tag in tags:
        tag = tag.strip().lower().replace(" ", "_")
        if tag:
            seen.setdefault(tag)
    return tuple(seen)


def visible_to(site_id: str | None):
    """The filter of recipes a site sees: central ones and its own (central staff: central ones)."""
    if site_id is None:
        return Recipe.site_id.is_(None)
    return or_(Recipe.site_id.is_(None), Recipe.site_id == site_id)
