"""The recipe editor's problems and gaps in words (the core gives field and reason codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from canteen.domain.portion import LineProblem
from ui.models.recipe_lines import unit_text

translate = QCoreApplication.translate


def _base_unit_text(base: str) -> str:
    names = {
        "g": translate("RecipeText", "weighed in grams"),
        "ml": translate("RecipeText", "measured in millilitres"),
        "pcs": translate("RecipeText", "counted in pieces"),
    }
    return names.get(base, base)


def problem_text(problem: LineProblem) -> str:
    """What is wrong, said where it was typed: 'Not a number: “abc”.'."""
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
    if reason == "not_a_number":
        return translate("RecipeText", "“%1” is not a number. Write e.g. 1,5.").replace(
            "%1", str(data.get("value", ""))
        )
    if reason == "negative":
        return translate("RecipeText", "It cannot be negative.")
    if reason == "zero":
        if field == "yield_portions":
            return translate("RecipeText", "A recipe must make at least one portion.")
        return translate("RecipeText", "It must be more than zero.")
    if reason == "not_whole":
        return translate("RecipeText", "Portions are whole numbers.")
    if reason == "out_of_range":
        return translate("RecipeText", "Preparation loss must be under 100 %.")
    if reason == "unknown_unit":
        return (
            translate("RecipeText", "“%1” is not a unit. Use g, kg, ml, dl, l or %2.")
            .replace("%1", str(data.get("unit", "")))
            .replace("%2", unit_text("pcs"))
        )
    if reason == "unit_does_not_fit":
        return (
            translate(
                "RecipeText", "%1 does not fit this ingredient: it is %2 and has no conversion."
            )
            .replace("%1", unit_text(str(data.get("unit", ""))))
            .replace("%2", _base_unit_text(str(data.get("base_unit", ""))))
        )
    if reason == "unknown_ingredient":
        return translate("RecipeText", "Choose an ingredient from the list.")
    return reason


def gap_text(gap: LineProblem) -> str:
    """Missing master data behind a figure: 'Mælk has no price.'."""
    name = str(gap.data.get("ingredient", ""))
    texts = {
        "no_price": translate("RecipeText", "%1 has no current price: the cost is too low."),
        "no_weight": translate(
            "RecipeText", "%1 has no weight per piece: kilos and CO2e leave it out."
        ),
        "no_co2e": translate("RecipeText", "%1 has no CO2e figure."),
        "no_nutrition": translate("RecipeText", "%1 lacks nutrition data."),
    }
    return texts.get(gap.reason, gap.reason).replace("%1", name)


def field_caption(field: str) -> str:
    """The name of a line field, for the list of problems."""
    names = {
        "ingredient": translate("RecipeText", "ingredient"),
        "quantity": translate("RecipeText", "quantity"),
        "unit": translate("RecipeText", "unit"),
        "prep_loss_pct": translate("RecipeText", "prep loss"),
    }
    return names.get(field, field)
