"""The week planner page: one ISO week of a site, days × menu lines, with totals and notices."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from canteen.domain.weeks import IsoWeek
from canteen.errors import CanteenError
from ui import messages
from ui.context import AppContext
from ui.models.planner import WeekPlanModel
from ui.models.planner_totals import Notice, NoticeModel, TotalsModel
from ui.models.recipes import RecipeListModel
from ui.text import fill
from ui.views.planner.actions import PlannerActions
from ui.views.planner.cell_panel import CellPanel
from ui.views.planner.dialogs import PlannerDialogs
from ui.views.planner.editing import PlanEditor
from ui.views.planner.grid import PlanGrid
from ui.views.planner.library_panel import LibraryPanel
from ui.views.planner.print_banner import PrintBanner, printed_text
from ui.wording.planner import change_text, input_error_text, warning_notice, week_heading
from ui.workers import run_task

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.services.menus import CellKey, PlanEdit, WeekView

TOTALS_TAB, NOTICES_TAB, CHANGES_TAB = range(3)


def load_planner_week(database: Database, site_id: str, week: IsoWeek):
    """The job behind the grid (worker thread): reads the week, writes nothing."""
    from canteen.services.menus import load_week

    return load_week(database, site_id, week)


def prepare_site(database: Database, site_id: str):
    """The step before a site's first week is shown (worker thread): a site without any menu
    lines gets the usual lunch lines, so the planner has rows to plan in."""
    from canteen.services.menus import ensure_default_lines

    return ensure_default_lines(database, site_id)


def load_library(database: Database, site_id: str):
    """The recipes the site can plan (worker thread)."""
    from canteen.services.recipes import list_recipes

    return list_recipes(database, site_id)


class PlannerView(QWidget):
    """Loads weeks in the background; every edit is undoable; `week_loaded` fires once shown."""

    week_loaded = Signal(object)
    library_loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.site_id = ""
        self.week = IsoWeek.containing(date.today())
        self.view: WeekView | None = None
        self._request = 0
        self._loaded_sites: set[str] = set()
        self._select_after_load: CellKey | None = None
        self.chooser = None

        self.recipes = RecipeListModel(self)
        self.plan = WeekPlanModel(self)
        self.totals = TotalsModel(self)
        self.notices = NoticeModel(self)
        self.changes = NoticeModel(self)
        self.editor = PlanEditor(self)
        self.undo_stack = self.editor.undo_stack

        self.dialogs = PlannerDialogs(self)
        self.actions_ = PlannerActions(self, self.dialogs)
        self._build()
        self._connect()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_.fill_toolbar(self.toolbar)
        self.week_label = QLabel()
        font = self.week_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.week_label.setFont(font)
        self.printed_label = QLabel()
        self.printed_label.setEnabled(False)
        heading = QHBoxLayout()
        heading.addWidget(self.week_label)
        heading.addStretch(1)
        heading.addWidget(self.printed_label)
        self.banner = PrintBanner()

        self.grid = PlanGrid()
        self.grid.setModel(self.plan)
        self.totals_table = self._table(self.totals)
        self.totals_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.notices_table = self._table(self.notices)
        self.changes_table = self._table(self.changes)
        for table in (self.notices_table, self.changes_table):
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.totals_table, self.tr("Totals"))
        self.tabs.addTab(self.notices_table, self.tr("Notices"))
        self.tabs.addTab(self.changes_table, self.tr("Changes since printing"))

        self.library = LibraryPanel(self.recipes)
        self.cell_panel = CellPanel()
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.library)
        side.addWidget(self.cell_panel)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)

        middle = QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(self.grid)
        middle.addWidget(self.tabs)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 1)
        middle.setSizes([520, 200])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([800, 215])

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.toolbar)
        layout.addLayout(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)

    def _table(self, model) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        return table

    def _connect(self) -> None:
        self.grid.choose_requested.connect(self._on_grid_choose_requested)
        self.grid.clear_requested.connect(self._on_grid_clear_requested)
        self.grid.add_requested.connect(self._on_grid_add_requested)
        self.grid.portions_requested.connect(self._on_grid_portions_requested)
        self.grid.cut_requested.connect(partial(self._on_grid_clipboard, "cut"))
        self.grid.copy_requested.connect(partial(self._on_grid_clipboard, "copy"))
        self.grid.paste_requested.connect(self._on_grid_paste_requested)
        self.grid.selectionModel().currentChanged.connect(self._on_grid_current_changed)
        self.plan.recipe_dropped.connect(self.editor.set_recipe)
        self.plan.cell_dropped.connect(self.editor.move)
        self.library.recipe_chosen.connect(self._on_library_recipe_chosen)
        self.cell_panel.portions_entered.connect(self.editor.set_portions)
        self.editor.edited.connect(self._on_editor_edited)
        self.editor.failed.connect(self._on_editor_failed)
        self.editor.applied.connect(self._on_editor_applied)
        self.banner.reprint_clicked.connect(self.dialogs.print_menu)
        self.banner.details_clicked.connect(partial(self.tabs.setCurrentIndex, CHANGES_TAB))
        self.notices_table.doubleClicked.connect(self._on_notice_activated)
        self.changes_table.doubleClicked.connect(self._on_change_activated)
        self._clipboard: tuple[str, CellKey, str] | None = None

    # --- site and week --------------------------------------------------------------------

    @Slot(str)
    def set_site(self, site_id: str) -> None:
        """Show the current week of `site_id` ('' when no site is chosen)."""
        self.site_id = site_id
        self.editor.set_site(self.context.database, site_id)
        self.cell_panel.set_source(self.context.database, site_id)
        self._clipboard = None
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.view is not None:
            # Back from the Recipes page: recipes may have been added, changed or deleted.
            self.refresh()

    def refresh(self) -> None:
        """Reload the library and the week (F5)."""
        if self.context.database is None or not self.site_id:
            self.recipes.set_rows([])
            self._show(None)
            return
        request = self._request
        run_task(
            partial(load_library, self.context.database, self.site_id),
            on_result=partial(self._on_library_loaded, self.site_id, request),
        )
        self.reload()

    def reload(self) -> None:
        """Load the shown week again (after an edit, or another week chosen)."""
        if self.context.database is None or not self.site_id:
            return
        self._request += 1
        if self.site_id not in self._loaded_sites:
            job = partial(prepare_site, self.context.database, self.site_id)
            run_task(job, on_result=partial(self._on_site_prepared, self._request, self.site_id))
            return
        self._load(self._request)

    def _load(self, request: int) -> None:
        job = partial(load_planner_week, self.context.database, self.site_id, self.week)
        run_task(job, on_result=partial(self._on_week_loaded, request))

    def _on_site_prepared(self, request: int, site_id: str, _lines) -> None:
        self._loaded_sites.add(site_id)
        if request == self._request and site_id == self.site_id:
            self._load(request)

    def go_to(self, week: IsoWeek) -> None:
        """Show another week."""
        self.week = week
        self.week_label.setText(week_heading(week))
        self.reload()

    def show_cell(self, key: CellKey) -> None:
        """Go to the week of `key` and select its cell once the week is shown."""
        self._select_after_load = key
        self.go_to(IsoWeek.containing(key.day))

    def _on_library_loaded(self, site_id: str, _request: int, rows) -> None:
        if site_id != self.site_id:
            return
        self.recipes.set_rows(rows)
        self.library_loaded.emit()

    def _on_week_loaded(self, request: int, view: WeekView) -> None:
        if request != self._request or view.site_id != self.site_id:
            return  # a newer request is on its way
        self._show(view)
        self.week_loaded.emit(view)

    def _show(self, view: WeekView | None) -> None:
        current = self.grid.currentIndex()
        position = (current.row(), current.column()) if current.isValid() else (0, 0)
        self.view = view
        self.plan.set_view(view)
        self.totals.set_view(view)
        self.week_label.setText(week_heading(view.week if view else self.week))
        self.banner.show_state(view.printed if view else None)
        self.printed_label.setText(printed_text(view.printed) if view else "")
        notices = [warning_notice(w) for w in view.warnings] if view else []
        self.notices.set_rows(notices)
        changes = view.printed.changes if view and view.printed else ()
        self.changes.set_rows(
            [Notice(change_text(c), c.key.day if c.key else None, c.key) for c in changes]
        )
        self.tabs.setTabText(NOTICES_TAB, fill(self.tr("Notices (%1)"), str(len(notices))))
        self.tabs.setTabText(
            CHANGES_TAB, fill(self.tr("Changes since printing (%1)"), str(len(changes)))
        )
        self.actions_.update_enabled(view is not None)
        if view is None:
            self.cell_panel.show_cell(None, None)
            return
        wanted = self._select_after_load
        self._select_after_load = None
        index = self.plan.index_of(wanted) if wanted is not None else QModelIndex()
        if not index.isValid() and self.plan.rowCount():
            index = self.plan.index(
                min(position[0], self.plan.rowCount() - 1),
                min(position[1], self.plan.columnCount() - 1),
            )
        if index.isValid():
            self.grid.setCurrentIndex(index)
        self._on_grid_current_changed(self.grid.currentIndex(), QModelIndex())

    # --- grid -----------------------------------------------------------------------------

    def _key(self, index: QModelIndex) -> CellKey | None:
        return self.plan.key(index.row(), index.column()) if index.isValid() and self.view else None

    def selected_day(self) -> date | None:
        """The day of the selected cell, if a cell is selected."""
        key = self._key(self.grid.currentIndex())
        return key.day if key else None

    def _on_grid_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = self._key(current)
        self.cell_panel.show_cell(
            key, self.plan.cell_at(current) if key else None, keep_typing=True
        )

    def _on_grid_choose_requested(self, index: QModelIndex, text: str) -> None:
        self.open_chooser(self._key(index), text)

    def _on_grid_add_requested(self, index: QModelIndex) -> None:
        key = self._key(index)
        if key is not None:
            self.open_chooser(self.plan.next_free_position(key), "")

    def open_chooser(self, key: CellKey | None, text: str) -> None:
        """Ask for a recipe for the cell at `key` (Enter, or typing, in the grid)."""
        from ui.dialogs.recipe_chooser import RecipeChooser

        if key is None:
            return
        chooser = RecipeChooser(self.recipes, text, parent=self)
        chooser.accepted.connect(partial(self._on_chooser_accepted, chooser, key))
        chooser.finished.connect(chooser.deleteLater)
        self.chooser = chooser
        chooser.open()

    def _on_chooser_accepted(self, chooser, key: CellKey) -> None:
        recipe_id = chooser.recipe_id()
        self.chooser = None
        if recipe_id:
            self.editor.set_recipe(key, recipe_id)
        self.grid.setFocus()

    def _on_grid_clear_requested(self, index: QModelIndex) -> None:
        key = self._key(index)
        if key is not None and self.plan.cell_at(index) is not None:
            self.editor.clear(key)

    def _on_grid_portions_requested(self, _index: QModelIndex) -> None:
        self.cell_panel.edit_portions()

    def _on_grid_clipboard(self, mode: str, index: QModelIndex) -> None:
        cell = self.plan.cell_at(index)
        if cell is not None:
            self._clipboard = (mode, cell.key, cell.recipe_id)
            text = self.tr("Cut: %1") if mode == "cut" else self.tr("Copied: %1")
            self.status_label.setText(fill(text, cell.recipe_name))

    def _on_grid_paste_requested(self, index: QModelIndex) -> None:
        key = self._key(index)
        if key is None or self._clipboard is None:
            return
        mode, source, recipe_id = self._clipboard
        if mode == "cut":
            self._clipboard = None
            self.editor.move(source, key)
        else:
            self.editor.set_recipe(key, recipe_id)

    def _on_library_recipe_chosen(self, recipe_id: str) -> None:
        key = self._key(self.grid.currentIndex())
        if key is not None:
            self.editor.set_recipe(key, recipe_id)

    def _on_notice_activated(self, index: QModelIndex) -> None:
        self._select(self.notices.row_at(index.row()).key)

    def _on_change_activated(self, index: QModelIndex) -> None:
        self._select(self.changes.row_at(index.row()).key)

    def _select(self, key: CellKey | None) -> None:
        if key is None:
            return
        found = self.plan.index_of(key)
        if found.isValid():
            self.grid.setCurrentIndex(found)
            self.grid.setFocus()

    # --- edits ----------------------------------------------------------------------------

    def _on_editor_edited(self, key: CellKey | None, edit: PlanEdit) -> None:
        self._select_after_load = key
        sources = {
            "usual": self.tr("Portions from the canteen's usual covers."),
            "closed": self.tr("The canteen is closed that day: no portions."),
            "none": self.tr("No forecast or usual covers for this meal: type the portions."),
            "forecast": self.tr("Portions from the forecast."),
            "override": self.tr("Portions from the covers you entered."),
        }
        self.status_label.setText(sources.get(edit.portions_source or "", ""))
        if edit.skipped:
            from ui.wording.planner import skipped_summary

            summary = skipped_summary(edit.skipped)
            if summary:
                self.status_label.setText(summary.replace("\n", " · "))
        self.reload()

    def _on_editor_failed(self, error: CanteenError, key: CellKey | None) -> None:
        if error.data.get("field") == "planned_portions":
            self.cell_panel.show_error(input_error_text(error))
            return
        if error.code == "invalid_input":
            messages.warn(self, self.tr("The change was not made"), input_error_text(error))
        else:
            messages.show_error(self, error)
        self.reload()

    def _on_editor_applied(self, keys: list) -> None:
        if keys:
            self._select_after_load = keys[0]
            week = IsoWeek.containing(keys[0].day)
            if week != self.week:
                self.go_to(week)
                return
        self.reload()

    # --- moving around (called by PlannerActions) ------------------------------------------

    def previous_week(self) -> None:
        """Alt+Left."""
        self.go_to(self.week.shifted(-1))

    def next_week(self) -> None:
        """Alt+Right."""
        self.go_to(self.week.shifted(1))

    def this_week(self) -> None:
        """Alt+Home."""
        self.go_to(IsoWeek.containing(date.today()))

    def focus_library(self) -> None:
        """Ctrl+L."""
        self.library.focus_search()
