"""The "Suggestion" tab: what to order for an ISO week at a service level, and saving drafts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from canteen.domain.weeks import IsoWeek
from canteen.errors import CanteenError
from ui import messages
from ui.models.numbers import kroner
from ui.models.ordering import FlagsModel, SuggestionModel
from ui.text import ERROR_STYLE, fill
from ui.views.ordering.grid import list_view
from ui.views.sync.read_only import refuse_edit_here
from ui.wording.ordering import uses_text
from ui.workers import run_task

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.services.ordering import Suggestion

# Service levels offered: None plans for the forecast itself.
LEVELS = (None, 0.5, 0.8, 0.9, 0.95)


def make_suggestion(database: Database, site_id: str, week: IsoWeek, now: datetime, level):
    """The job behind the tab (worker thread)."""
    from canteen.services.ordering import suggest_order

    return suggest_order(database, site_id, week, now=now, service_level=level)


def save_drafts(database: Database, suggestion: Suggestion, today: date) -> list[str]:
    """Store the suggestion as draft orders (worker thread)."""
    from canteen.services.ordering import save_suggestion

    return save_suggestion(database, suggestion, today=today)


class SuggestionTab(QWidget):
    """`suggested(suggestion)` when one is shown; `drafts_saved(numbers)` after saving."""

    suggested = Signal(object)
    drafts_saved = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.site_id = ""
        self.today: Callable[[], date] = date.today
        self.suggestion: Suggestion | None = None
        self.lines = SuggestionModel(self)
        self.flags = FlagsModel(self)
        self._build()

    def _build(self) -> None:
        self.week_edit = QLineEdit()
        self.week_edit.setPlaceholderText("2026-W50")
        self.week_edit.setMaximumWidth(110)
        week_label = QLabel(self.tr("&Week:"))
        week_label.setBuddy(self.week_edit)
        self.level_combo = QComboBox()
        self.level_combo.addItem(self.tr("The forecast"), None)
        for level in LEVELS[1:]:
            self.level_combo.addItem(fill(self.tr("Upper %1 % bound"), round(level * 100)), level)
        self.level_combo.setCurrentIndex(LEVELS.index(0.8))
        level_label = QLabel(self.tr("&Plan for:"))
        level_label.setBuddy(self.level_combo)
        self.compute_button = QPushButton(self.tr("&Compute"))
        self.compute_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save as drafts"))
        self.save_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        top = QHBoxLayout()
        for widget in (week_label, self.week_edit, level_label, self.level_combo):
            top.addWidget(widget)
        top.addWidget(self.compute_button)
        top.addWidget(self.progress)
        top.addStretch(1)
        top.addWidget(self.save_button)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.total_label = QLabel()
        self.table = list_view()
        self.table.setModel(self.lines)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setMinimumWidth(420)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.flag_table = list_view()
        self.flag_table.setModel(self.flags)
        lower = QSplitter()
        lower.addWidget(self.explanation)
        lower.addWidget(self.flag_table)
        lower.setSizes([650, 650])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.total_label)
        self.compute_button.clicked.connect(self.compute)
        self.week_edit.returnPressed.connect(self.compute)
        self.save_button.clicked.connect(self.save)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)

    def set_site(self, database: Database | None, site_id: str) -> None:
        """Work on another site: the shown suggestion is dropped."""
        self.database, self.site_id = database, site_id
        if not self.week_edit.text():
            self.week_edit.setText(str(IsoWeek.containing(self.today()).shifted(1)))
        self._show(None)

    def compute(self) -> None:
        """Work out the suggestion for the typed week and level, off the GUI thread."""
        if self.database is None or not self.site_id:
            return
        try:
            week = IsoWeek.parse(self.week_edit.text().strip())
        except (CanteenError, ValueError):
            self.problem_label.setText(
                fill(self.tr("“%1” is not a week: type it as 2026-W50."), self.week_edit.text())
            )
            return
        self.problem_label.clear()
        self.compute_button.setEnabled(False)
        self.progress.show()
        now = datetime.combine(self.today(), datetime.min.time()).replace(hour=8)
        level = self.level_combo.currentData()
        database, site_id = self.database, self.site_id
        run_task(
            lambda: make_suggestion(database, site_id, week, now, level),
            on_result=self._on_suggested,
            on_error=self._on_failed,
        )

    def _on_suggested(self, suggestion: Suggestion) -> None:
        self._done()
        if suggestion.site_id == self.site_id:
            self._show(suggestion)
            self.suggested.emit(suggestion)

    def _on_failed(self, error: BaseException) -> None:
        self._done()
        if isinstance(error, CanteenError):
            messages.show_error(self, error)
        else:
            from ui import errors

            errors.report(error, self)

    def _done(self) -> None:
        self.compute_button.setEnabled(True)
        self.progress.hide()

    def _show(self, suggestion: Suggestion | None) -> None:
        self.suggestion = suggestion
        self.lines.set_rows(suggestion.lines if suggestion else [])
        self.flags.set_rows(suggestion.flags if suggestion else [])
        self.save_button.setEnabled(bool(suggestion and suggestion.orders))
        self.explanation.setText(self.tr("Choose a line to see which dishes need it."))
        self.total_label.setText(
            fill(
                self.tr("%1 orders, %2 excl. VAT"),
                len(suggestion.orders),
                kroner(suggestion.total_ore),
            )
            if suggestion
            else ""
        )
        if suggestion and self.lines.rowCount():
            self.table.resizeColumnsToContents()
            self.table.selectRow(0)

    def _on_table_current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.explanation.setText(uses_text(self.lines.row_at(current.row())))

    def save(self) -> None:
        """Store the shown suggestion as draft orders."""
        if refuse_edit_here(self):  # a district or central PC
            return
        if self.suggestion is None or self.database is None:
            return
        suggestion, database, today = self.suggestion, self.database, self.today()
        self.save_button.setEnabled(False)
        run_task(
            lambda: save_drafts(database, suggestion, today),
            on_result=self._on_saved,
            on_error=self._on_failed,
        )

    def _on_saved(self, numbers: list[str]) -> None:
        self.total_label.setText(fill(self.tr("Saved as drafts: %1"), ", ".join(numbers)))
        self.drafts_saved.emit(numbers)
