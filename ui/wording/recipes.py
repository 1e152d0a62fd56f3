"""The recipe editor's problems and gaps in words (the core gives field and reason codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from canteen.domain.numbers import (
    AMBIGUOUS,
    NOT_A_NUMBER,
    NOT_WHOLE,
    NumberProblem,
    format_number,
)
from canteen.domain.recipe_checks import LineProblem
from canteen.domain.rounding import kitchen_quantity
from ui.models.recipe_lines import unit_text
from ui.text import fill, language
from ui.wording.numbers import number_problem_text

translate = QCoreApplication.translate
NUMBER_REASONS = (NOT_A_NUMBER, AMBIGUOUS, NOT_WHOLE)


def _amount(value: float) -> str:
    """A figure in a sentence, in the GUI's language: '1.000', '2,5'."""
    decimals = next((d for d in (0, 1, 2) if round(value, d) == value), 2)
    return format_number(value, language(), decimals)


def _refused_number(problem: LineProblem) -> str:
    """A number the reader refused, worded like every other form's."""
    data = {k: v for k, v in problem.data.items() if k != "value"}
    refused = NumberProblem(
        problem.reason, reason=problem.reason, value=str(problem.data.get("value", "")), **data
    )
    return number_problem_text(refused, language())


def _too_large(problem: LineProblem) -> str:
    """A figure above its plausible bound, naming the bound."""
    data = problem.data
    limit = _amount(float(data.get("limit", 0)))
    if problem.field == "quantity":
        return fill(
            translate(
                "RecipeText", "More than %1 %2 in one line is not plausible: check the quantity."
            ),
            limit,
            unit_text(str(data.get("unit", ""))),
        )
    if problem.field == "yield_portions":
        return fill(
            translate(
                "RecipeText",
                "More than %1 portions in one recipe is not plausible: check the yield.",
            ),
            limit,
        )
    if problem.field == "portion_size_g":
        return fill(
            translate(
                "RecipeText",
                "A portion of more than %1 g is not plausible: check the portion size.",
            ),
            limit,
        )
    return fill(translate("RecipeText", "Preparation loss can be at most %1 %."), limit)


def _per_portion(problem: LineProblem) -> str:
    """Too much of one ingredient in one portion: how much, and the bound."""
    data = problem.data
    family = str(data.get("unit", "g"))
    each = kitchen_quantity(float(data.get("per_portion", 0)), family)
    most = kitchen_quantity(float(data.get("limit", 0)), family)
    return fill(
        translate(
            "RecipeText",
            "That is %1 %2 per portion (at most %3 %4): check the quantity and the yield.",
        ),
        _amount(each.value),
        unit_text(each.unit),
        _amount(most.value),
        unit_text(most.unit),
    )


def _base_unit_text(base: str) -> str:
    names = {
        "g": translate("RecipeText", "weighed in grams"),
        "ml": translate("RecipeText", "measured in millilitres"),
        "pcs": translate("RecipeText", "counted in pieces"),
    }
    return names.get(base, base)


def problem_text(problem: LineProblem) -> str:
    """What is wrong, said where it was typed: '“abc” is not a number.'."""
    data = problem.data
    reason = problem.reason
    field = problem.field
    if reason == "required":
        texts = {
            "name": translate("RecipeText", "The recipe needs a name."),
            "ingredient": translate("RecipeText", "Choose an ingredient."),
            "quantity": translate("RecipeText", "Write the quantity."),
            "yield_portions": translate("RecipeText", "Write how many portions the recipe makes."),
        }
        return texts.get(field, translate("RecipeText", "This must be filled in."))
    if reason in NUMBER_REASONS:
        return _refused_number(problem)
    if reason == "too_large":
        return _too_large(problem)
    if reason == "too_much_per_portion":
        return _per_portion(problem)
    if reason == "negative":
        return translate("RecipeText", "It cannot be negative.")
    if reason == "zero":
        if field == "yield_portions":
            return translate("RecipeText", "A recipe must make at least one portion.")
        return translate("RecipeText", "It must be more than zero.")
    if reason == "unknown_unit":
        return fill(
            translate("RecipeText", "“%1” is not a unit. Use g, kg, ml, dl, l or %2."),
            str(data.get("unit", "")),
            unit_text("pcs"),
        )
    if reason == "unit_does_not_fit":
        return fill(
            translate(
                "RecipeText", "%1 does not fit this ingredient: it is %2 and has no conversion."
            ),
            unit_text(str(data.get("unit", ""))),
            _base_unit_text(str(data.get("base_unit", ""))),
        )
    if reason == "unknown_ingredient":
        return translate("RecipeText", "Choose an ingredient from the list.")
    return reason


def gap_text(gap: LineProblem) -> str:
    """Missing master data behind a figure: 'Mælk has no price.'."""
    name = str(gap.data.get("ingredient", ""))
    texts = {
        "no_price": translate("RecipeText", "%1 has no current price: the cost is too low."),
        "implausible_price": translate(
            "RecipeText", "%1 has an implausible price: the cost leaves it out."
        ),
        "no_weight": translate(
            "RecipeText", "%1 has no weight per piece: kilos and CO2e leave it out."
        ),
        "no_co2e": translate("RecipeText", "%1 has no CO2e figure."),
        "no_nutrition": translate("RecipeText", "%1 lacks nutrition data."),
    }
    return fill(texts.get(gap.reason, gap.reason), name)


def field_caption(field: str) -> str:
    """The name of a line field, for the list of problems."""
    names = {
        "ingredient": translate("RecipeText", "ingredient"),
        "quantity": translate("RecipeText", "quantity"),
        "unit": translate("RecipeText", "unit"),
        "prep_loss_pct": translate("RecipeText", "prep loss"),
    }
    return names.get(field, field)
