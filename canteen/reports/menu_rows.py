"""Row objects the weekly menu and the production sheet are built from (no database here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from canteen.domain.allergens import AllergenProfile
from canteen.domain.rounding import KitchenQuantity
from canteen.domain.weeks import IsoWeek


@dataclass(frozen=True)
class MenuDish:
    """A dish as the printed menu shows it."""

    name: str
    name_en: str
    allergens: AllergenProfile
    organic_share: float | None = None
    co2e_kg: float | None = None


@dataclass(frozen=True)
class MenuLineHeading:
    """A menu line's name in both languages."""

    code: str
    name: str
    name_en: str


@dataclass(frozen=True)
class MenuDay:
    """One printed day: its dishes per line code, or closed (a holiday...) with a note."""

    day: date
    dishes: tuple[tuple[str, tuple[MenuDish, ...]], ...]
    closed: bool = False
    note: str = ""

    def on_line(self, code: str) -> tuple[MenuDish, ...]:
        """The dishes of one line on this day."""
        for line, dishes in self.dishes:
            if line == code:
                return dishes
        return ()


@dataclass(frozen=True)
class WeeklyMenu:
    """A week's menu for the wall."""

    site_name: str
    week: IsoWeek
    lines: tuple[MenuLineHeading, ...]
    days: tuple[MenuDay, ...]
    printed_on: date


@dataclass(frozen=True)
class ProductionLine:
    """An ingredient scaled to the planned portions, in kitchen units."""

    ingredient: str
    quantity: KitchenQuantity
    prep_loss_pct: float = 0.0
    note: str = ""


@dataclass(frozen=True)
class ProductionRecipe:
    """One dish to cook on a day, scaled from its recipe."""

    line_name: str
    recipe_name: str
    portions: int
    yield_portions: int
    lines: tuple[ProductionLine, ...]
    method: str
    allergens: AllergenProfile
    line_name_en: str = ""
    recipe_name_en: str = ""

    def names(self, language: str) -> tuple[str, str]:
        """(line name, dish name) in 'da' or 'en' (Danish where there is no English name)."""
        if language == "en":
            return self.line_name_en or self.line_name, self.recipe_name_en or self.recipe_name
        return self.line_name, self.recipe_name


@dataclass(frozen=True)
class ProductionDay:
    """Everything to cook on one day, and the summed picking list."""

    day: date
    recipes: tuple[ProductionRecipe, ...]
    picking: tuple[ProductionLine, ...]


@dataclass(frozen=True)
class ProductionSheet:
    """Production sheets of one or more days of a week."""

    site_name: str
    week: IsoWeek
    days: tuple[ProductionDay, ...]
    printed_on: date
