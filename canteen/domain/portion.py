"""Old home of the recipe rules, kept so imports from branches still in flight keep working.

Each rule now lives in a module of its own: allergens (`canteen.domain.allergens`), prices
(`prices`), the ingredient's facts (`ingredients`), input checks (`recipe_checks`, bounds in
`limits`), figures (`figures`) and kitchen rounding (`rounding`). Import from those.
"""

from __future__ import annotations

from canteen.domain.allergens import ALL_UNKNOWN, ALLERGENS, AllergenProfile, combine_profiles
from canteen.domain.figures import NUTRIENTS, PortionFigures, portion_figures
from canteen.domain.ingredients import IngredientFacts
from canteen.domain.prices import CurrentPrice, PriceCandidate, current_prices
from canteen.domain.recipe_checks import (
    CheckedLine,
    LineInput,
    LineProblem,
    allowed_units,
    check_header,
    check_line,
)
from canteen.domain.rounding import KitchenQuantity, kitchen_quantity, scale_line

__all__ = [
    "ALLERGENS",
    "ALL_UNKNOWN",
    "NUTRIENTS",
    "AllergenProfile",
    "CheckedLine",
    "CurrentPrice",
    "IngredientFacts",
    "KitchenQuantity",
    "LineInput",
    "LineProblem",
    "PortionFigures",
    "PriceCandidate",
    "allowed_units",
    "check_header",
    "check_line",
    "combine_profiles",
    "current_prices",
    "kitchen_quantity",
    "portion_figures",
    "scale_line",
]
