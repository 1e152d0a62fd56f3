"""Tables of the Synkronisering page: rejected changes and the conflicts the server resolved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ui.models.rows import RowsModel
from ui.text import moment_text
from ui.wording.sync import description_text, reason_text, rule_text, table_text, winner_text


class RejectedModel(RowsModel):
    """One row per rejected change (`canteen.sync.status.RejectedChange`)."""

    columns = 3

    def titles(self) -> list[str]:
        """What, which row, why."""
        return [self.tr("What"), self.tr("Row"), self.tr("Why the server refused it")]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        change = self.row_at(index.row())
        if index.column() == 0:
            return table_text(change.table)
        if index.column() == 1:
            return description_text(change.description) or change.row_id
        return reason_text(change.reason)


class ConflictModel(RowsModel):
    """One row per resolved conflict (`canteen.sync.status.ResolvedConflict`), newest first."""

    columns = 5

    def titles(self) -> list[str]:
        """When, what, which row, which rule, who won."""
        return [self.tr("When"), self.tr("What"), self.tr("Row"), self.tr("Rule"), self.tr("Kept")]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        conflict = self.row_at(index.row())
        values = (
            moment_text(conflict.at),
            table_text(conflict.table),
            description_text(conflict.description) or conflict.row_id,
            rule_text(conflict.rule),
            winner_text(conflict.winner),
        )
        return values[index.column()]
