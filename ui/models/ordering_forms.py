"""Tables typed like a spreadsheet, with undo: the goods receipt form and the stock count sheet.

Typing only keeps text (on the model's QUndoStack); the page reads it when the user saves. A cell
the core refused keeps what was typed, in red with the reason, until it is changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QUndoCommand, QUndoStack

from ui.models.numbers import decimal, kroner, whole
from ui.models.rows import RowsModel
from ui.text import day_text
from ui.wording.ordering import unit_text

PROBLEM_COLOUR = QColor("#b3261e")
PROBLEM_BACKGROUND = QColor("#fbe9e7")
EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _Typing(QUndoCommand):
    """One cell's text changed: undo puts the old text back."""

    def __init__(self, model: TypedTableModel, key: tuple[int, int], old: str, new: str) -> None:
        super().__init__(model.tr("typing"))
        self.model, self.key, self.old, self.new = model, key, old, new

    def redo(self) -> None:
        self.model.put(*self.key, self.new)

    def undo(self) -> None:
        self.model.put(*self.key, self.old)


class TypedTableModel(RowsModel):
    """Rows with some `editable` columns whose cells hold typed text; `fixed(row, column)` gives
    the other columns' text and `initial(row, column)` the text a typed cell starts with."""

    editable: frozenset[int] = frozenset()
    numeric: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._typed: dict[tuple[int, int], str] = {}
        self._refused: dict[tuple[int, int], str] = {}

    def fixed(self, row: Any, column: int) -> str:
        """A read-only cell's text."""
        raise NotImplementedError

    def initial(self, row: Any, column: int) -> str:
        """What a typed cell holds before the user types."""
        return ""

    def set_rows(self, rows) -> None:
        self._typed.clear()
        self._refused.clear()
        self.undo_stack.clear()
        super().set_rows(rows)

    def text(self, row: int, column: int) -> str:
        """What a typed cell holds now."""
        found = self._typed.get((row, column))
        return self.initial(self._rows[row], column) if found is None else found

    def put(self, row: int, column: int, text: str) -> None:
        """Set a typed cell's text (the undo stack calls this); forgets a refusal there."""
        self._typed[(row, column)] = text
        self._refused.pop((row, column), None)
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    def refuse(self, row: int, column: int, reason: str) -> None:
        """The core refused this cell: show it red with the reason; the text stays."""
        self._refused[(row, column)] = reason
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    def refused(self, row: int, column: int) -> str | None:
        """The reason a cell was refused, or None."""
        return self._refused.get((row, column))

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        typed = column in self.editable
        refused = self._refused.get((row, column)) if typed else None
        if role in (DISPLAY, EDIT):
            return self.text(row, column) if typed else self.fixed(self._rows[row], column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return refused
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.numeric:
            return RIGHT
        if refused is not None and role == Qt.ItemDataRole.ForegroundRole:
            return PROBLEM_COLOUR
        if refused is not None and role == Qt.ItemDataRole.BackgroundRole:
            return PROBLEM_BACKGROUND
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT or index.column() not in self.editable:
            return False
        new = "" if value is None else str(value).strip()
        old = self.text(index.row(), index.column())
        if new != old:
            self.undo_stack.push(_Typing(self, (index.row(), index.column()), old, new))
        return True


class ReceiptModel(TypedTableModel):
    """The receipt form over FormLine rows: packs, weighed quantity and pack price are typed."""

    INGREDIENT, ITEM, ORDERED, PACKS, QUANTITY, PRICE = range(6)
    columns = 6
    editable = frozenset({PACKS, QUANTITY, PRICE})
    numeric = frozenset({ORDERED, PACKS, QUANTITY, PRICE})

    def titles(self) -> list[str]:
        return [
            self.tr("Ingredient"), self.tr("Item no."), self.tr("Ordered"),
            self.tr("Packs received"), self.tr("Weighed (g, ml, pcs)"), self.tr("Pack price, kr."),
        ]  # fmt: skip

    def fixed(self, row, column: int) -> str:
        if column == self.INGREDIENT:
            return row.ingredient
        if column == self.ITEM:
            return row.item_number
        size = f"{decimal(row.pack_size, 1)} {unit_text(row.unit)}"
        return f"{row.outstanding_packs} × {size}"

    def initial(self, row, column: int) -> str:
        # Packs start at what is outstanding: a full delivery needs no typing at all.
        return str(row.outstanding_packs) if column == self.PACKS else ""


class CountModel(TypedTableModel):
    """The stock count sheet over SheetRow rows: only the counted quantity is typed."""

    NAME, UNIT, LAST, COUNTED_ON, EXPECTED, VALUE, COUNTED = range(7)
    columns = 7
    editable = frozenset({COUNTED})
    numeric = frozenset({LAST, EXPECTED, VALUE, COUNTED})

    def titles(self) -> list[str]:
        return [
            self.tr("Ingredient"), self.tr("Unit"), self.tr("Last count"), self.tr("Counted on"),
            self.tr("Expected"), self.tr("Value"), self.tr("Counted now"),
        ]  # fmt: skip

    def fixed(self, row, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.UNIT:
            return unit_text(row.unit)
        if column == self.LAST:
            return "" if row.last_count is None else decimal(row.last_count, 1)
        if column == self.COUNTED_ON:
            return day_text(row.last_counted_on) if row.last_counted_on else ""
        if column == self.EXPECTED:
            return whole(row.expected)
        return kroner(row.expected_value_ore)
