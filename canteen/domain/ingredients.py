"""What the recipe rules know about one ingredient: units, conversions, allergens, nutrition."""

from __future__ import annotations

from dataclasses import dataclass

from canteen.domain.allergens import ALL_UNKNOWN, AllergenProfile
from canteen.domain.units import Conversions


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
