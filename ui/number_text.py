"""Why a typed or imported number was refused, in words: one wording for every form and grid."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication

from canteen.domain.numbers import AMBIGUOUS, NOT_WHOLE, NumberProblem

translate = QCoreApplication.translate


def _shown(reading: str, language: str) -> str:
    """A reading as the user could type it unambiguously: 1250, or 1,25 in Danish (1.25 in English)."""
    number = Decimal(reading).normalize()
    if number == number.to_integral_value():
        return str(int(number))
    decimals = -number.as_tuple().exponent
    return format_decimal(number, format="0." + "0" * decimals, locale=language)


def number_problem_text(problem: NumberProblem, language: str = "da") -> str:
    """One sentence: what was typed and why it is not one number, with what to type instead."""
    value = problem.value
    if problem.reason == AMBIGUOUS:
        readings = problem.data.get("readings", {})
        # The whole reading first (1250), then the one with decimals (1,25): a stable order.
        ways = sorted(
            {_shown(r, language) for r in readings.values()}, key=lambda w: (not w.isdigit(), w)
        )
        text = translate("NumberText", "“%1” can be read in two ways: type %2 or %3.")
        first, second = (ways + ways)[:2]
        return text.replace("%1", value).replace("%2", first).replace("%3", second)
    if problem.reason == NOT_WHOLE:
        return translate("NumberText", "“%1” must be a whole number.").replace("%1", value)
    if not value:
        return translate("NumberText", "A number is needed.")
    return translate("NumberText", "“%1” is not a number.").replace("%1", value)
