"""An order's lines: packs typed in place while the order is a draft, refused entries in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from ui.models.numbers import kroner, whole
from ui.models.ordering_forms import PROBLEM_BACKGROUND, PROBLEM_COLOUR
from ui.models.rows import RowsModel

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class OrderLinesModel(RowsModel):
    """FormLine rows; with `editable` on, typing in Packs emits `packs_typed(line_id, text)`.

    The model never saves: the tab saves through the core and either shows the lines again or
    calls `refuse`, which keeps the typed text in red with the reason until it is typed again.
    """

    packs_typed = Signal(str, str)
    columns = 7
    PACKS = 3
    numeric = frozenset({3, 4, 5, 6})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editable = False
        self._typed: dict[str, str] = {}
        self._refused: dict[str, str] = {}

    def titles(self) -> list[str]:
        return [
            self.tr("Ingredient"), self.tr("Item no."), self.tr("Product"), self.tr("Packs"),
            self.tr("Received"), self.tr("Pack price"), self.tr("Line total"),
        ]  # fmt: skip

    def set_lines(self, rows, *, editable: bool) -> None:
        """Show an order's lines; typed text and refusals are forgotten."""
        self.editable = editable
        self._typed.clear()
        self._refused.clear()
        self.set_rows(rows)

    def refuse(self, line_id: str, reason: str) -> None:
        """The core refused the packs typed on this line: keep the text, show the reason."""
        self._refused[line_id] = reason
        self._changed(line_id)

    def refused(self, row: int) -> str | None:
        """Why the packs typed on a row were refused, or None."""
        return self._refused.get(self._rows[row].line_id)

    def packs_text(self, row: int) -> str:
        """What the Packs cell shows: the typed text while it is pending or refused."""
        line = self._rows[row]
        return self._typed.get(line.line_id, whole(line.ordered_packs))

    def _changed(self, line_id: str) -> None:
        for row, line in enumerate(self._rows):
            if line.line_id == line_id:
                index = self.index(row, self.PACKS)
                self.dataChanged.emit(index, index)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() == self.PACKS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line, column = self._rows[index.row()], index.column()
        refused = self._refused.get(line.line_id) if column == self.PACKS else None
        if role in (DISPLAY, EDIT):
            if column == self.PACKS:
                return self.packs_text(index.row())
            return [
                line.ingredient, line.item_number, line.description, "",
                whole(line.received_packs), kroner(line.pack_price_ore),
                kroner(line.ordered_packs * line.pack_price_ore),
            ][column]  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.numeric:
            return RIGHT
        if refused is not None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return refused
            if role == Qt.ItemDataRole.ForegroundRole:
                return PROBLEM_COLOUR
            if role == Qt.ItemDataRole.BackgroundRole:
                return PROBLEM_BACKGROUND
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = EDIT) -> bool:
        if (
            not index.isValid()
            or role != EDIT
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        line = self._rows[index.row()]
        text = "" if value is None else str(value).strip()
        if text == self.packs_text(index.row()) and line.line_id not in self._refused:
            return False
        self._typed[line.line_id] = text
        self._refused.pop(line.line_id, None)
        self.dataChanged.emit(index, index)
        self.packs_typed.emit(line.line_id, text)
        return True
