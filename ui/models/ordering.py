"""Read-only tables of the ordering area: suggested lines, flags, orders, order lines, impacts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ui.models.numbers import decimal, kroner, whole
from ui.models.rows import RowsModel
from ui.text import day_text
from ui.wording.ordering import flag_text, status_text, unit_text, uses_text

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _TextRows(RowsModel):
    """Rows shown as text per column (`cells(row)`); `numeric` columns are right-aligned."""

    numeric: frozenset[int] = frozenset()

    def cells(self, row: Any) -> list[str]:
        """The row's texts, one per column."""
        raise NotImplementedError

    def tooltip(self, row: Any) -> str | None:
        """A row's tooltip."""
        return None

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == DISPLAY:
            return self.cells(row)[index.column()]
        if role == TOOLTIP:
            return self.tooltip(row)
        if role == ALIGN and index.column() in self.numeric:
            return RIGHT
        return None


class SuggestionModel(_TextRows):
    """One row per suggested line, grouped by supplier and delivery day."""

    columns = 9
    numeric = frozenset({4, 5, 6, 7})

    def titles(self) -> list[str]:
        return [
            self.tr("Supplier"), self.tr("Delivery"), self.tr("Ingredient"), self.tr("Item no."),
            self.tr("Needed"), self.tr("To order"), self.tr("Packs"), self.tr("Total"),
            self.tr("First needed"),
        ]  # fmt: skip

    def cells(self, row) -> list[str]:
        unit = unit_text(row.unit)
        return [
            row.supplier, day_text(row.delivery_date, "weekday"), row.ingredient, row.item_number,
            f"{decimal(row.needed, 1)} {unit}", f"{decimal(max(0.0, row.to_order), 1)} {unit}",
            f"{row.packs} × {decimal(row.pack_size, 1)} {unit}", kroner(row.line_total_ore),
            day_text(row.first_needed, "weekday"),
        ]  # fmt: skip

    def tooltip(self, row) -> str:
        return uses_text(row)


class FlagsModel(_TextRows):
    """The suggestion's flags, one sentence each."""

    columns = 1

    def titles(self) -> list[str]:
        return [self.tr("To look at")]

    def cells(self, row) -> list[str]:
        return [flag_text(row)]


class OrdersModel(_TextRows):
    """Stored purchase orders (OrderSummary rows)."""

    columns = 6
    numeric = frozenset({4, 5})

    def titles(self) -> list[str]:
        return [
            self.tr("Number"), self.tr("Supplier"), self.tr("Status"), self.tr("Delivery"),
            self.tr("Lines"), self.tr("Total excl. VAT"),
        ]  # fmt: skip

    def cells(self, row) -> list[str]:
        return [
            row.number, row.supplier, status_text(row.status),
            day_text(row.delivery_date, "weekday"), whole(row.lines), kroner(row.total_ore),
        ]  # fmt: skip

    def replace_row(self, row: int, summary) -> None:
        """Show an order's changed summary (after an edit) without losing the selection."""
        if 0 <= row < len(self._rows) and self._rows[row] != summary:
            self._rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columns - 1))


class ImpactModel(_TextRows):
    """Planned dishes a short delivery hits (Impact rows)."""

    columns = 5
    numeric = frozenset({3, 4})

    def titles(self) -> list[str]:
        return [
            self.tr("Day"), self.tr("Dish"), self.tr("Ingredient"), self.tr("Portions"),
            self.tr("Missing"),
        ]  # fmt: skip

    def cells(self, row) -> list[str]:
        return [
            day_text(row.day, "weekday"), row.dish, row.ingredient, whole(row.portions),
            f"{decimal(row.uncovered, 1)} {unit_text(row.unit)}",
        ]  # fmt: skip
