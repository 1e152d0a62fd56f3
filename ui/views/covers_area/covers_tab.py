"""The "Covers" tab: a week of covers per day and service, typed like a spreadsheet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QToolBar, QVBoxLayout, QWidget

from canteen.domain.weeks import IsoWeek
from canteen.services.covers import IMPLAUSIBLE
from ui import messages
from ui.models.covers_grid import CoversGridModel
from ui.models.numbers import whole
from ui.models.planner import service_text
from ui.text import ERROR_STYLE, fill
from ui.views.covers_area.entries import CoversEditor
from ui.views.covers_area.grid import CoversGrid
from ui.views.covers_area.import_undo import ImportCommand
from ui.views.sync.read_only import refuse_edit_here
from ui.wording.covers import event_kind_text, questioned_text, reason_text
from ui.wording.planner import week_heading
from ui.workers import run_task

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.services.covers import UsualRange, WeekGrid
    from canteen.services.covers_import import ImportReport


def load_week_grid(database: Database, site_id: str, week: IsoWeek) -> WeekGrid:
    """The job behind the grid (worker thread)."""
    from canteen.services.covers import week_grid

    return week_grid(database, site_id, week)


class CoversTab(QWidget):
    """Each typed cell is saved at once (undoable); a refused one stays red with the reason.

    `week_loaded(grid)` fires when a week is shown; `import_requested` when "Import…" is chosen;
    `confirmation_asked(day, service)` after the user answered whether a figure far outside the
    canteen's usual range is right.
    """

    week_loaded = Signal(object)
    import_requested = Signal()
    confirmation_asked = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.site_id = ""
        # The clock that says which days have come (tests fix it with `set_clock`).
        self.today: Callable[[], date] = date.today
        self.week = IsoWeek.containing(self.today())
        self._request = 0
        self._wanted: tuple[date, str] | None = None  # a cell to select once its week is shown
        self.model = CoversGridModel(self)
        self.model.set_wording(reason_text, event_kind_text)
        self.editor = CoversEditor(self)
        self.undo_stack = self.editor.undo_stack
        self._build()
        self.model.entered.connect(self._on_model_entered)
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.rejected.connect(self._on_editor_rejected)
        self.editor.questioned.connect(self._on_editor_questioned)
        self.grid.clear_requested.connect(self._on_grid_clear_requested)
        self.grid.selectionModel().currentChanged.connect(self._on_grid_current_changed)

    def _build(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.previous_action = self._action(
            self.tr("◀ &Previous week"), self.previous_week, "Alt+Left"
        )
        self.today_action = self._action(self.tr("&This week"), self.this_week, "Alt+Home")
        self.next_action = self._action(self.tr("&Next week ▶"), self.next_week, "Alt+Right")
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.import_action = self._action(
            self.tr("&Import from till…"), self.import_requested.emit, "Ctrl+I"
        )
        for action in (self.previous_action, self.today_action, self.next_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_action)

        self.week_label = QLabel()
        font = self.week_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.week_label.setFont(font)
        self.grid = CoversGrid()
        self.grid.setModel(self.model)
        self.hint_label = QLabel(
            self.tr(
                "Type the covers served. Enter moves down, Tab to the next column, Delete empties "
                "a day; each number is saved at once. Alt+Left and Alt+Right change week."
            )
        )
        self.hint_label.setWordWrap(True)
        self.hint_label.setEnabled(False)
        self.totals_label = QLabel()
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.problem_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.week_label)
        layout.addWidget(self.grid)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addWidget(self.hint_label)

    def _action(self, text: str, slot, key: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '')} ({native})")
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- site and week --------------------------------------------------------------------

    def set_clock(self, today: Callable[[], date]) -> None:
        """Use `today()` for which days have come and which week is "this week"."""
        self.today = today
        self.editor.today = today
        self.week = IsoWeek.containing(today())

    def set_site(self, database: Database | None, site_id: str) -> None:
        """Show the current week of `site_id` ('' when none)."""
        if site_id != self.site_id:
            self.model.forget_rejected()
        self.database, self.site_id = database, site_id
        self.editor.set_site(database, site_id)
        self.reload()

    def reload(self) -> None:
        """Load the shown week again (F5, another week, an event changed)."""
        self.week_label.setText(week_heading(self.week))
        if self.database is None or not self.site_id:
            self.model.set_grid(None)
            return
        self._request += 1
        run_task(
            partial(load_week_grid, self.database, self.site_id, self.week),
            on_result=partial(self._on_week_loaded, self._request),
        )

    def go_to(self, week: IsoWeek) -> None:
        """Show another week (what is being typed is saved first)."""
        self.grid.commit_editing()
        self.week = week
        self.reload()

    def show_cell(self, day: date, service: str) -> None:
        """Go to the week of `day` and select its `service` cell (once the week is loaded)."""
        self._wanted = (day, service)
        self.go_to(IsoWeek.containing(day))

    def previous_week(self) -> None:
        """Alt+Left."""
        self.go_to(self.week.shifted(-1))

    def next_week(self) -> None:
        """Alt+Right."""
        self.go_to(self.week.shifted(1))

    def this_week(self) -> None:
        """Alt+Home."""
        self.go_to(IsoWeek.containing(self.today()))

    def _on_week_loaded(self, request: int, grid: WeekGrid) -> None:
        if request != self._request or grid.site_id != self.site_id:
            return
        current = self.grid.currentIndex()
        position = (current.row(), current.column()) if current.isValid() else None
        today = self.today()
        self.model.set_grid(grid, today)
        if position is None:
            this_week = grid.week == IsoWeek.containing(today)
            position = (today.weekday() if this_week else 0, 0)
        index = self.model.index(min(position[0], self.model.rowCount() - 1), position[1])
        if self._wanted is not None and IsoWeek.containing(self._wanted[0]) == grid.week:
            found = self.model.index_of(*self._wanted)
            self._wanted = None
            if found.isValid():
                index = found
                self.grid.setFocus()  # "Ret…" brought the user here to type the fix
        if index.isValid():
            self.grid.setCurrentIndex(index)
        self._show_problem(self.grid.currentIndex())
        self.week_loaded.emit(grid)

    # --- entries --------------------------------------------------------------------------

    def _on_model_entered(self, day: date, service: str, text: str) -> None:
        if refuse_edit_here(self):  # a district or central PC
            return
        self.editor.enter(day, service, text, self.model.covers(day, service))

    def _on_grid_clear_requested(self, index: QModelIndex) -> None:
        key = self.model.key(index)
        if refuse_edit_here(self):  # a district or central PC
            return
        if key is not None and (self.model.covers(*key) is not None or self.model.rejected(index)):
            self.editor.enter(key[0], key[1], "", self.model.covers(*key))

    def _on_editor_saved(self, day: date, service: str, covers: int | None) -> None:
        if IsoWeek.containing(day) != self.week:
            self.week = IsoWeek.containing(day)
            self.reload()
            return
        self.model.set_saved(day, service, covers)
        self._show_problem(self.grid.currentIndex())

    def _on_editor_rejected(self, day: date, service: str, text: str, reason: str) -> None:
        self.model.set_rejected(day, service, text, reason)
        index = self.model.index_of(day, service)
        self.problem_label.setText(self._problem_text(index))
        self._show_totals()

    def _on_editor_questioned(
        self, day: date, service: str, text: str, usual: UsualRange | None
    ) -> None:
        # Asked once the cell's editor has closed: a modal box inside the commit would
        # run the event loop under the view's feet.
        QTimer.singleShot(0, partial(self._confirm, day, service, text, usual))

    def _confirm(self, day: date, service: str, text: str, usual: UsualRange | None) -> None:
        title, question = questioned_text(day, service, text, usual)
        choices = [
            ("save", fill(self.tr("&Save %1"), text), messages.ACCEPT),
            ("correct", self.tr("&Correct it"), messages.REJECT),
        ]
        answer = messages.choose(self, title, question, choices, default="correct")
        if answer == "save":
            self.editor.enter(day, service, text, self.model.covers(day, service), confirmed=True)
        else:
            self._on_editor_rejected(day, service, text, IMPLAUSIBLE)
        self.confirmation_asked.emit(day, service)

    def record_import(self, report: ImportReport) -> None:
        """An import was saved: make it one undo step and show the week again."""
        if report.changes and self.database is not None:
            command = ImportCommand(self.database, self.site_id, report, self.reload)
            self.undo_stack.push(command)
        self.reload()

    def _on_grid_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_problem(current)

    def _show_problem(self, index: QModelIndex) -> None:
        text = self._problem_text(index)
        count = self.model.rejected_count()
        if not text and count:
            text = self.tr("Numbers in red were not saved (%1): the reason shows on the cell.")
            text = fill(text, str(count))
        self.problem_label.setText(text)
        self._show_totals()

    def _show_totals(self) -> None:
        if self.model.grid is None:
            self.totals_label.clear()
            return
        parts = [
            f"{service_text(service)} {whole(total)}"
            for service, total in self.model.totals().items()
        ]
        self.totals_label.setText(fill(self.tr("Week total: %1"), " · ".join(parts)))

    def _problem_text(self, index: QModelIndex) -> str:
        refused = self.model.rejected(index)
        if refused is None:
            return ""
        key = self.model.key(index)
        where = (
            f"{self.model.headerData(index.row(), Qt.Orientation.Vertical)}, "
            f"{self.model.headerData(index.column(), Qt.Orientation.Horizontal).lower()}"
        )
        reason = reason_text(refused[1], refused[0] if key else "")
        return fill(self.tr("%1: not saved. %2"), where, reason)

    @Slot()
    def focus_grid(self) -> None:
        """Put the keyboard in the grid."""
        self.grid.setFocus()
