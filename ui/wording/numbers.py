"""Why a typed or imported number was refused, in words: one wording for every form and grid."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication

from canteen.domain.numbers import AMBIGUOUS, NOT_WHOLE, TOO_PRECISE, NumberProblem
from canteen.domain.numbers import readings as readings_of
from ui.text import fill
from ui.text import language as app_language

translate = QCoreApplication.translate


def _shown(reading: str, language: str) -> str:
    """A reading as the user could type it unambiguously: 1250, or 1,25 in Danish (1.25 in English)."""
    number = Decimal(reading).normalize()
    if number == number.to_integral_value():
        return str(int(number))
    decimals = -number.as_tuple().exponent
    text = format_decimal(number, format="0." + "0" * decimals, locale=language)
    if len(set(readings_of(text).values())) > 1:
        text += "0"  # "1,125" is ambiguous itself; "1,1250" is not
    return text


def number_problem_text(problem: NumberProblem, language: str | None = None) -> str:
    """One sentence: what was typed and why it is not one number, with what to type instead.

    `language` (da/en) spells the suggested numbers; by default the app's own language.
    """
    language = language or app_language()
    value = problem.value
    if problem.reason == AMBIGUOUS:
        readings = problem.data.get("readings", {})
        # The whole number first, then the decimal one: the same order whatever the set's.
        ways = sorted(
            {_shown(r, language) for r in readings.values()},
            key=lambda way: ("," in way or "." in way, len(way), way),
        )
        text = translate("NumberText", "“%1” can be read in two ways: type %2 or %3.")
        first, second = (ways + ways)[:2]
        return fill(text, value, first, second)
    if problem.reason == NOT_WHOLE:
        return fill(translate("NumberText", "“%1” must be a whole number."), value)
    if problem.reason == TOO_PRECISE:
        return fill(translate("NumberText", "“%1” has more than two decimals (øre)."), value)
    if not value:
        return translate("NumberText", "A number is needed.")
    return fill(translate("NumberText", "“%1” is not a number."), value)
