"""The "Stock count" tab: a storage area's count sheet to type into, with undo, then saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from canteen.errors import CanteenError
from ui.models.numbers import kroner
from ui.models.ordering_forms import CountModel
from ui.text import ERROR_STYLE, day_text, fill
from ui.views.ordering.grid import TypingGrid
from ui.views.sync.read_only import refuse_edit_here
from ui.wording.ordering import entry_problem_text
from ui.workers import run_task

if TYPE_CHECKING:
    from canteen.db.engine import Database

AREAS = ("cold", "produce", "bread", "dry")


def load_sheet(database: Database, site_id: str, area: str, day: date):
    """The area's count sheet (worker thread)."""
    from canteen.services.stock_sheet import count_sheet

    return count_sheet(database, site_id, area, day)


def store_counts(database: Database, site_id: str, day: date, counted: dict):
    """Save typed counts (worker thread)."""
    from canteen.services.stock_sheet import save_counts

    return save_counts(database, site_id, day, counted)


class StockTab(QWidget):
    """`sheet_loaded` when an area's sheet is shown; `counts_saved(result)` after saving."""

    sheet_loaded = Signal()
    counts_saved = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.site_id = ""
        self.today: Callable[[], date] = date.today
        self._request = 0
        self.model = CountModel(self)
        self.undo_stack = self.model.undo_stack
        self.area_combo = QComboBox()
        names = {
            "cold": self.tr("Cold store"),
            "produce": self.tr("Fruit and vegetables"),
            "bread": self.tr("Bread"),
            "dry": self.tr("Dry store"),
        }
        for area in AREAS:
            self.area_combo.addItem(names[area], area)
        area_label = QLabel(self.tr("&Storage area:"))
        area_label.setBuddy(self.area_combo)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.save_button = QPushButton(self.tr("Save &count"))
        self.print_button = QPushButton(self.tr("&Print count sheet…"))
        self.print_dialog = None
        self.day_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(area_label)
        top.addWidget(self.area_combo)
        top.addWidget(self.day_label)
        top.addStretch(1)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            top.addWidget(button)
        top.addWidget(self.save_button)
        top.addWidget(self.print_button)
        self.grid = TypingGrid()
        self.grid.setModel(self.model)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.total_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.total_label)
        self.area_combo.currentIndexChanged.connect(self.reload)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_sheet)

    def set_site(self, database: Database | None, site_id: str) -> None:
        """Count another site's stock."""
        self.database, self.site_id = database, site_id
        self.reload()

    def reload(self) -> None:
        """Read the chosen area's sheet again (typed, unsaved counts are dropped)."""
        self.model.set_rows([])
        self.problem_label.clear()
        if self.database is None or not self.site_id:
            return
        day = self.today()
        self.day_label.setText(fill(self.tr("Counted on %1"), day_text(day, "weekday")))
        database, site_id, area = self.database, self.site_id, self.area_combo.currentData()
        self._request += 1
        request = self._request
        run_task(
            lambda: (request, load_sheet(database, site_id, area, day)),
            on_result=self._on_loaded,
        )

    def _on_loaded(self, result) -> None:
        request, rows = result
        if request != self._request:
            return  # a newer sheet is on its way
        self.model.set_rows(rows)
        value = sum(r.expected_value_ore or 0 for r in rows)
        self.total_label.setText(fill(self.tr("Expected stock value: %1"), kroner(value)))
        self.grid.resizeColumnsToContents()
        if rows:
            self.grid.setCurrentIndex(self.model.index(0, CountModel.COUNTED))
        self.sheet_loaded.emit()

    def print_sheet(self) -> None:
        """Open the print dialog of the chosen area's count sheet (built in the background)."""
        from ui.dialogs.print_count_sheet import CountSheetDialog

        if self.database is None or not self.site_id:
            return
        dialog = CountSheetDialog(
            self.database,
            self.site_id,
            self.area_combo.currentData(),
            self.area_combo.currentText(),
            self.today(),
            self,
        )
        dialog.finished.connect(dialog.deleteLater)
        self.print_dialog = dialog
        dialog.open()

    def counted(self) -> dict[str, str]:
        """The typed counts by ingredient id (blank ones left out)."""
        return {
            row.ingredient_id: text
            for n, row in enumerate(self.model.rows())
            if (text := self.model.text(n, CountModel.COUNTED))
        }

    def save(self) -> None:
        """Store the typed counts; one refused entry stores nothing and stays red."""
        if refuse_edit_here(self):  # a district or central PC
            return
        if self.database is None or not self.site_id:
            return
        self.grid.setFocus()
        database, site_id, day, counted = self.database, self.site_id, self.today(), self.counted()
        run_task(
            lambda: store_counts(database, site_id, day, counted),
            on_result=self._on_saved,
            on_error=self._on_refused,
        )

    def _on_saved(self, result) -> None:
        self.problem_label.clear()
        self.total_label.setText(fill(self.tr("%1 counts saved."), len(result.written)))
        self.counts_saved.emit(result)

    def _on_refused(self, error: BaseException) -> None:
        if not isinstance(error, CanteenError):
            from ui import errors

            errors.report(error, self)
            return
        text = entry_problem_text(error)
        wanted = error.data.get("ingredient_id")
        for n, row in enumerate(self.model.rows()):
            if row.ingredient_id == wanted:
                self.model.refuse(n, CountModel.COUNTED, text)
                self.grid.setCurrentIndex(self.model.index(n, CountModel.COUNTED))
                text = f"{row.name}: {text}"
        self.problem_label.setText(text)
