"""Money is integer øre; these helpers round and format it the Danish way."""

from __future__ import annotations


def ore_from_kroner(kroner: float) -> int:
    """Kroner as whole øre, rounded half away from zero."""
    sign = -1 if kroner < 0 else 1
    return sign * int(abs(kroner) * 100 + 0.5)


def format_kroner(ore: int, *, decimal: str = ",", thousands: str = ".") -> str:
    """'1.234,50' from 123450 øre (Danish separators by default)."""
    sign = "-" if ore < 0 else ""
    kroner, rest = divmod(abs(ore), 100)
    whole = f"{kroner:,}".replace(",", thousands)
    return f"{sign}{whole}{decimal}{rest:02d}"
