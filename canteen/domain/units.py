"""Kitchen units and their conversion to an ingredient's base unit (g, ml or pcs)."""

from __future__ import annotations

from dataclasses import dataclass

from canteen.errors import ValidationError

BASE_UNITS = ("g", "ml", "pcs")

# Each kitchen unit as (base unit, factor to that base unit).
KITCHEN_UNITS: dict[str, tuple[str, float]] = {
    "g": ("g", 1.0),
    "kg": ("g", 1000.0),
    "ml": ("ml", 1.0),
    "dl": ("ml", 100.0),
    "l": ("ml", 1000.0),
    "pcs": ("pcs", 1.0),
}


@dataclass(frozen=True)
class Conversions:
    """What an ingredient offers for crossing between mass, volume and pieces."""

    base_unit: str
    piece_weight_g: float | None = None
    density_g_per_ml: float | None = None


def _to_grams(quantity: float, unit_base: str, conv: Conversions) -> float | None:
    if unit_base == "g":
        return quantity
    if unit_base == "ml" and conv.density_g_per_ml:
        return quantity * conv.density_g_per_ml
    if unit_base == "pcs" and conv.piece_weight_g:
        return quantity * conv.piece_weight_g
    return None


def to_base(quantity: float, unit: str, conv: Conversions) -> float:
    """`quantity` of `unit` in the ingredient's base unit; a ValidationError when it cannot fit."""
    if unit not in KITCHEN_UNITS:
        raise ValidationError(f"unknown unit {unit!r}", unit=unit)
    if quantity < 0:
        raise ValidationError("quantity must not be negative", quantity=quantity)
    unit_base, factor = KITCHEN_UNITS[unit]
    amount = quantity * factor
    if unit_base == conv.base_unit:
        return amount
    grams = _to_grams(amount, unit_base, conv)
    if grams is not None:
        if conv.base_unit == "g":
            return grams
        if conv.base_unit == "ml" and conv.density_g_per_ml:
            return grams / conv.density_g_per_ml
        if conv.base_unit == "pcs" and conv.piece_weight_g:
            return grams / conv.piece_weight_g
    raise ValidationError(
        f"{unit} does not fit an ingredient measured in {conv.base_unit}",
        unit=unit,
        base_unit=conv.base_unit,
    )


def to_grams(quantity_base: float, conv: Conversions) -> float | None:
    """A base-unit quantity as grams (for kilo shares and CO2e), or None if there is no way."""
    return _to_grams(quantity_base, conv.base_unit, conv)
