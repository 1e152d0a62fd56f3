"""Refused numbers are worded once, with the two readings the user can type instead."""

from __future__ import annotations

import pytest

from canteen.domain.numbers import NumberProblem, read_number, read_whole
from ui.wording.numbers import number_problem_text


def _problem(reader, text: str) -> NumberProblem:
    with pytest.raises(NumberProblem, match="number") as caught:
        reader(text)
    return caught.value


def test_ambiguous_number_offers_both_unambiguous_spellings(qapp):
    problem = _problem(read_number, "1.250")
    assert number_problem_text(problem, "da").endswith("type 1250 or 1,25.")
    assert number_problem_text(problem, "en").endswith("type 1250 or 1.25.")


def test_not_whole_and_not_a_number(qapp):
    assert "whole number" in number_problem_text(_problem(read_whole, "12,5"))
    assert number_problem_text(_problem(read_number, "tolv")) == "“tolv” is not a number."


@pytest.mark.parametrize(
    ("typed", "language", "said"),
    [
        ("1,125", "da", "type 1125 or 1,1250."),
        ("1,125", "en", "type 1125 or 1.1250."),
        ("1.250", "da", "type 1250 or 1,25."),
        ("1.250", "en", "type 1250 or 1.25."),
    ],
)
def test_the_spellings_offered_are_unambiguous_and_always_in_one_order(qapp, typed, language, said):
    # "1,125" in Danish used to offer "1,125" itself, which is refused again.
    assert number_problem_text(_problem(read_number, typed), language).endswith(said)
