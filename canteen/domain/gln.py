"""GLN (EAN location numbers): 13 digits, the last a GS1 check digit."""

from __future__ import annotations


def check_digit(first_twelve: str) -> str:
    """The GS1 check digit of 12 digits: weights 1 and 3 from the left, to the next ten."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first_twelve))
    return str(-total % 10)


def make_gln(first_twelve: str) -> str:
    """The 12 digits with their check digit."""
    return first_twelve + check_digit(first_twelve)


def is_gln(text: str | None) -> bool:
    """True for 13 digits whose last one is the right check digit."""
    return (
        text is not None
        and len(text) == 13
        and text.isdigit()
        and check_digit(text[:12]) == text[12]
    )
