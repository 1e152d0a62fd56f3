"""The "Forecast" tab: chart, the coming days with your own numbers, and the accuracy panel.

"Calculate forecast" runs the core's `forecast_site` in the background with progress and cancel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canteen.domain.weeks import IsoWeek
from canteen.errors import CanteenError
from ui import messages
from ui.models.forecast_table import ForecastTableModel
from ui.models.planner import service_text
from ui.text import ERROR_STYLE, day_text, fill
from ui.views.covers_area.accuracy import AccuracyPanel
from ui.views.covers_area.chart import ForecastChart
from ui.views.covers_area.overrides import OverrideEditor
from ui.wording.covers import effect_text, model_name, note_text, reason_text
from ui.workers import run_task

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.services.forecasting.history import DayNotForecast, RecordedDay
    from canteen.services.forecasting.site import ForecastOutcome
    from canteen.services.forecasting.stored import StoredForecast

HISTORY_WEEKS = 8
AHEAD_WEEKS = 8


@dataclass(frozen=True)
class ForecastData:
    """What the tab shows for one service: recorded covers lately, the stored forecast, and the
    days in the forecast's weeks that have no forecast (closed, or a day off)."""

    site_id: str
    service: str
    history: tuple[RecordedDay, ...]
    forecasts: tuple[StoredForecast, ...]
    not_forecast: tuple[DayNotForecast, ...] = ()


def load_forecast(database: Database, site_id: str, service: str, today: date) -> ForecastData:
    """The job behind the tab (worker thread)."""
    from canteen.services.forecasting.history import days_not_forecast, recent_covers
    from canteen.services.forecasting.stored import stored_forecasts

    first = IsoWeek.containing(today).shifted(-HISTORY_WEEKS).monday()
    history = recent_covers(database, site_id, service, first, today)
    ahead = stored_forecasts(
        database, site_id, today + timedelta(days=1), today + timedelta(weeks=AHEAD_WEEKS), service
    )
    missing: tuple[DayNotForecast, ...] = ()
    if ahead:
        shown = {row.day for row in ahead}
        missing = tuple(
            day
            for day in days_not_forecast(database, site_id, service, ahead[0].day, ahead[-1].day)
            if day.day not in shown
        )
    return ForecastData(site_id, service, history, tuple(ahead), missing)


def not_forecast_text(days: tuple[DayNotForecast, ...]) -> str:
    """Why days are missing from the forecast table, one line per day."""
    lines = []
    for found in days:
        when = day_text(found.day, "weekday")
        if found.kind == "closed":
            text = (
                QCoreApplication.translate("ForecastTab", "%1: closed (%2), no forecast.")
                if found.name
                else QCoreApplication.translate("ForecastTab", "%1: closed, no forecast.")
            )
        else:
            text = QCoreApplication.translate(
                "ForecastTab", "%1: %2, the canteen is usually closed, no forecast."
            )
        lines.append(fill(text, when, found.name))
    return "\n".join(lines)


def why_text(row: StoredForecast) -> str:
    """A forecast row's main effects, or the model when there are none."""
    if row.effects:
        return "; ".join(effect_text(e.kind, e.name, e.pct, e.details) for e in row.effects)
    return model_name(row.model) if row.model == "usual" else ""


