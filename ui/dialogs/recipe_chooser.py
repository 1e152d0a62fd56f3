"""Choose a recipe by typing part of its name: arrows move in the list, Enter takes it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
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

SHOWN = (columns.NAME, columns.CATEGORY, columns.TAGS, columns.ALLERGENS)
_MOVING_KEYS = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
)


class RecipeChooser(QDialog):
    """A search field over the library; the first match is always the current row."""

    def __init__(
        self,
        model: RecipeListModel,
        text: str = "",
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Choose a dish"))
        self.proxy = RecipeFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.proxy.sort(columns.NAME)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Type part of the name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        caption = QLabel(self.tr("&Search:"))
        caption.setBuddy(self.search_edit)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for column in range(columns.COLUMNS):
            self.table.setColumnHidden(column, column not in SHOWN)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(columns.NAME, QHeaderView.ResizeMode.Stretch)
        for column in SHOWN[1:]:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.accept)
        self.count_label = QLabel()
        self.count_label.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.resize(620, 440)

        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.setText(text)
        self._on_search_edit_text_changed(text)

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.set_filters(RecipeFilters(text=text))
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.count_label.setText(self.tr("%n recipes", "", self.proxy.rowCount()))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.proxy.rowCount() > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        moving = isinstance(event, QKeyEvent) and event.key() in _MOVING_KEYS
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress and moving:
            QApplication.sendEvent(self.table, event)
            return True
        return super().eventFilter(watched, event)

    def recipe_id(self) -> str | None:
        """The recipe chosen (the current row), or None."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(RECIPE_ID_ROLE)

    def accept(self) -> None:
        if self.recipe_id() is not None:
            super().accept()


def choose_recipe(
    parent: QWidget | None, model: RecipeListModel, text: str = ""
) -> tuple[str | None, bool]:
    """Ask for a recipe; (recipe id, True) when one was chosen."""
    dialog = RecipeChooser(model, text, parent=parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.recipe_id() if accepted else None), accepted
