"""Checks of a recipe as typed: numbers read by the one number reader, units, plausible bounds."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from canteen.domain.ingredients import IngredientFacts
from canteen.domain.limits import exceeded
from canteen.domain.numbers import NumberProblem, read_number, read_whole
from canteen.domain.units import KITCHEN_UNITS, Conversions, to_base
from canteen.errors import ValidationError


@dataclass(frozen=True)
class LineInput:
    """A recipe line as the editor holds it; quantity may still be text the user typed."""

    ingredient_id: str | None
    quantity: float | str | None
    unit: str
    prep_loss_pct: float | str | None = 0.0
    note: str = ""


@dataclass(frozen=True)
class LineProblem:
    """Something wrong or missing, pointing at a line (index) or the recipe (line None)."""

    line: int | None
    field: str
    reason: str
    data: Mapping[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for a ValidationError."""
        return {"line": self.line, "field": self.field, "reason": self.reason, **self.data}


def _problem(line: int | None, name: str, reason: str, **data: Any) -> LineProblem:
    return LineProblem(line, name, reason, data)


@dataclass(frozen=True)
class CheckedLine:
    """A line that passed validation: numbers parsed, quantity in the ingredient's base unit."""

    index: int
    ingredient: IngredientFacts
    quantity: float
    unit: str
    prep_loss_pct: float
    base_quantity: float
    note: str = ""


def _read(
    index: int | None, name: str, value, *, allow_zero: bool, whole: bool = False
) -> tuple[float | None, LineProblem | None]:
    """(number, None) or (None, LineProblem) for a number field, bounds aside."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, LineProblem(index, name, "required")
    try:
        number = float(read_whole(value) if whole else read_number(value))
    except NumberProblem as refused:
        data = {k: v for k, v in refused.data.items() if k != "reason"}
        return None, _problem(index, name, refused.reason, **data)
    if number < 0:
        return None, _problem(index, name, "negative", value=number)
    if number == 0 and not allow_zero:
        return None, _problem(index, name, "zero", value=number)
    return number, None


def _bounded(
    index: int | None, name: str, value, unit: str, *, allow_zero: bool, whole: bool = False
) -> tuple[float | None, LineProblem | None]:
    """Like `_read`, and above the field's plausible bound is a problem that names the bound."""
    number, problem = _read(index, name, value, allow_zero=allow_zero, whole=whole)
    if number is not None and (limit := exceeded(name, unit, number)):
        return None, _problem(index, name, "too_large", value=number, limit=limit.most, unit=unit)
    return number, problem


def _per_portion(index: int, quantity: float, unit: str, yield_portions: int) -> LineProblem | None:
    """A problem when one portion would get more of the ingredient than any kitchen serves."""
    family, factor = KITCHEN_UNITS[unit]
    each = quantity * factor / yield_portions
    limit = exceeded("per_portion", family, each)
    if limit is None:
        return None
    return _problem(
        index,
        "quantity",
        "too_much_per_portion",
        per_portion=each,
        limit=limit.most,
        unit=family,
        yield_portions=yield_portions,
    )


def check_line(
    index: int,
    line: LineInput,
    ingredients: Mapping[str, IngredientFacts],
    yield_portions: int | None = None,
) -> tuple[CheckedLine | None, list[LineProblem]]:
    """Validate one line: ingredient known, a plausible positive quantity, a unit that fits.

    With the recipe's (valid) yield, a quantity above what one portion could hold is refused too.
    """
    problems: list[LineProblem] = []
    facts = ingredients.get(line.ingredient_id) if line.ingredient_id else None
    if not line.ingredient_id:
        problems.append(LineProblem(index, "ingredient", "required"))
    elif facts is None:
        problems.append(_problem(index, "ingredient", "unknown_ingredient", id=line.ingredient_id))
    known_unit = line.unit in KITCHEN_UNITS
    quantity, problem = _bounded(index, "quantity", line.quantity, line.unit, allow_zero=False)
    if problem is None and quantity is not None and known_unit and yield_portions:
        problem = _per_portion(index, quantity, line.unit, yield_portions)
        quantity = None if problem else quantity
    if problem:
        problems.append(problem)
    loss, problem = _bounded(index, "prep_loss_pct", line.prep_loss_pct or 0, "%", allow_zero=True)
    if problem:
        problems.append(problem)
    base = None
    if not known_unit:
        problems.append(_problem(index, "unit", "unknown_unit", unit=line.unit))
    elif facts is not None:
        try:
            base = to_base(quantity if quantity is not None else 1.0, line.unit, facts.conversions)
        except ValidationError:
            problems.append(
                _problem(
                    index, "unit", "unit_does_not_fit", unit=line.unit, base_unit=facts.base_unit
                )
            )
    if problems:
        return None, problems
    return CheckedLine(index, facts, quantity, line.unit, loss, base, line.note), []


def read_yield(yield_portions) -> tuple[int | None, LineProblem | None]:
    """A recipe's yield: a whole, positive and plausible number of portions, or its problem."""
    number, problem = _bounded(
        None, "yield_portions", yield_portions, "portions", allow_zero=False, whole=True
    )
    return (None if number is None else int(number)), problem


def read_portion_size(portion_size_g) -> tuple[float | None, LineProblem | None]:
    """A portion size in grams (None when left empty), or its problem."""
    if portion_size_g is None or (isinstance(portion_size_g, str) and not portion_size_g.strip()):
        return None, None
    return _bounded(None, "portion_size_g", portion_size_g, "g", allow_zero=False)


def read_line_numbers(line: LineInput) -> tuple[float, float]:
    """A valid line's quantity and prep loss as numbers (after `check_line` passed)."""
    return float(read_number(line.quantity)), float(read_number(line.prep_loss_pct or 0))


def check_header(name: str, yield_portions, portion_size_g) -> list[LineProblem]:
    """Validate a recipe's own fields: a name, a plausible yield, a plausible portion size."""
    problems: list[LineProblem] = []
    if not (name or "").strip():
        problems.append(LineProblem(None, "name", "required"))
    for _, problem in (read_yield(yield_portions), read_portion_size(portion_size_g)):
        if problem:
            problems.append(problem)
    return problems


def allowed_units(conversions: Conversions) -> tuple[str, ...]:
    """The kitchen units that fit an ingredient (ml needs a density for a gram ingredient...)."""
    fitting = []
    for unit in KITCHEN_UNITS:
        try:
            to_base(1.0, unit, conversions)
        except ValidationError:
            continue
        fitting.append(unit)
    return tuple(fitting)
