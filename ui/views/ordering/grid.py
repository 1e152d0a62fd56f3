"""A table typed like a spreadsheet: typing starts an entry, Enter saves it and moves down."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

EndEditHint = QAbstractItemDelegate.EndEditHint


class TypingGrid(QTableView):
    """Any key starts typing in an editable cell; Tab moves right, Enter down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.AnyKeyPressed | triggers.DoubleClicked | triggers.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)

    def closeEditor(self, editor: QWidget, hint: EndEditHint) -> None:
        super().closeEditor(
            editor, EndEditHint.NoHint if hint == EndEditHint.SubmitModelCache else hint
        )
        index = self.currentIndex()
        if hint == EndEditHint.SubmitModelCache and index.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(index.sibling(index.row() + 1, index.column()))


def list_view(parent: QWidget | None = None) -> QTableView:
    """A read-only table that selects whole rows."""
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view
