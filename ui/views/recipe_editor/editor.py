"""The recipe editor: fields, ingredient lines and figures recomputed live as the user types.

Nothing the user typed is thrown away: a bad number stays in its cell, tinted, with the reason
in its tooltip and in the list under the lines; saving is refused until it is put right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canteen.errors import CanteenError, ValidationError
from canteen.services.recipes import RecipeDraft, save_recipe, validate_draft
from ui import messages
from ui.models import recipe_lines as cols
from ui.models.recipe_lines import IngredientLinesModel, LineItem
from ui.text import ERROR_STYLE, fill
from ui.views.recipe_editor.delegates import IngredientDelegate, UnitDelegate
from ui.views.recipe_editor.figures_panel import FiguresPanel
from ui.views.recipe_editor.header import RecipeHeader
from ui.views.recipe_editor.undo import REDO_KEYS, UNDO_KEYS, EditorState, EditStep, UndoKeys
from ui.views.sync.read_only import refuse_edit_here
from ui.wording.recipes import field_caption, problem_text

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.domain.figures import PortionFigures
    from canteen.domain.recipe_checks import LineProblem
    from canteen.services.recipes import FactBook, IngredientChoice, RecipeDetail

BANNER_STYLE = "QFrame#readOnlyBanner { background: #e8eef7; border: 1px solid #b6c6de; }"
# Reasons shown only once the user tries to save (an empty new line is not yet an error).
WAIT_FOR_SAVE = ("required",)


class RecipeEditor(QWidget):
    """Edits one recipe; `saved(detail)`, `copy_requested(recipe_id)`, `figures_changed(figures)`."""

    saved = Signal(object)
    copy_requested = Signal(str)
    figures_changed = Signal(object)
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.site_id = ""
        self.book: FactBook | None = None
        self.detail: RecipeDetail | None = None
        self.figures: PortionFigures | None = None
        self.problems: list[LineProblem] = []
        self.read_only = True
        self.dirty = False
        self._show_required = False
        self._restoring = False

        self.banner = QFrame()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_label = QLabel(
            self.tr("This recipe belongs to the central library and cannot be changed here.")
        )
        self.banner_label.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("&Copy to my canteen"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.copy_button)
        self.banner.hide()

        self.header = RecipeHeader()
        self.header.edited.connect(self._on_edited)

        self.lines = IngredientLinesModel(self)
        self.lines.lines_changed.connect(self._on_edited)
        self.lines_table = QTableView()
        self.lines_table.setModel(self.lines)
        self.ingredient_delegate = IngredientDelegate(self.lines_table)
        self.lines_table.setItemDelegateForColumn(cols.INGREDIENT, self.ingredient_delegate)
        self.lines_table.setItemDelegateForColumn(cols.UNIT, UnitDelegate(self.lines_table))
        self.lines_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_table.verticalHeader().setDefaultSectionSize(
            self.lines_table.fontMetrics().height() + 10
        )
        self._size_columns()
        self.lines.modelReset.connect(self._size_columns)

        self.add_button = QPushButton(self.tr("&Add line"))
        self.add_button.setToolTip(self.tr("Add an ingredient line (Insert)"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected line (Ctrl+Delete)"))
        self.up_button = QPushButton("▲")
        self.up_button.setToolTip(self.tr("Move the line up"))
        self.down_button = QPushButton("▼")
        self.down_button.setToolTip(self.tr("Move the line down"))
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(self.fontMetrics().horizontalAdvance("▲") + 24)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.up_button.clicked.connect(lambda: self.move_line(-1))
        self.down_button.clicked.connect(lambda: self.move_line(1))
        line_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            line_buttons.addWidget(button)
        line_buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the recipe (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        line_buttons.addWidget(self.save_button)

        self.problems_label = QLabel()
        self.problems_label.setStyleSheet(ERROR_STYLE)
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()
        self.method_caption = QLabel(self.tr("&Method:"))
        self.method_caption.setBuddy(self.header.method_edit)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.header)
        left_layout.addWidget(self.lines_table, 3)
        left_layout.addWidget(self.problems_label)
        left_layout.addLayout(line_buttons)
        left_layout.addWidget(self.method_caption)
        left_layout.addWidget(self.header.method_edit, 1)
        self.figures_panel = FiguresPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.figures_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([450, 230])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

        self._set_up_undo()
        self._add_shortcut(QKeySequence(Qt.Key.Key_Insert), self.add_line, self.lines_table)
        self._add_shortcut(QKeySequence("Ctrl+Delete"), self.remove_line, self.lines_table)
        self._add_shortcut(QKeySequence.StandardKey.Save, self.save, self)
        self.set_read_only(True)

    def _size_columns(self) -> None:
        # A model reset gives every section the default size again.
        header = self.lines_table.horizontalHeader()
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(cols.INGREDIENT, QHeaderView.ResizeMode.Stretch)
        widths = {cols.QUANTITY: 56, cols.UNIT: 44, cols.LOSS: 52, cols.NOTE: 70, cols.COST: 72}
        for column, width in widths.items():
            header.resizeSection(column, width)

    def _set_up_undo(self) -> None:
        self.undo_stack = QUndoStack(self)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(UNDO_KEYS)
        self.undo_action.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(REDO_KEYS)
        self.redo_action.setToolTip(self.tr("Redo what was undone (Ctrl+Shift+Z)"))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_keys = UndoKeys(self)
        header = self.header
        for widget in (
            header.name_edit,
            header.name_en_edit,
            header.yield_edit,
            header.portion_edit,
            header.method_edit,
            header.category_combo,
        ):
            widget.installEventFilter(self.undo_keys)
        self._state = self._saved_state = self.state()

    def _add_shortcut(self, keys: QKeySequence, slot, widget: QWidget) -> None:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)

    # --- what is edited -------------------------------------------------------------------

    def set_site(self, database: Database | None, site_id: str) -> None:
        """Save to this database and site."""
        self.database, self.site_id = database, site_id

    def set_catalogue(self, choices: list[IngredientChoice], book: FactBook) -> None:
        """Ingredients to choose from and their data and prices (for the live figures)."""
        self.book = book
        self.lines.set_choices(choices)
        self.lines.set_facts(book.ingredients)
        self.ingredient_delegate.set_choices(choices)
        self.recompute()

    def open_recipe(self, detail: RecipeDetail | None) -> None:
        """Show a saved recipe, or an empty new one (None)."""
        self.detail = detail
        self._show_required = False
        if detail is None:
            self.header.load(
                name="", name_en="", category="main", yield_portions=10,
                portion_size_g=None, diet_tags=(), method="",
            )  # fmt: skip
            self.lines.set_lines([LineItem()])
            editable = True
        else:
            self.header.load(
                name=detail.name,
                name_en=detail.name_en,
                category=detail.category,
                yield_portions=detail.yield_portions,
                portion_size_g=detail.portion_size_g,
                diet_tags=detail.diet_tags,
                method=detail.method,
            )
            self.lines.set_lines([LineItem.from_row(x) for x in detail.lines])
            editable = detail.editable
        self.set_read_only(not editable)
        self.banner.setVisible(detail is not None and not editable)
        self.copy_button.setVisible(detail is not None and not detail.deleted)
        self._set_dirty(False)
        self._forget_history()
        self.recompute()

    def clear(self) -> None:
        """No recipe open: empty and read-only."""
        self.open_recipe(None)
        self.lines.set_lines([])
        self._forget_history()
        self.set_read_only(True)
        self.recompute()

    def state(self) -> EditorState:
        """What the user has typed, for undo."""
        return EditorState(self.header.state(), self.lines.lines())

    def _forget_history(self) -> None:
        self.undo_stack.clear()
        self._state = self._saved_state = self.state()

    def restore(self, state: EditorState) -> None:
        """Show an earlier (or later) state again: undo and redo."""
        current = self.lines_table.currentIndex()
        self._restoring = True
        try:
            self.header.restore(state.header)
            if self.lines.lines() != state.lines:
                self.lines.set_lines(list(state.lines))
        finally:
            self._restoring = False
        self._state = state
        if current.isValid() and self.lines.rowCount():
            row = min(current.row(), self.lines.rowCount() - 1)
            self.lines_table.setCurrentIndex(self.lines.index(row, current.column()))
        self._set_dirty(state != self._saved_state)
        self.recompute()

    def set_read_only(self, read_only: bool) -> None:
        """Central recipes (and nothing open) cannot be changed."""
        self.read_only = read_only
        self.header.set_read_only(read_only)
        self.lines.set_read_only(read_only)
        for button in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.save_button,
        ):
            button.setEnabled(not read_only)

    def draft(self) -> RecipeDraft:
        """What is in the editor now, as the core saves it."""
        return RecipeDraft(
            name=self.header.name_edit.text(),
            lines=tuple(line.as_input() for line in self.lines.lines()),
            yield_portions=self.header.yield_edit.text(),
            portion_size_g=self.header.portion_edit.text().strip() or None,
            name_en=self.header.name_en_edit.text(),
            category=self.header.category(),
            diet_tags=self.header.diet_tags(),
            method=self.header.method_edit.toPlainText(),
            id=self.detail.id if self.detail else None,
        )

    # --- editing --------------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self._restoring:
            return
        state = self.state()
        if state != self._state:
            before, self._state = self._state, state
            self.undo_stack.push(EditStep(before, state, self.restore))
        self._set_dirty(True)
        self.recompute()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirty_changed.emit(dirty)

    def add_line(self) -> None:
        """A new line after the selected one (Insert)."""
        if self.read_only:
            return
        current = self.lines_table.currentIndex()
        row = self.lines.insert_line(
            current.row() + 1 if current.isValid() else self.lines.rowCount()
        )
        self.lines_table.setCurrentIndex(self.lines.index(row, cols.INGREDIENT))
        self.lines_table.setFocus()

    def remove_line(self) -> None:
        """Remove the selected line (Ctrl+Delete)."""
        current = self.lines_table.currentIndex()
        if not self.read_only and current.isValid():
            self.lines.remove_line(current.row())

    def move_line(self, step: int) -> None:
        """Move the selected line up or down."""
        current = self.lines_table.currentIndex()
        if not self.read_only and current.isValid():
            row = self.lines.move_line(current.row(), step)
            self.lines_table.setCurrentIndex(self.lines.index(row, current.column()))

    def recompute(self) -> None:
        """Figures and problems of what is typed now (pure: no database)."""
        draft = self.draft()
        facts = self.book.ingredients if self.book else {}
        problems = validate_draft(draft, facts)
        self.problems = problems
        shown = [p for p in problems if self._show_required or p.reason not in WAIT_FOR_SAVE]
        self._show_problems(shown)
        if self.book is None:
            self.figures = None
        else:
            self.figures = self.book.figures(draft.lines, draft.yield_portions)
            # Each line against the recipe's yield, so a line too big per portion shows no cost.
            self.lines.set_costs(
                [
                    self.book.figures((line,), draft.yield_portions).batch_cost_ore or None
                    for line in draft.lines
                ]
            )
        self.figures_panel.show_figures(self.figures)
        self.figures_changed.emit(self.figures)

    def _show_problems(self, problems: list[LineProblem]) -> None:
        header = {p.field: problem_text(p) for p in reversed(problems) if p.line is None}
        self.header.show_errors(header)
        cells = {}
        listed = []
        for problem in problems:
            if problem.line is None:
                continue
            column = cols.COLUMN_OF_FIELD.get(problem.field)
            if column is not None:
                cells.setdefault((problem.line, column), problem_text(problem))
            listed.append(
                fill(
                    self.tr("Line %1, %2: %3"),
                    str(problem.line + 1),
                    field_caption(problem.field),
                    problem_text(problem),
                )
            )
        self.lines.set_problems(cells)
        self.problems_label.setText("\n".join(listed))
        self.problems_label.setVisible(bool(listed))

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> RecipeDetail | None:
        """Save (Ctrl+S); problems are shown where they were typed and nothing is lost."""
        if refuse_edit_here(self):  # a district or central PC
            return None
        if self.read_only or self.database is None:
            return None
        self._show_required = True
        self.recompute()
        try:
            detail = save_recipe(self.database, self.site_id, self.draft())
        except ValidationError as error:
            self._focus_first_problem()
            if "problems" not in error.data:
                messages.show_error(self, error)
            return None
        except CanteenError as error:
            messages.show_error(self, error)
            return None
        self.open_recipe(detail)
        self.saved.emit(detail)
        return detail

    def _focus_first_problem(self) -> None:
        if not self.problems:
            return
        first = self.problems[0]
        if first.line is None:
            widget = self.header.inputs.get(first.field)
            if widget is not None:
                widget.setFocus()
            return
        column = cols.COLUMN_OF_FIELD.get(first.field, cols.INGREDIENT)
        self.lines_table.setCurrentIndex(self.lines.index(first.line, column))
        self.lines_table.setFocus()

    def _on_copy_button_clicked(self) -> None:
        if self.detail is not None:
            self.copy_requested.emit(self.detail.id)
