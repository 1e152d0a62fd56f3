"""Kroner typed or imported become whole øre; a fraction of an øre is refused, not rounded."""

from __future__ import annotations

import pytest

from canteen.domain.money import read_ore
from canteen.domain.numbers import TOO_PRECISE, NumberProblem


@pytest.mark.parametrize(
    ("text", "ore"),
    [("1.234,50", 123_450), ("12.5", 1_250), ("-5,00", -500), ("0", 0), (45, 4_500)],
)
def test_kroner_become_ore(text, ore):
    assert read_ore(text) == ore


def test_a_fraction_of_an_ore_is_refused():
    with pytest.raises(NumberProblem, match="two decimals") as caught:
        read_ore("12,3456")
    assert caught.value.reason == TOO_PRECISE


def test_an_ambiguous_amount_follows_the_files_convention():
    with pytest.raises(NumberProblem, match="ambiguous"):
        read_ore("1.250")
    assert read_ore("1.250", "da") == 125_000
