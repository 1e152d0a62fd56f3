"""The one number reader: Danish and English conventions, ambiguity refused, never a silent guess."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from canteen.domain.numbers import (
    AMBIGUOUS,
    NOT_A_NUMBER,
    NOT_WHOLE,
    NumberProblem,
    detect_convention,
    format_number,
    read_number,
    read_whole,
)

READ = [
    ("55", "55"),
    (" 55 ", "55"),
    ("1,5", "1.5"),
    ("1.5", "1.5"),
    ("0,25", "0.25"),
    (",5", "0.5"),
    (".5", "0.5"),
    ("1.234,5", "1234.5"),
    ("1,234.5", "1234.5"),
    ("1.234.567", "1234567"),
    ("1,234,567", "1234567"),
    ("1 234", "1234"),
    ("1\u00a0234,5", "1234.5"),
    ("1\u202f234.5", "1234.5"),
    ("12 345 678", "12345678"),
    ("-3", "-3"),
    ("\u22123", "-3"),
    ("+4", "4"),
    ("-1.234,5", "-1234.5"),
    ("12.34", "12.34"),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_reads_both_conventions(text, expected):
    assert read_number(text) == Decimal(expected)


REFUSED = [
    ("", NOT_A_NUMBER),
    ("abc", NOT_A_NUMBER),
    ("1,23,4", NOT_A_NUMBER),
    ("1.2.3", NOT_A_NUMBER),
    ("12 34", NOT_A_NUMBER),
    ("1  234", NOT_A_NUMBER),
    ("1e5", NOT_A_NUMBER),
    ("1_000", NOT_A_NUMBER),
    ("0x10", NOT_A_NUMBER),
    ("nan", NOT_A_NUMBER),
    ("inf", NOT_A_NUMBER),
    ("\u0661\u0662", NOT_A_NUMBER),
    ("1.250", AMBIGUOUS),
    ("1,250", AMBIGUOUS),
    ("1.234", AMBIGUOUS),
]


@pytest.mark.parametrize(("text", "reason"), REFUSED)
def test_refuses_what_is_not_one_number(text, reason):
    with pytest.raises(NumberProblem, match=r"number") as caught:
        read_number(text)
    assert caught.value.reason == reason


def test_ambiguous_problem_names_both_readings():
    with pytest.raises(NumberProblem, match="ambiguous") as caught:
        read_number("1.250")
    assert caught.value.data["readings"] == {"da": "1250", "en": "1.250"}


@pytest.mark.parametrize(
    ("text", "convention", "expected"),
    [
        ("1.250", "da", "1250"),
        ("1.250", "en", "1.250"),
        ("1,250", "da", "1.25"),
        ("1,250", "en", "1250"),
    ],
)
def test_a_known_convention_settles_ambiguity(text, convention, expected):
    assert read_number(text, convention) == Decimal(expected)


def test_a_convention_never_overrides_an_unambiguous_reading():
    assert read_number("1.5", "da") == Decimal("1.5")
    assert read_number("1,5", "en") == Decimal("1.5")


def test_numbers_pass_through_and_bad_ones_are_refused():
    assert read_number(12) == 12
    assert read_number(1.5) == Decimal("1.5")
    assert read_number(Decimal("2.25")) == Decimal("2.25")
    for bad in (float("nan"), float("inf"), True, None):
        with pytest.raises(NumberProblem, match="not a number"):
            read_number(bad)


def test_whole_numbers():
    assert read_whole("1.234.567") == 1234567
    assert read_whole("55") == 55
    assert read_whole(55.0) == 55
    with pytest.raises(NumberProblem, match="whole") as caught:
        read_whole("12,5")
    assert caught.value.reason == NOT_WHOLE
    with pytest.raises(NumberProblem, match="ambiguous"):
        read_whole("1.234")


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        (["55", "1,5", "60"], "da"),
        (["55", "1.234,5"], "da"),
        (["1.5", "60"], "en"),
        (["1,234.5"], "en"),
        (["55", "60", "1.250"], None),
        (["1,5", "1.5"], None),
        ([12, 13.5], None),
    ],
)
def test_detects_a_columns_convention(column, expected):
    assert detect_convention(column) == expected


def test_formats_in_each_language():
    assert format_number(1234.5, "da", 1) == "1.234,5"
    assert format_number(1234.5, "en", 2) == "1,234.50"
    assert format_number(55, "da") == "55"


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False))
def test_what_we_format_we_read_back(number):
    for language in ("da", "en"):
        text = format_number(number, language, 3)
        assert read_number(text, language) == number


@given(st.text(max_size=20))
def test_any_text_gives_a_number_or_a_number_problem(text):
    with contextlib.suppress(NumberProblem):
        read_number(text)
