"""Kitchen units: conversion to base units, fitting units, scaling and kitchen rounding."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from canteen.domain.recipe_checks import allowed_units
from canteen.domain.rounding import kitchen_quantity, scale_line
from canteen.domain.units import KITCHEN_UNITS, Conversions, to_base
from canteen.errors import ValidationError

FACTOR = {"g": 1, "kg": 1000, "ml": 1, "dl": 100, "l": 1000, "pcs": 1}


def back_to_base(quantity) -> float:
    """A kitchen quantity in its family's base unit."""
    return quantity.value * FACTOR[quantity.unit]


@pytest.mark.parametrize(
    ("amount", "family", "value", "unit"),
    [
        (45.6, "g", 46, "g"),
        (0.2, "g", 1, "g"),
        (999.6, "g", 1.0, "kg"),
        (1234, "g", 1.23, "kg"),
        (12345, "g", 12.3, "kg"),
        (123456, "g", 123, "kg"),
        (40, "ml", 40, "ml"),
        (150, "ml", 1.5, "dl"),
        (999, "ml", 1.0, "l"),
        (2500, "ml", 2.5, "l"),
        (2.01, "pcs", 3, "pcs"),
        (12.0000001, "pcs", 12, "pcs"),
    ],
)
def test_kitchen_rounding_examples(amount, family, value, unit):
    quantity = kitchen_quantity(amount, family)
    assert (quantity.value, quantity.unit) == (pytest.approx(value), unit)


@given(st.floats(0.001, 5_000_000), st.sampled_from(["g", "ml"]))
def test_kitchen_rounding_stays_close_and_never_zero(amount, family):
    shown = back_to_base(kitchen_quantity(amount, family))
    assert shown > 0
    # 3 significant digits above the big unit, 1 g or 1 dl steps below it, at least 1 unit.
    step = 10 if family == "ml" and 100 <= amount < 1000 else 1
    assert abs(shown - amount) <= max(step / 2 + 1e-9, 0.0051 * amount, 1 - amount)


@given(st.floats(0.001, 1_000_000), st.floats(0.001, 1_000_000), st.sampled_from(["g", "ml"]))
def test_kitchen_rounding_keeps_order(a, b, family):
    low, high = sorted((a, b))
    assert back_to_base(kitchen_quantity(low, family)) <= back_to_base(
        kitchen_quantity(high, family)
    )


@given(st.floats(0.001, 100_000))
def test_pieces_round_up_to_whole(amount):
    shown = kitchen_quantity(amount, "pcs").value
    assert shown == int(shown)
    assert amount - 1e-3 <= shown < amount + 1


@given(
    st.floats(0.1, 10_000),
    st.sampled_from(sorted(KITCHEN_UNITS)),
    st.integers(1, 200),
    st.integers(1, 2000),
)
def test_scaling_is_proportional(quantity, unit, yield_portions, portions):
    family, factor = KITCHEN_UNITS[unit]
    expected = quantity * factor * portions / yield_portions
    assert scale_line(quantity, unit, yield_portions, portions) == kitchen_quantity(
        expected, family
    )


@given(st.floats(0.1, 10_000), st.sampled_from(["g", "kg", "ml", "dl", "l"]), st.integers(1, 500))
def test_scaling_to_the_yield_gives_the_recipe_back(quantity, unit, yield_portions):
    family, factor = KITCHEN_UNITS[unit]
    shown = back_to_base(scale_line(quantity, unit, yield_portions, yield_portions))
    # Decilitres show one decimal, so up to half a step (5 ml) is lost; plus float noise at 1.05 dl.
    tolerance = 5.0 + 1e-6 if family == "ml" else 1.0
    assert shown == pytest.approx(quantity * factor, rel=0.006, abs=tolerance)


@given(st.floats(0.001, 1e6))
def test_mass_and_volume_convert_both_ways(amount):
    oil = Conversions("ml", density_g_per_ml=0.92)
    grams = to_base(amount, "kg", Conversions("g"))
    assert grams == pytest.approx(amount * 1000)
    assert to_base(amount, "g", oil) == pytest.approx(amount / 0.92)
    assert to_base(to_base(amount, "l", oil) * 0.92, "g", oil) == pytest.approx(
        amount * 1000, rel=1e-9
    )


def test_units_that_fit_an_ingredient():
    assert allowed_units(Conversions("g")) == ("g", "kg")
    assert allowed_units(Conversions("pcs")) == ("pcs",)
    assert allowed_units(Conversions("pcs", piece_weight_g=60)) == ("g", "kg", "pcs")
    assert allowed_units(Conversions("ml", density_g_per_ml=1.03)) == ("g", "kg", "ml", "dl", "l")


def test_ml_of_a_pieces_only_ingredient_does_not_fit():
    with pytest.raises(ValidationError) as caught:
        to_base(2, "ml", Conversions("pcs"))
    assert caught.value.data == {"unit": "ml", "base_unit": "pcs"}


def test_kilo_rounding_has_three_significant_digits():
    for amount in (1001, 5678, 98765):
        value = kitchen_quantity(amount, "g").value
        digits = len(f"{value:g}".replace(".", "").lstrip("0"))
        assert digits <= 3
        assert math.isclose(value * 1000, amount, rel_tol=0.006)
