"""The recipe editor's ingredient lines: editable, keeping exactly what the user typed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from canteen.domain.numbers import readings
from canteen.domain.recipe_checks import LineInput
from canteen.domain.units import KITCHEN_UNITS
from ui.models import numbers
from ui.text import fill

if TYPE_CHECKING:
    from canteen.domain.ingredients import IngredientFacts
    from canteen.services.recipes import IngredientChoice, RecipeLineRow

translate = QCoreApplication.translate

INGREDIENT, QUANTITY, UNIT, LOSS, NOTE, COST = range(6)
COLUMNS = 6
# The field names the core's LineProblem uses, per column.
FIELDS = {
    INGREDIENT: "ingredient",
    QUANTITY: "quantity",
    UNIT: "unit",
    LOSS: "prep_loss_pct",
    NOTE: "note",
}
COLUMN_OF_FIELD = {field: column for column, field in FIELDS.items()}
PROBLEM_TINT = QColor("#f6d3cf")
UNITS_ROLE = Qt.ItemDataRole.UserRole


def unit_text(code: str) -> str:
    """A unit as the kitchen writes it: g, kg, ml, dl, l, and pieces as 'stk.' in Danish."""
    if code == "pcs":
        return translate("Units", "pcs")
    return code


def unit_code(text: str) -> str:
    """The unit code of what the user typed ('stk', 'Stk.', 'KG' …); unknown text as typed."""
    cleaned = (text or "").strip()
    folded = cleaned.casefold().rstrip(".")
    if folded in KITCHEN_UNITS:
        return folded
    pieces = {"stk", "pc", "piece", "pieces", unit_text("pcs").casefold().rstrip(".")}
    if folded in pieces:
        return "pcs"
    return cleaned


def number_to_edit(value: float | None, decimals: int) -> str:
    """A saved number as text that reads back as itself: '1,1250', not the ambiguous '1,125'."""
    text = numbers.decimal(value, decimals)
    if len(set(readings(text).values())) > 1:
        # Three decimals look like a thousands group; a fourth digit settles it.
        text += "0"
    return text


@dataclass(frozen=True)
class LineItem:
    """One ingredient line as typed: numbers stay text until the core checks them."""

    ingredient_id: str | None = None
    ingredient_name: str = ""
    quantity: str = ""
    unit: str = "g"
    prep_loss: str = ""
    note: str = ""

    @classmethod
    def from_row(cls, row: RecipeLineRow) -> LineItem:
        """A saved line, numbers written the user's way."""
        return cls(
            row.ingredient_id,
            row.ingredient_name,
            number_to_edit(row.quantity, 3),
            row.unit,
            number_to_edit(row.prep_loss_pct, 1) if row.prep_loss_pct else "",
            row.note,
        )

    def as_input(self) -> LineInput:
        """The line as the core's figures and validation take it."""
        return LineInput(self.ingredient_id, self.quantity, self.unit, self.prep_loss, self.note)


