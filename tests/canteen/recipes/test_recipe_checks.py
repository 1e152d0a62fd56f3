"""A recipe as typed: numbers read by the one reader, and plausible bounds named in the problem."""

from __future__ import annotations

import pytest

from canteen.domain.ingredients import IngredientFacts
from canteen.domain.limits import LIMITS, exceeded, limit_for
from canteen.domain.recipe_checks import LineInput, check_header, check_line

FACTS = {
    "beef": IngredientFacts("beef", "Hakket oksekød", "g"),
    "milk": IngredientFacts("milk", "Mælk", "ml", density_g_per_ml=1.03),
    "egg": IngredientFacts("egg", "Æg", "pcs", piece_weight_g=60),
}


def line_problems(quantity, unit="g", *, ingredient="beef", loss=0, portions=None):
    """(field, reason, data) of each problem of one line."""
    _, problems = check_line(0, LineInput(ingredient, quantity, unit, loss), FACTS, portions)
    return [(p.field, p.reason, dict(p.data)) for p in problems]


@pytest.mark.parametrize(
    ("typed", "unit", "base"),
    [
        ("1,5", "kg", 1500),
        ("1.5", "kg", 1500),
        ("1.234,5", "g", 1234.5),
        ("1 250", "g", 1250),
        ("0,575", "kg", 575),
        ("+2", "pcs", 2),
        (3, "dl", 300),
    ],
)
def test_quantities_are_read_by_the_one_number_reader(typed, unit, base):
    ingredient = {"pcs": "egg", "dl": "milk"}.get(unit, "beef")
    checked, problems = check_line(0, LineInput(ingredient, typed, unit), FACTS)
    assert problems == []
    assert checked.base_quantity == pytest.approx(base)


def test_an_ambiguous_quantity_is_refused_with_both_readings_not_read_as_1_25():
    # The old reader took "1.250" kg as 1,25 kg without a word.
    [(field, reason, data)] = line_problems("1.250", "kg")
    assert (field, reason) == ("quantity", "ambiguous_number")
    assert data["value"] == "1.250"
    assert data["readings"] == {"da": "1250", "en": "1.250"}


@pytest.mark.parametrize(("typed", "reason"), [("abc", "not_a_number"), ("1,2,3", "not_a_number")])
def test_text_that_is_no_number_is_refused(typed, reason):
    assert line_problems(typed)[0][:2] == ("quantity", reason)


def test_a_line_of_99_999_999_999_kg_is_refused_naming_the_limit():
    for typed in ("99,999,999,999", "99.999.999.999", 99_999_999_999):
        [(field, reason, data)] = line_problems(typed, "kg")
        assert (field, reason) == ("quantity", "too_large")
        assert (data["limit"], data["unit"]) == (1000, "kg")


def test_more_than_two_kilos_of_one_ingredient_per_portion_is_refused():
    assert line_problems("20", "kg", portions=10) == []
    [(field, reason, data)] = line_problems("200", "kg", portions=10)
    assert (field, reason) == ("quantity", "too_much_per_portion")
    assert data == {"per_portion": 20_000, "limit": 2000, "unit": "g", "yield_portions": 10}
    # Without a valid yield only the absolute bound applies.
    assert line_problems("200", "kg") == []


def test_prep_loss_has_a_plausible_bound():
    assert line_problems("1", "kg", loss="90") == []
    [(field, reason, data)] = line_problems("1", "kg", loss="95")
    assert (field, reason, data["limit"]) == ("prep_loss_pct", "too_large", 90)


@pytest.mark.parametrize(
    ("yield_text", "portion_text", "found"),
    [
        ("20", "400", []),
        ("2000", "2000", []),
        ("2001", None, [("yield_portions", "too_large")]),
        ("12,5", None, [("yield_portions", "not_whole")]),
        ("1.200", None, [("yield_portions", "ambiguous_number")]),
        ("0", None, [("yield_portions", "zero")]),
        ("20", "40000", [("portion_size_g", "too_large")]),
        ("20", "-4", [("portion_size_g", "negative")]),
    ],
)
def test_header_numbers(yield_text, portion_text, found):
    problems = check_header("Frikadeller", yield_text, portion_text)
    assert [(p.field, p.reason) for p in problems] == found


# A typical value of each figure, and the unit it is typed in: a hundredfold slip must be caught.
TYPICAL = [
    ("quantity", "g", 1_500),
    ("quantity", "ml", 2_000),
    ("quantity", "dl", 150),
    ("quantity", "l", 40),
    ("per_portion", "g", 150),
    ("per_portion", "ml", 300),
    ("per_portion", "pcs", 1),
    ("yield_portions", "portions", 25),
    ("portion_size_g", "g", 400),
    ("prep_loss_pct", "%", 10),
    ("planned_portions", "portions", 120),
    ("price", "ml", 15),
    ("price", "pcs", 2_500),
]


@pytest.mark.parametrize("limit", LIMITS, ids=lambda x: f"{x.field}-{x.unit}")
def test_every_limit_accepts_its_bound_and_refuses_above(limit):
    assert exceeded(limit.field, limit.unit, limit.most) is None
    assert exceeded(limit.field, limit.unit, limit.most * 1.001) == limit
    assert limit_for(limit.field, limit.unit) == limit


@pytest.mark.parametrize(("field", "unit", "typical"), TYPICAL)
def test_a_typical_value_passes_and_a_hundredfold_slip_is_caught(field, unit, typical):
    assert exceeded(field, unit, typical) is None
    assert exceeded(field, unit, typical * 100) is not None


def test_a_figure_without_a_bound_is_never_refused():
    assert exceeded("quantity", "bushel", 10**12) is None
