"""Per-portion cost, allergens, organic shares, CO2e and nutrition against hand-computed figures."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from canteen.domain.allergens import Allergen, AllergenProfile, combine_profiles
from canteen.domain.allergens import AllergenStatus as S
from canteen.domain.figures import portion_figures
from canteen.domain.ingredients import IngredientFacts
from canteen.domain.prices import CurrentPrice, PriceCandidate, current_prices
from canteen.domain.recipe_checks import LineInput


def profile(**statuses) -> AllergenProfile:
    """All free except the named allergens."""
    return AllergenProfile.from_mapping({a: statuses.get(a.value, S.FREE) for a in Allergen})


BEEF = IngredientFacts(
    "beef",
    "Hakket oksekød",
    "g",
    co2e_per_kg=31.0,
    energy_kj_100g=800,
    protein_g_100g=20,
    fat_g_100g=12,
    carbs_g_100g=0,
    allergens=profile(),
)
ONION = IngredientFacts(
    "onion",
    "Løg",
    "g",
    piece_weight_g=100,
    co2e_per_kg=0.5,
    energy_kj_100g=150,
    protein_g_100g=1,
    fat_g_100g=0,
    carbs_g_100g=8,
    allergens=profile(),
)
MILK = IngredientFacts(
    "milk",
    "Mælk",
    "ml",
    density_g_per_ml=1.03,
    co2e_per_kg=1.3,
    energy_kj_100g=270,
    protein_g_100g=3.4,
    fat_g_100g=1.5,
    carbs_g_100g=4.8,
    allergens=profile(milk=S.CONTAINS),
)
MUSTARD = IngredientFacts(
    "mustard",
    "Sennep",
    "g",
    allergens=profile(mustard=S.CONTAINS, gluten=S.MAY_CONTAIN, sesame=S.UNKNOWN),
)
FACTS = {f.id: f for f in (BEEF, ONION, MILK, MUSTARD)}
PRICES = {
    "beef": CurrentPrice("beef", "p1", 12.0, organic=False, preferred=True),
    "onion": CurrentPrice("onion", "p2", 1.0, organic=True, preferred=True),
    "milk": CurrentPrice("milk", "p3", 1.2, organic=True, preferred=True),
}
LINES = (
    LineInput("beef", 0.5, "kg"),
    LineInput("onion", 2, "pcs", prep_loss_pct=10),
    LineInput("milk", "2", "dl"),
    LineInput("mustard", 20, "g"),
)


def test_figures_of_a_recipe_for_four():
    figures = portion_figures(LINES, 4, FACTS, PRICES)
    # Cost: 500 g × 12 øre + 200 g onion × 1 øre + 200 ml milk × 1.2 øre; mustard has no price.
    assert figures.batch_cost_ore == 6000 + 200 + 240
    assert figures.cost_ore == round(6440 / 4)
    assert not figures.cost_complete
    assert [g.data["ingredient"] for g in figures.gaps if g.reason == "no_price"] == ["Sennep"]
    # Organic by kroner: onion and milk products are organic.
    assert figures.organic_share_kr == pytest.approx((200 + 240) / 6440)
    # Organic by kilo (bought weight): 0.2 kg onion + 0.206 kg milk of 0.926 kg.
    assert figures.batch_kg == pytest.approx(0.5 + 0.2 + 0.206 + 0.02)
    assert figures.organic_share_kg == pytest.approx((0.2 + 0.206) / 0.926)
    # CO2e of what is known; the mustard's figure is missing and says so.
    assert figures.co2e_kg == pytest.approx((0.5 * 31 + 0.2 * 0.5 + 0.206 * 1.3) / 4)
    assert figures.has_gap("no_co2e")
    # Nutrition after the onion's 10 % prep loss.
    assert figures.energy_kj == pytest.approx((5 * 800 + 1.8 * 150 + 2.06 * 270) / 4)
    assert figures.protein_g == pytest.approx((5 * 20 + 1.8 * 1 + 2.06 * 3.4) / 4)
    assert figures.net_g == pytest.approx((500 + 180 + 206 + 20) / 4)


def test_allergens_combine_contains_may_contain_and_unknown():
    allergens = portion_figures(LINES, 4, FACTS, PRICES).allergens
    assert allergens.contains == (Allergen.MILK, Allergen.MUSTARD)
    assert allergens.may_contain == (Allergen.GLUTEN,)
    assert allergens.unknown == (Allergen.SESAME,)
    assert Allergen.SESAME not in allergens.free_from
    assert Allergen.FISH in allergens.free_from


def test_an_unknown_ingredient_makes_every_allergen_unknown():
    lines = (LineInput("beef", 100, "g"), LineInput("ghost", 1, "g"))
    figures = portion_figures(lines, 1, FACTS, PRICES)
    assert figures.allergens.free_from == ()
    assert [p.reason for p in figures.problems] == ["unknown_ingredient"]


def test_a_recipe_without_lines_is_not_free_from_anything():
    assert portion_figures((), 4, FACTS, PRICES).allergens.free_from == ()


@given(st.lists(st.sampled_from(list(S)), min_size=1, max_size=6))
def test_unknown_never_becomes_free(statuses):
    parts = [AllergenProfile.uniform(s) for s in statuses]
    combined = combine_profiles(parts).status(Allergen.NUTS)
    if S.UNKNOWN in statuses:
        assert combined != S.FREE
    if combined == S.FREE:
        assert set(statuses) == {S.FREE}


def test_live_figures_on_half_typed_lines_report_instead_of_raising():
    lines = (
        LineInput("beef", "abc", "kg"),
        LineInput("onion", -2, "pcs"),
        LineInput("onion", 2, "ml"),
        LineInput("milk", 1, "l"),
    )
    figures = portion_figures(lines, "0", FACTS, PRICES)
    found = {(p.line, p.field, p.reason) for p in figures.problems}
    assert found == {
        (None, "yield_portions", "zero"),
        (0, "quantity", "not_a_number"),
        (1, "quantity", "negative"),
        (2, "unit", "unit_does_not_fit"),
    }
    assert figures.batch_cost_ore == 1200
    assert figures.cost_ore is None


def test_pieces_without_a_weight_count_in_cost_but_not_in_kilos():
    egg = IngredientFacts("egg", "Æg", "pcs", co2e_per_kg=4.0, allergens=profile(eggs=S.CONTAINS))
    prices = {"egg": CurrentPrice("egg", "p9", 250.0, organic=True, preferred=True)}
    figures = portion_figures((LineInput("egg", 4, "pcs"),), 2, {"egg": egg}, prices)
    assert figures.cost_ore == 500
    assert figures.organic_share_kr == 1.0
    assert figures.organic_share_kg is None
    assert figures.co2e_kg is None
    assert figures.has_gap("no_weight")


def _candidate(product, per_pack, pack, *, start, end=None, preferred=True, organic=False):
    return PriceCandidate("beef", product, pack, per_pack, start, end, organic, preferred)


def test_current_price_is_the_cheapest_preferred_product_valid_on_the_day():
    candidates = [
        _candidate("a", 13000, 1000, start=date(2026, 1, 1)),
        _candidate("b", 24000, 2000, start=date(2026, 1, 1)),  # 12 øre/g: cheapest per gram
        _candidate("c", 5000, 1000, start=date(2026, 1, 1), preferred=False),
        _candidate("d", 1000, 1000, start=date(2026, 1, 1), end=date(2026, 1, 31)),
    ]
    price = current_prices(candidates, date(2026, 3, 1))["beef"]
    assert (price.product_id, price.ore_per_base_unit) == ("b", 12.0)
    assert current_prices(candidates, date(2026, 1, 15))["beef"].product_id == "d"
    assert current_prices(candidates, date(2025, 12, 31)) == {}


def test_a_products_newest_price_row_wins():
    candidates = [
        _candidate("a", 10000, 1000, start=date(2025, 1, 1)),
        _candidate("a", 15000, 1000, start=date(2026, 1, 1)),
    ]
    assert current_prices(candidates, date(2026, 6, 1))["beef"].ore_per_base_unit == 15.0
    assert current_prices(candidates, date(2025, 6, 1))["beef"].ore_per_base_unit == 10.0


def test_without_a_preferred_price_the_cheapest_other_is_used():
    candidates = [
        _candidate("a", 13000, 1000, start=date(2026, 1, 1), end=date(2026, 1, 31)),
        _candidate("x", 20000, 1000, start=date(2026, 1, 1), preferred=False),
    ]
    price = current_prices(candidates, date(2026, 3, 1))["beef"]
    assert (price.product_id, price.preferred) == ("x", False)


def test_an_implausible_price_is_left_out_of_the_cost_and_said():
    # 10.000 kr. per gram of minced beef: a catalogue typo, not a price.
    prices = {**PRICES, "beef": CurrentPrice("beef", "p1", 1_000_000.0, False, True)}
    figures = portion_figures(LINES, 4, FACTS, prices)
    assert figures.batch_cost_ore == 200 + 240
    assert [g.data["ingredient"] for g in figures.gaps if g.reason == "implausible_price"] == [
        "Hakket oksekød"
    ]
    assert not figures.cost_complete


def test_a_saved_line_of_99_999_999_999_kg_adds_nothing_to_the_cost():
    # Saved before the bounds existed: the week cost became 980 billion kr.
    lines = (*LINES, LineInput("beef", 99_999_999_999.0, "kg"))
    figures = portion_figures(lines, 4, FACTS, PRICES)
    assert figures.batch_cost_ore == 6440
    assert [(p.line, p.reason) for p in figures.problems] == [(4, "too_large")]
    assert not figures.cost_complete
