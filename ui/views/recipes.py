"""The Recipes area: the library on the left, the editor with live figures on the right."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSplitter, QToolBar, QVBoxLayout, QWidget

from canteen.errors import CanteenError, ValidationError
from ui import messages
from ui.context import AppContext
from ui.models.recipes import RecipeListModel
from ui.text import day_text, fill
from ui.views.recipe_editor.editor import RecipeEditor
from ui.views.recipe_editor.library import RecipeLibrary
from ui.workers import run_task

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.services.recipes import FactBook, IngredientChoice, RecipeDetail, RecipeSummary


@dataclass(frozen=True)
class Library:
    """What the page needs to start: recipes, categories, ingredients and their facts."""

    site_id: str
    recipes: list[RecipeSummary]
    categories: list[str]
    choices: list[IngredientChoice]
    book: FactBook


def load_library(database: Database, site_id: str, day: date) -> Library:
    """The job behind the page (worker thread)."""
    from canteen.services import recipes

    choices = recipes.ingredient_choices(database, "", limit=1_000_000)
    return Library(
        site_id,
        recipes.list_recipes(database, site_id),
        recipes.list_categories(database, site_id),
        choices,
        recipes.load_facts(database, [c.id for c in choices], day),
    )


def load_figures(database: Database, site_id: str, day: date):
    """Per-portion figures of every recipe the site sees (worker thread)."""
    from canteen.services.recipes import portion_figures_all

    return portion_figures_all(database, site_id, day)


def load_recipe(database: Database, site_id: str, recipe_id: str):
    """One recipe for the editor (worker thread)."""
    from canteen.services.recipes import get_recipe

    return get_recipe(database, recipe_id, site_id)


class RecipesView(QWidget):
    """`library_loaded`, `figures_loaded` and `recipe_opened(detail)` say when data is shown."""

    library_loaded = Signal()
    figures_loaded = Signal()
    recipe_opened = Signal(object)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today  # the page's clock: prices, and plans that count as still ahead
        self.site_id = ""
        self._opening: str | None = None
        self._wanted: str | None = None  # a recipe to select once the library is listed
        self.model = RecipeListModel(self)
        self.library = RecipeLibrary(self.model)
        self.editor = RecipeEditor()
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self._action(self.tr("&New recipe"), self.new_recipe, "Ctrl+N")
        self.copy_action = self._action(
            self.tr("&Copy to my canteen"), self.copy_current, "Ctrl+Shift+D"
        )
        self.delete_action = self._action(self.tr("&Delete recipe"), self.delete_current)
        self.search_action = self._action(
            self.tr("Search"), self.library.search_edit.setFocus, QKeySequence.StandardKey.Find
        )
        for action in (self.new_action, self.copy_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.editor.undo_action)
        self.toolbar.addAction(self.editor.redo_action)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.library)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([290, 680])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

        self.library.recipe_selected.connect(self._on_library_recipe_selected)
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.copy_requested.connect(self.copy_recipe)
        self._update_actions()

    def _action(self, text: str, slot, keys=None) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _update_actions(self) -> None:
        detail = self.editor.detail
        ready = self.context.database is not None and bool(self.site_id)
        self.new_action.setEnabled(ready)
        self.copy_action.setEnabled(ready and detail is not None and not detail.deleted)
        self.delete_action.setEnabled(ready and detail is not None and detail.editable)

    # --- loading --------------------------------------------------------------------------

    @Slot(str)
    def set_site(self, site_id: str) -> None:
        """Show the library as `site_id` sees it."""
        if site_id != self.site_id and self.editor.dirty and not self.editor.read_only:
            self._offer_save(can_cancel=False)
        self.site_id = site_id
        self.editor.set_site(self.context.database, site_id)
        self.editor.clear()
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.model.rowCount():
            # Back from the planner or another page: prices and plans may have changed.
            self.refresh()

    def refresh(self) -> None:
        """Load the library again (F5)."""
        database = self.context.database
        if database is None or not self.site_id:
            self.model.set_rows([])
            self._update_actions()
            return
        today = self.today()
        run_task(
            partial(load_library, database, self.site_id, today),
            on_result=self._on_library_loaded,
        )
        run_task(
            partial(load_figures, database, self.site_id, today),
            on_result=partial(self._on_figures_loaded, self.site_id),
        )

    def _on_library_loaded(self, library: Library) -> None:
        if library.site_id != self.site_id:
            return
        selected = self.editor.detail.id if self.editor.detail else None
        self.model.set_rows(library.recipes)
        self.editor.header.set_categories(library.categories)
        self.editor.set_catalogue(library.choices, library.book)
        if self._wanted is not None:
            selected, self._wanted = self._wanted, None
        if selected:
            self.library.select_recipe(selected)
        self._update_actions()
        self.library_loaded.emit()

    def select_row(self, table: str, row_id: str) -> bool:
        """Select the recipe a synced row belongs to (a recipe, or one of its lines); False
        when this page does not show that kind of row."""
        from ui.views.sync.fix import place

        if table == "recipe":
            recipe_id = row_id
        elif table == "recipe_line":
            found = place(self.context, table, row_id)
            recipe_id = found.parent_id if found is not None else None
        else:
            return False
        if not recipe_id:
            return False
        # The library may still be loading (after a change of canteen): select it then too.
        self._wanted = recipe_id
        self.library.select_recipe(recipe_id)
        return True

    def _on_figures_loaded(self, site_id: str, figures) -> None:
        if site_id == self.site_id:
            self.model.set_figures(figures)
            self.figures_loaded.emit()

    # --- opening --------------------------------------------------------------------------

    def _offer_save(self, *, can_cancel: bool) -> bool:
        """Unsaved changes: save them, drop them, or (when allowed) stay. False means stay."""
        name = self.editor.header.name_edit.text() or self.tr("the new recipe")
        choices = [
            ("save", self.tr("Save"), messages.ACCEPT),
            ("discard", self.tr("Discard changes"), messages.ACTION),
        ]
        if can_cancel:
            choices.append(("cancel", self.tr("Keep editing"), messages.REJECT))
        answer = messages.choose(
            self,
            self.tr("Unsaved changes"),
            fill(self.tr("Save the changes to “%1”?"), name),
            choices,
            default="save",
        )
        if answer == "save":
            return self.editor.save() is not None or not can_cancel
        return answer == "discard" or not can_cancel

    def may_leave(self) -> bool:
        """Before quitting or another canteen or database: offer to save; False means stay."""
        if not self.editor.dirty or self.editor.read_only:
            return True
        if not self._offer_save(can_cancel=True):
            return False
        if self.editor.dirty:  # discarded: nobody is asked about these changes again
            self.editor.clear()
            self._update_actions()
        return True

    def _on_library_recipe_selected(self, recipe_id: str) -> None:
        current = self.editor.detail.id if self.editor.detail else None
        if recipe_id == current or recipe_id == self._opening:
            return
        if (
            self.editor.dirty
            and not self.editor.read_only
            and not self._offer_save(can_cancel=True)
        ):
            if current:
                self.library.select_recipe(current)
            return
        self.open(recipe_id)

    def open(self, recipe_id: str) -> None:
        """Load a recipe into the editor (in the background)."""
        if self.context.database is None:
            return
        self._opening = recipe_id
        run_task(
            partial(load_recipe, self.context.database, self.site_id, recipe_id),
            on_result=self._on_recipe_loaded,
        )

    def _on_recipe_loaded(self, detail: RecipeDetail) -> None:
        if detail.id != self._opening:
            return
        self._opening = None
        self.editor.open_recipe(detail)
        self._update_actions()
        self.recipe_opened.emit(detail)

    def new_recipe(self) -> None:
        """Start an empty recipe of the canteen's own (Ctrl+N)."""
        if (
            self.editor.dirty
            and not self.editor.read_only
            and not self._offer_save(can_cancel=True)
        ):
            return
        self.library.table.clearSelection()
        self.editor.open_recipe(None)
        self.editor.header.name_edit.setFocus()
        self._update_actions()

    def _on_editor_saved(self, detail: RecipeDetail) -> None:
        self._update_actions()
        self.refresh()
        self.recipe_opened.emit(detail)

    # --- copy and delete ------------------------------------------------------------------

    def copy_current(self) -> None:
        """Copy the open recipe to the canteen (Ctrl+Shift+D)."""
        if self.editor.detail is not None:
            self.copy_recipe(self.editor.detail.id)

    def copy_recipe(self, recipe_id: str) -> None:
        """Make an editable copy at this canteen and open it."""
        from canteen.services.recipes import copy_to_site

        try:
            detail = copy_to_site(self.context.database, recipe_id, self.site_id)
        except CanteenError as error:
            messages.show_error(self, error)
            return
        self.editor.open_recipe(detail)
        self._update_actions()
        self.refresh()
        self.recipe_opened.emit(detail)

    def delete_current(self) -> None:
        """Delete the open recipe (asks first when it is still on planned menus)."""
        from canteen.services.recipes import delete_recipe

        detail = self.editor.detail
        if detail is None or not detail.editable:
            return
        try:
            delete_recipe(self.context.database, detail.id, self.site_id, today=self.today())
        except ValidationError as error:
            if error.data.get("reason") != "recipe_planned":
                messages.show_error(self, error)
                return
            days = ", ".join(
                day_text(date.fromisoformat(d), "year") for d in error.data.get("days", [])[:8]
            )
            answer = messages.choose(
                self,
                self.tr("Delete recipe"),
                fill(self.tr("“%1” is still planned on: %2."), detail.name, days),
                [
                    ("delete", self.tr("Delete anyway"), messages.ACCEPT),
                    ("keep", self.tr("Keep the recipe"), messages.REJECT),
                ],
                informative=self.tr(
                    "The planned dishes stay on the menu and are marked, so you can choose "
                    "another dish."
                ),
                default="keep",
            )
            if answer != "delete":
                return
            delete_recipe(
                self.context.database, detail.id, self.site_id, force=True, today=self.today()
            )
        except CanteenError as error:
            messages.show_error(self, error)
            return
        self.editor.clear()
        self._update_actions()
        self.refresh()
