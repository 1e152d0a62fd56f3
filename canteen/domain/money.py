"""Money is integer øre; these helpers read, round and format it the Danish way."""

from __future__ import annotations

from canteen.domain.numbers import TOO_PRECISE, NumberProblem, read_number


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


def read_ore(value: object, convention: str | None = None) -> int:
    """Kroner typed or imported ("1.234,50", "12.5") as whole øre; NumberProblem when it is not
    one number or has more than two decimals (a fraction of an øre is a typing slip)."""
    ore = read_number(value, convention) * 100
    if ore != ore.to_integral_value():
        raise NumberProblem(
            f"more than two decimals: {value!r}", reason=TOO_PRECISE, value=str(value).strip()
        )
    return int(ore)
