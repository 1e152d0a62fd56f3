"""The recipe's own fields: names, category, yield, portion size, diet tags, method."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ui.models import numbers
from ui.models.recipes import category_text, tag_text
from ui.text import ERROR_STYLE
from ui.views.recipe_editor.undo import HeaderState

ERROR_BORDER = "border: 1px solid #b3261e;"
DIET_TAGS = ("vegetarian", "vegan", "gluten_free", "lactose_free", "pork_free")
CATEGORIES = ("main", "soup", "salad", "side", "sauce", "bread", "dessert", "breakfast", "snack")


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class RecipeHeader(QWidget):
    """The fields above the ingredient lines; `edited` fires on every change the user makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._other_tags: tuple[str, ...] = ()
        self.name_edit = QLineEdit()
        self.name_en_edit = QLineEdit()
        self.category_combo = QComboBox()
        self.category_combo.setEditable(True)
        self.yield_edit = QLineEdit()
        self.yield_edit.setMaximumWidth(80)
        self.portion_edit = QLineEdit()
        self.portion_edit.setMaximumWidth(80)
        self.diet_button = QToolButton()
        self.diet_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.diet_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        diet_menu = QMenu(self.diet_button)
        self.tag_checks = {}
        for tag in DIET_TAGS:
            action = diet_menu.addAction(tag_text(tag))
            action.setCheckable(True)
            self.tag_checks[tag] = action
        self.diet_button.setMenu(diet_menu)
        self.method_edit = QPlainTextEdit()
        self.method_edit.setPlaceholderText(self.tr("How the dish is made"))
        self.method_edit.setTabChangesFocus(True)
        # The editor's undo stack covers the method too; the box's own would fight it.
        self.method_edit.setUndoRedoEnabled(False)
        self.errors = {
            "name": _error_label(),
            "yield_portions": _error_label(),
            "portion_size_g": _error_label(),
        }
        self.inputs = {
            "name": self.name_edit,
            "yield_portions": self.yield_edit,
            "portion_size_g": self.portion_edit,
        }

        amounts = QHBoxLayout()
        amounts.addWidget(self.yield_edit)
        amounts.addWidget(QLabel(self.tr("portions")))
        amounts.addSpacing(16)
        self.portion_caption = QLabel(self.tr("Portion &size:"))
        self.portion_caption.setBuddy(self.portion_edit)
        amounts.addWidget(self.portion_caption)
        amounts.addWidget(self.portion_edit)
        amounts.addWidget(QLabel(self.tr("g")))
        amounts.addStretch(1)
        self.yield_caption = QLabel(self.tr("&Yield:"))
        self.yield_caption.setBuddy(self.yield_edit)
        self.diet_caption = QLabel(self.tr("&Diet:"))
        self.diet_caption.setBuddy(self.diet_button)

        form = self.form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("&English name:"), self.name_en_edit)
        form.addRow(self.tr("&Category:"), self.category_combo)
        form.addRow(self.yield_caption, amounts)
        form.addRow("", self.errors["yield_portions"])
        form.addRow("", self.errors["portion_size_g"])
        form.addRow(self.diet_caption, self.diet_button)

        for edit in (self.name_edit, self.name_en_edit, self.yield_edit, self.portion_edit):
            edit.textEdited.connect(self._on_field_edited)
        self.category_combo.currentTextChanged.connect(self._on_field_edited)
        for check in self.tag_checks.values():
            check.toggled.connect(self._on_field_edited)
            check.toggled.connect(self._label_diet)
        self.method_edit.textChanged.connect(self._on_method_changed)
        self._loading = False

    def set_categories(self, codes: Iterable[str]) -> None:
        """The categories offered: the usual ones and those in use."""
        current = self.category()
        self._loading = True
        self.category_combo.clear()
        for code in dict.fromkeys((*CATEGORIES, *codes)):
            self.category_combo.addItem(category_text(code), code)
        self._set_category(current)
        self._loading = False

    def _set_category(self, code: str) -> None:
        index = self.category_combo.findData(code)
        if index >= 0:
            self.category_combo.setCurrentIndex(index)
        else:
            self.category_combo.setEditText(code)

    def category(self) -> str:
        """The category code (a typed new one as typed)."""
        text = self.category_combo.currentText().strip()
        index = self.category_combo.findText(text)
        return self.category_combo.itemData(index) if index >= 0 else text

    def load(
        self,
        *,
        name: str,
        name_en: str,
        category: str,
        yield_portions: int,
        portion_size_g: float | None,
        diet_tags: tuple[str, ...],
        method: str,
    ) -> None:
        """Fill the fields from a recipe (no `edited` signal)."""
        self._loading = True
        self.name_edit.setText(name)
        self.name_en_edit.setText(name_en)
        self._set_category(category)
        self.yield_edit.setText(str(yield_portions))
        self.portion_edit.setText(numbers.decimal(portion_size_g, 1))
        for tag, check in self.tag_checks.items():
            check.setChecked(tag in diet_tags)
        self._label_diet()
        self._other_tags = tuple(t for t in diet_tags if t not in self.tag_checks)
        self.method_edit.setPlainText(method)
        for edit in (self.name_edit, self.name_en_edit):
            edit.setCursorPosition(0)  # show the start of a long name, not its end
        self._loading = False
        self.show_errors({})

    def state(self) -> HeaderState:
        """The fields exactly as typed (for undo)."""
        return HeaderState(
            name=self.name_edit.text(),
            name_en=self.name_en_edit.text(),
            category=self.category(),
            yield_text=self.yield_edit.text(),
            portion_text=self.portion_edit.text(),
            diet_tags=self.diet_tags(),
            method=self.method_edit.toPlainText(),
        )

    def restore(self, state: HeaderState) -> None:
        """Put typed fields back (undo/redo; no `edited` signal)."""
        self._loading = True
        pairs = (
            (self.name_edit, state.name),
            (self.name_en_edit, state.name_en),
            (self.yield_edit, state.yield_text),
            (self.portion_edit, state.portion_text),
        )
        for edit, text in pairs:
            if edit.text() != text:
                edit.setText(text)
        self._set_category(state.category)
        for tag, check in self.tag_checks.items():
            check.setChecked(tag in state.diet_tags)
        self._label_diet()
        self._other_tags = tuple(t for t in state.diet_tags if t not in self.tag_checks)
        if self.method_edit.toPlainText() != state.method:
            self.method_edit.setPlainText(state.method)
        self._loading = False

    def diet_tags(self) -> tuple[str, ...]:
        """The ticked tags, plus any others the recipe had."""
        ticked = tuple(tag for tag, check in self.tag_checks.items() if check.isChecked())
        return ticked + self._other_tags

    def set_read_only(self, read_only: bool) -> None:
        """Central recipes are shown, not edited."""
        for edit in (self.name_edit, self.name_en_edit, self.yield_edit, self.portion_edit):
            edit.setReadOnly(read_only)
        self.category_combo.setEnabled(not read_only)
        self.diet_button.setEnabled(not read_only)
        self.method_edit.setReadOnly(read_only)

    def show_errors(self, errors: dict[str, str]) -> None:
        """Problem texts by field ('name', 'yield_portions', 'portion_size_g'); others cleared."""
        for field, label in self.errors.items():
            text = errors.get(field, "")
            label.setText(text)
            self.form.setRowVisible(label, bool(text))
            self.inputs[field].setStyleSheet(ERROR_BORDER if text else "")

    def _label_diet(self, *_args) -> None:
        ticked = [tag_text(t) for t, check in self.tag_checks.items() if check.isChecked()]
        self.diet_button.setText(", ".join(ticked) or self.tr("No diet tags"))

    def _on_field_edited(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_method_changed(self) -> None:
        if not self._loading:
            self.edited.emit()