class ForecastTab(QWidget):
    """`forecast_loaded` after the stored forecast is shown; `forecast_made(outcome)` after a
    calculation; `calculation_cancelled` when the user stopped one."""

    forecast_loaded = Signal()
    forecast_made = Signal(object)
    calculation_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.site_id = ""
        self.services: tuple[str, ...] = ()
        self.accuracy: dict[str, object] = {}
        self.history: tuple[tuple[date, int], ...] = ()  # recorded, wild values left out
        self.task = None
        self.today = date.today  # the clock; tests set a fixed day
        self._request = 0
        self.model = ForecastTableModel(self)
        self.model.set_wording(why_text, reason_text)
        self.editor = OverrideEditor(self)
        self.undo_stack = self.editor.undo_stack
        self._build()
        self.model.override_entered.connect(self._on_model_override_entered)
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.rejected.connect(self._on_editor_rejected)

    def _build(self) -> None:
        self.service_combo = QComboBox()
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, AHEAD_WEEKS)
        self.weeks_spin.setValue(4)
        self.weeks_spin.setSuffix(self.tr(" weeks"))
        self.calculate_button = QPushButton(self.tr("&Calculate forecast"))
        self.calculate_button.setDefault(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(240)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_button = QPushButton(self.tr("&Redo"))
        self.redo_button.setShortcut(QKeySequence("Ctrl+Y"))
        self.made_label = QLabel()
        self.made_label.setEnabled(False)
        top = QHBoxLayout()
        self.service_label = QLabel(self.tr("&Service:"))
        self.service_label.setBuddy(self.service_combo)
        for widget in (
            self.service_label,
            self.service_combo,
            self.weeks_spin,
            self.calculate_button,
            self.progress_bar,
            self.cancel_button,
        ):
            top.addWidget(widget)
        top.addWidget(self.made_label, 1)
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)
        self._set_running(False)

        self.chart = ForecastChart()
        self.table = QTableView()
        self.table.setModel(self.model)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(
            triggers.AnyKeyPressed | triggers.DoubleClicked | triggers.EditKeyPressed
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.accuracy_panel = AccuracyPanel()
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.not_forecast_label = QLabel()
        self.not_forecast_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.problem_label.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.accuracy_panel)
        side_layout.addWidget(self.not_forecast_label)
        side_layout.addWidget(self.notes_label)
        side_layout.addStretch(1)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.table)
        bottom.addWidget(side)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([320, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.problem_label)

        self.calculate_button.clicked.connect(self.calculate)
        self.cancel_button.clicked.connect(self.cancel)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.service_combo.currentIndexChanged.connect(self._on_service_combo_changed)

    def _set_running(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.calculate_button.setEnabled(not running and bool(self.site_id))

    # --- site and loading -----------------------------------------------------------------

    def set_site(self, database: Database | None, site_id: str, services: tuple[str, ...]) -> None:
        """Show the stored forecast of `site_id`."""
        if self.task is not None:
            self.task.cancel()
        if site_id != self.site_id:
            self.accuracy = {}
        self.database, self.site_id, self.services = database, site_id, services
        self.editor.set_site(database, site_id)
        self.service_combo.blockSignals(True)
        self.service_combo.clear()
        for service in services:
            self.service_combo.addItem(service_text(service), service)
        self.service_combo.setCurrentIndex(services.index("lunch") if "lunch" in services else 0)
        self.service_combo.blockSignals(False)
        several = len(services) > 1
        self.service_combo.setVisible(several)
        self.service_label.setVisible(several)
        self._set_running(False)
        self.reload()

    def service(self) -> str:
        """The service shown."""
        return self.service_combo.currentData() or "lunch"

    def reload(self) -> None:
        """Load the stored forecast and recent covers again."""
        self.problem_label.clear()
        if self.database is None or not self.site_id:
            self.model.set_rows([])
            self.chart.show_data([], [])
            self.not_forecast_label.clear()
            return
        self._request += 1
        job = partial(load_forecast, self.database, self.site_id, self.service(), self.today())
        run_task(job, on_result=partial(self._on_loaded, self._request))

    def _on_loaded(self, request: int, data: ForecastData) -> None:
        if request != self._request or data.site_id != self.site_id:
            return
        self.model.set_rows(data.forecasts)
        # A wild value the forecaster leaves out would otherwise scale the chart to thousands.
        self.history = tuple((d.day, d.covers) for d in data.history if not d.screened)
        self.chart.show_data(self.history, data.forecasts)
        self.not_forecast_label.setText(not_forecast_text(data.not_forecast))
        made = max((row.made_on for row in data.forecasts), default=None)
        self.made_label.setText(
            fill(self.tr("Calculated %1"), day_text(made))
            if made
            else self.tr("No forecast calculated yet.")
        )
        self.accuracy_panel.show_accuracy(self.accuracy.get(data.service))
        self.forecast_loaded.emit()

    def _on_service_combo_changed(self, _index: int) -> None:
        self.reload()

    # --- calculating ----------------------------------------------------------------------

    def calculate(self) -> None:
        """Forecast every service of the site in the background."""
        from canteen.services.forecasting.site import forecast_site

        if self.database is None or not self.site_id or self.task is not None:
            return
        self.progress_bar.setRange(0, 0)
        self._set_running(True)
        job = partial(
            forecast_site,
            self.database,
            self.site_id,
            self.weeks_spin.value(),
            today=self.today(),
        )
        self.task = run_task(
            job,
            reports_progress=True,
            on_result=partial(self._on_calculated, self.site_id),
            on_error=self._on_calculation_failed,
            on_progress=self._on_progress,
            on_cancelled=self._on_calculation_cancelled,
        )

    def cancel(self) -> None:
        """Stop the calculation."""
        if self.task is not None:
            self.task.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _on_calculated(self, site_id: str, outcome: ForecastOutcome) -> None:
        self.task = None
        self._set_running(False)
        if site_id != self.site_id:
            return
        self.accuracy = {a.service: a for a in outcome.accuracy}
        self.notes_label.setText(
            "\n".join(note_text(n.code, n.service, n.data) for n in outcome.notes)
        )
        self.reload()
        self.forecast_made.emit(outcome)

    def _on_calculation_failed(self, error: BaseException) -> None:
        self.task = None
        self._set_running(False)
        if isinstance(error, CanteenError):
            messages.show_error(self, error)
        else:
            from ui import errors

            errors.report(error)

    def _on_calculation_cancelled(self) -> None:
        self.task = None
        self._set_running(False)
        self.made_label.setText(self.tr("Calculation stopped: the forecast is unchanged."))
        self.calculation_cancelled.emit()

    # --- overrides ------------------------------------------------------------------------

    def _on_model_override_entered(self, day: date, service: str, text: str) -> None:
        row = self.model.row_of(day)
        old = self.model.rows()[row].override if row is not None else None
        self.editor.enter(day, service, text, old)

    def _on_editor_saved(self, day: date, service: str, covers: int | None) -> None:
        self.problem_label.clear()
        if service != self.service() or self.model.row_of(day) is None:
            self.reload()
            return
        self.model.set_override(day, covers)
        self.chart.show_data(self.history, self.model.rows())

    def _on_editor_rejected(self, day: date, service: str, text: str, reason: str) -> None:
        self.model.set_refused(day, text, reason)
        self.problem_label.setText(
            fill(
                self.tr("Your number for %1 was not saved: %2"),
                day_text(day),
                reason_text(reason, text),
            )
        )

    def override_index(self, day: date) -> QModelIndex:
        """The override cell of a day (for tests and keyboard focus)."""
        row = self.model.row_of(day)
        return self.model.index(row, 3) if row is not None else QModelIndex()
