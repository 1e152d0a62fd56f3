"""The planner's recipe list: search, then drag a recipe onto a day, or press Enter to plan it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canteen.services.recipes.rows import RecipeFilters
from ui.models import recipes as columns
from ui.models.recipes import RECIPE_ID_ROLE, RecipeFilterProxy, RecipeListModel

SHOWN_COLUMNS = (columns.NAME,)


class _RecipeTable(QTableView):
    """Enter plans the current recipe."""

    activated_by_key = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_by_key.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class LibraryPanel(QWidget):
    """Recipes the site may plan, filtered as the user types; a drag source for the grid."""

    recipe_chosen = Signal(str)

    def __init__(self, model: RecipeListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = RecipeFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.proxy.sort(columns.NAME)

        self.title_label = QLabel(self.tr("Recipes"))
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search recipes (Ctrl+L)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.title_label.setBuddy(self.search_edit)

        self.table = _RecipeTable()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        for column in range(columns.COLUMNS):
            self.table.setColumnHidden(column, column not in SHOWN_COLUMNS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(columns.NAME, QHeaderView.ResizeMode.Stretch)
        header.hide()
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated_by_key.connect(self._on_table_activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.set_filters(RecipeFilters(text=text))

    def _on_table_activated(self, index: QModelIndex) -> None:
        recipe_id = index.siblingAtColumn(0).data(RECIPE_ID_ROLE)
        if recipe_id:
            self.recipe_chosen.emit(recipe_id)

    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()
