"""Editors for the ingredient lines: a searchable ingredient box and a unit box that lists the
units fitting the ingredient first. Both accept free typing; the core judges what was typed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QStyledItemDelegate, QWidget

from canteen.domain.units import KITCHEN_UNITS
from ui.models.recipe_lines import UNITS_ROLE, unit_text

if TYPE_CHECKING:
    from canteen.services.recipes import IngredientChoice


def select_text(box: QComboBox) -> None:
    """Select the box's text, so that typing replaces it as in any other cell.

    The view selects the text of a plain line-edit editor itself, but not of a combo box's, so a
    key that starts editing was appended: "kg" typed over "g" became "gkg".
    """
    box.lineEdit().selectAll()


class IngredientDelegate(QStyledItemDelegate):
    """An editable box over every ingredient name; typing completes on any part of the name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = QStringListModel(self)

    def set_choices(self, choices: Sequence[IngredientChoice]) -> None:
        """The ingredients to offer."""
        self.names.setStringList([c.name for c in choices])

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        box = QComboBox(parent)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.setModel(self.names)
        completer = QCompleter(self.names, box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        box.setCompleter(completer)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setCurrentIndex(-1)
        editor.setEditText(index.data(Qt.ItemDataRole.EditRole) or "")
        select_text(editor)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class UnitDelegate(QStyledItemDelegate):
    """An editable box: the units fitting the line's ingredient, then the rest."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        box = QComboBox(parent)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fitting = tuple(index.data(UNITS_ROLE) or KITCHEN_UNITS)
        for unit in fitting:
            box.addItem(unit_text(unit), unit)
        others = [u for u in KITCHEN_UNITS if u not in fitting]
        if others:
            box.insertSeparator(box.count())
            for unit in others:
                box.addItem(unit_text(unit), unit)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        found = editor.findText(text)
        if found >= 0:
            editor.setCurrentIndex(found)
        else:
            editor.setEditText(text)
        select_text(editor)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
