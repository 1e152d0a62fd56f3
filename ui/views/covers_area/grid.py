"""The covers grid: typed like a spreadsheet (Enter moves down, Tab moves right, Delete clears)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

EndEditHint = QAbstractItemDelegate.EndEditHint


class CoversGrid(QTableView):
    """Typing a digit starts an entry; `clear_requested(index)` asks the page to empty a cell."""

    clear_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.AnyKeyPressed | triggers.DoubleClicked | triggers.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        self.setCornerButtonEnabled(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(150)
        header.setStretchLastSection(True)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 16)
        vertical.setMinimumWidth(110)

    def setModel(self, model) -> None:
        super().setModel(model)
        model.modelReset.connect(self.fit_height)

    def fit_height(self) -> None:
        """As tall as the week's rows, no taller (the page shows totals right below)."""
        rows = self.model().rowCount() if self.model() is not None else 0
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += (
            sum(self.rowHeight(row) for row in range(rows))
            or self.verticalHeader().defaultSectionSize()
        )
        self.setFixedHeight(height + 2)

    def commit_editing(self) -> None:
        """Save what is being typed in the open cell (before the week changes under it)."""
        editor = self.indexWidget(self.currentIndex())
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            self.commitData(editor)
            self.closeEditor(editor, EndEditHint.NoHint)

    def closeEditor(self, editor: QWidget, hint: EndEditHint) -> None:
        # Enter in an open cell saves it and moves down, as in a spreadsheet.
        super().closeEditor(
            editor, EndEditHint.NoHint if hint == EndEditHint.SubmitModelCache else hint
        )
        if hint == EndEditHint.SubmitModelCache:
            self._move_down()

    def _move_down(self) -> None:
        index = self.currentIndex()
        if index.isValid() and index.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(index.sibling(index.row() + 1, index.column()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            index.isValid()
            and not modifiers
            and self.state() != QAbstractItemView.State.EditingState
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._move_down()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                if index.flags() & Qt.ItemFlag.ItemIsEditable:
                    self.clear_requested.emit(index)
                return
        super().keyPressEvent(event)