class IngredientLinesModel(QAbstractTableModel):
    """Rows of `LineItem`; problems tint their cell and explain themselves in the tooltip."""

    lines_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LineItem] = []
        self._choices: dict[str, IngredientChoice] = {}
        self._by_id: dict[str, IngredientChoice] = {}
        self._facts: Mapping[str, IngredientFacts] = {}
        self._problems: dict[tuple[int, int], str] = {}
        self._costs: list[int | None] = []
        self._read_only = False

    # --- content ------------------------------------------------------------------------

    def set_lines(self, rows: Sequence[LineItem]) -> None:
        """Show `rows` (problems and costs are cleared)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._problems = {}
        self._costs = []
        self.endResetModel()

    def lines(self) -> tuple[LineItem, ...]:
        """The lines as they stand."""
        return tuple(self._rows)

    def set_choices(self, choices: Sequence[IngredientChoice]) -> None:
        """The ingredients a name can resolve to."""
        self._choices = {c.name.casefold(): c for c in choices}
        self._by_id = {c.id: c for c in choices}

    def set_facts(self, facts: Mapping[str, IngredientFacts]) -> None:
        """Ingredient data, for the conversions shown on the unit cells."""
        self._facts = facts

    def conversion_text(self, ingredient_id: str | None) -> str | None:
        """'1 pcs ≈ 60 g' / '1 ml ≈ 1.03 g' for an ingredient that can cross units."""
        facts = self._facts.get(ingredient_id or "")
        if facts is None:
            return None
        parts = []
        if facts.piece_weight_g:
            parts.append(
                fill(
                    self.tr("1 %1 ≈ %2 g"),
                    unit_text("pcs"),
                    numbers.decimal(facts.piece_weight_g, 1),
                )
            )
        if facts.density_g_per_ml:
            parts.append(fill(self.tr("1 ml ≈ %1 g"), numbers.decimal(facts.density_g_per_ml, 3)))
        return "\n".join(parts) or None

    def set_read_only(self, read_only: bool) -> None:
        """A central recipe at a site: nothing can be edited."""
        self._read_only = read_only

    def set_problems(self, problems: Mapping[tuple[int, int], str]) -> None:
        """Problem texts by (row, column); cells without one lose their tint."""
        if problems == self._problems:
            return
        self._problems = dict(problems)
        self._all_changed()

    def problem(self, row: int, column: int) -> str | None:
        """The problem text shown in a cell, if any."""
        return self._problems.get((row, column))

    def set_costs(self, costs: Sequence[int | None]) -> None:
        """Each line's cost for the whole batch, in øre (None: not priced or not valid)."""
        self._costs = list(costs)
        if self._rows:
            self.dataChanged.emit(self.index(0, COST), self.index(len(self._rows) - 1, COST))

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMNS - 1))

    def append_line(self) -> int:
        """Add an empty line at the end; returns its row."""
        return self.insert_line(len(self._rows))

    def insert_line(self, row: int) -> int:
        """Insert an empty line before `row`; returns its row."""
        row = max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, LineItem())
        self.endInsertRows()
        self.lines_changed.emit()
        return row

    def remove_line(self, row: int) -> None:
        """Remove one line."""
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.lines_changed.emit()

    def move_line(self, row: int, step: int) -> int:
        """Move a line up (-1) or down (+1); returns where it ended up."""
        target = row + step
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        destination = target + 1 if step > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        self.lines_changed.emit()
        return target

    # --- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            if section == LOSS:
                return self.tr("Preparation loss: what peeling and trimming take off, in %")
            if section == COST:
                return self.tr("The line's cost for the whole batch, at today's prices")
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = (
            self.tr("Ingredient"),
            self.tr("Quantity"),
            self.tr("Unit"),
            self.tr("Loss %"),
            self.tr("Note"),
            self.tr("Cost"),
        )
        return titles[section] if 0 <= section < COLUMNS else None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._read_only and index.column() != COST:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _text(self, line: LineItem, column: int) -> str:
        if column == INGREDIENT:
            return line.ingredient_name
        if column == QUANTITY:
            return line.quantity
        if column == UNIT:
            return unit_text(line.unit)
        if column == LOSS:
            return line.prep_loss
        return line.note

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COST:
                cost = self._costs[index.row()] if index.row() < len(self._costs) else None
                return numbers.kroner(cost) if cost is not None else ""
            return self._text(line, column)
        problem = self._problems.get((index.row(), column))
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem is None and column == UNIT:
                return self.conversion_text(line.ingredient_id)
            return problem
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QBrush(PROBLEM_TINT)
        if role == UNITS_ROLE:
            choice = self._by_id.get(line.ingredient_id or "")
            return choice.units if choice else tuple(KITCHEN_UNITS)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (QUANTITY, LOSS, COST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (index.flags() & Qt.ItemFlag.ItemIsEditable):
            return False
        row, column = index.row(), index.column()
        line = self._rows[row]
        text = "" if value is None else str(value)
        if column == INGREDIENT:
            choice = self._choices.get(text.strip().casefold())
            if choice is not None:
                unit = line.unit if line.unit in choice.units else choice.units[0]
                line = replace(
                    line, ingredient_id=choice.id, ingredient_name=choice.name, unit=unit
                )
            else:
                line = replace(line, ingredient_id=None, ingredient_name=text.strip())
        elif column == QUANTITY:
            line = replace(line, quantity=text.strip())
        elif column == UNIT:
            line = replace(line, unit=unit_code(text))
        elif column == LOSS:
            line = replace(line, prep_loss=text.strip())
        elif column == NOTE:
            line = replace(line, note=text)
        if line == self._rows[row]:
            return True
        self._rows[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
        self.lines_changed.emit()
        return True
