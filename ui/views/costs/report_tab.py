"""The Økonomi page's report: filters, the drill-down table, two charts and the export buttons."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canteen.errors import CanteenError
from canteen.services.costs import ALL, DISTRICT, GROUPINGS, SITE, Selection, cost_report
from canteen.services.ledger.listing import ledger_lines
from canteen.services.sites import list_districts
from ui import workers
from ui.models.costs import SORT, CostTableModel, LedgerLinesModel
from ui.text import ERROR_STYLE, language
from ui.views.costs.charts import BudgetChart, CostPerCoverChart
from ui.views.costs.drill import Step, chart_points, lines, months_of, top_step
from ui.wording.costs import grouping_text, problem_text


def _month(day: QDate) -> str:
    return f"{day.year():04d}-{day.month():02d}"


class ReportTab(QWidget):
    """Runs `cost_report` off the GUI thread; double-click (or Enter) drills into a line."""

    report_shown = Signal(object)  # the CostReport
    table_changed = Signal()  # the table now shows another level
    exported = Signal(str)  # the path written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = None
        self.site_id = ""
        self.sites: tuple = ()
        self.today = date.today
        self.report = None
        self.steps: list[Step] = []
        self.task: workers.Task | None = None
        self.seconds = 0.0  # how long the last report took, asked to shown

        self.level_combo = QComboBox()
        self.level_combo.addItem(self.tr("All districts"), ALL)
        self.level_combo.addItem(self.tr("District"), DISTRICT)
        self.level_combo.addItem(self.tr("Site"), SITE)
        self.district_combo = QComboBox()
        self.site_combo = QComboBox()
        self.from_edit = self._month_edit()
        self.to_edit = self._month_edit()
        self.grouping_combo = QComboBox()
        for grouping in GROUPINGS:
            self.grouping_combo.addItem(grouping_text(grouping), grouping)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(140)
        self.progress_bar.setVisible(False)

        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("&Level"), self.level_combo),
            (None, self.district_combo),
            (None, self.site_combo),
            (self.tr("&From"), self.from_edit),
            (self.tr("&To"), self.to_edit),
            (self.tr("&By"), self.grouping_combo),
        ):
            if label is not None:
                caption = QLabel(label)
                caption.setBuddy(widget)
                filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.show_button)
        filters.addWidget(self.cancel_button)
        filters.addWidget(self.progress_bar)
        filters.addStretch(1)

        self.back_button = QPushButton(self.tr("◀ &Back"))
        self.back_button.setEnabled(False)
        self.where_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.pdf_button = QPushButton(self.tr("&PDF…"))
        self.xlsx_button = QPushButton(self.tr("E&xcel…"))
        self.csv_button = QPushButton(self.tr("&CSV…"))
        trail = QHBoxLayout()
        trail.addWidget(self.back_button)
        trail.addWidget(self.where_label, 1)
        for button in (self.pdf_button, self.xlsx_button, self.csv_button):
            button.setEnabled(False)
            trail.addWidget(button)

        self.model = CostTableModel(self)
        self.entries_model = LedgerLinesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cost_chart = CostPerCoverChart()
        self.budget_chart = BudgetChart()
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.cost_chart)
        charts.addWidget(self.budget_chart)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(charts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([420, 260])
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.error_label)
        layout.addLayout(trail)
        layout.addWidget(split, 1)

        self.level_combo.currentIndexChanged.connect(self._on_level_changed)
        self.show_button.clicked.connect(self.show_report)
        self.cancel_button.clicked.connect(self.cancel)
        self.back_button.clicked.connect(self.back)
        self.table.activated.connect(self._on_table_activated)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self._on_level_changed()

    def _month_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat("MM.yyyy" if language() == "da" else "yyyy-MM")
        edit.setCalendarPopup(True)
        return edit

    def set_site(self, database, site_id: str, sites: tuple) -> None:
        """Work on `database`; the filters start on the district of `site_id`, last six months."""
        self.database, self.site_id, self.sites = database, site_id, tuple(sites)
        self.district_combo.clear()
        self.site_combo.clear()
        self.model.set_rows([])
        self.report = None
        if database is None:
            return
        district_id = next((s.district_id for s in self.sites if s.id == site_id), None)
        for district in list_districts(database):
            self.district_combo.addItem(f"{district.code} {district.name}", district.code)
            if district.id == district_id:
                self.district_combo.setCurrentIndex(self.district_combo.count() - 1)
        for site in self.sites:
            self.site_combo.addItem(f"{site.code} {site.name}", site.id)
            if site.id == site_id:
                self.site_combo.setCurrentIndex(self.site_combo.count() - 1)
        today = self.today()
        last = QDate(today.year, today.month, 1)
        self.to_edit.setDate(last)
        self.from_edit.setDate(last.addMonths(-5))
        self.level_combo.setCurrentIndex(self.level_combo.findData(DISTRICT if site_id else ALL))
        self.show_report()

    def selection(self) -> Selection:
        """What the filters ask for."""
        level = self.level_combo.currentData()
        if level == DISTRICT:
            return Selection(DISTRICT, self.district_combo.currentData())
        if level == SITE:
            return Selection(SITE, self.site_combo.currentData())
        return Selection(ALL)

    @Slot()
    def show_report(self) -> None:
        """Run the report for the filters (off the GUI thread); the old task is cancelled."""
        if self.database is None:
            return
        if self.task is not None and not self.task.done:
            self.task.cancel()
        self.error_label.setVisible(False)
        database, selection = self.database, self.selection()
        first, last = _month(self.from_edit.date()), _month(self.to_edit.date())
        grouping = self.grouping_combo.currentData()
        started = time.perf_counter()

        def job(progress, should_cancel):
            return cost_report(
                database, selection, first, last, grouping,
                progress=progress, should_cancel=should_cancel,
            )  # fmt: skip

        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self.cancel_button.setEnabled(True)
        task = workers.run_task(
            job,
            reports_progress=True,
            on_progress=self._on_progress,
            on_error=self._on_error,
        )
        task.succeeded.connect(lambda report: self._on_report(task, report, started))
        task.finished.connect(lambda: self._on_finished(task))
        self.task = task

    @Slot()
    def cancel(self) -> None:
        """Stop the running report; the table keeps what it showed."""
        if self.task is not None and not self.task.done:
            self.task.cancel()
            self.where_label.setText(self.tr("Cancelled."))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(total)
        self.progress_bar.setValue(done)

    def _on_error(self, error: BaseException) -> None:
        if not isinstance(error, CanteenError):
            raise error
        self.show_problem(problem_text(error))

    def show_problem(self, text: str) -> None:
        """A sentence in red above the table (bad filters, a file that cannot be written)."""
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def _on_finished(self, task: workers.Task) -> None:
        if task is self.task:
            self.progress_bar.setVisible(False)
            self.cancel_button.setEnabled(False)

    def _on_report(self, task: workers.Task, report, started: float) -> None:
        if task is not self.task:
            return
        self.report = report
        self.steps = [top_step(report)]
        self._show_step()
        self.seconds = time.perf_counter() - started
        for button in (self.pdf_button, self.xlsx_button, self.csv_button):
            button.setEnabled(True)
        self.report_shown.emit(report)

    def _on_level_changed(self) -> None:
        level = self.level_combo.currentData()
        self.district_combo.setVisible(level == DISTRICT)
        self.site_combo.setVisible(level == SITE)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if self.report is None or self.table.model() is not self.proxy:
            return
        line = self.model.row_at(self.proxy.mapToSource(index).row())
        if line.total:
            return
        self.drill_into(line.kind, line.key, line.name)

    def drill_into(self, kind: str, key: str, name: str) -> None:
        """Open a district's sites, a site's periods or a period's entries."""
        self.steps.append(Step(kind, key, name))
        self._show_step()

    @Slot()
    def back(self) -> None:
        """One level up."""
        if len(self.steps) > 1:
            self.steps.pop()
            self._show_step()

    def _show_step(self) -> None:
        step = self.steps[-1]
        self.back_button.setEnabled(len(self.steps) > 1)
        self.where_label.setText(" › ".join(self._step_name(s) for s in self.steps))
        if step.kind == "period":
            site = self.steps[-2].key or ""
            months = months_of(self.report, step.key or "")
            self.entries_model.set_rows(ledger_lines(self.database, site, months))
            self.table.setModel(self.entries_model)
        else:
            total_name = self.tr("Total")
            self.model.set_rows(lines(self.report, step, total_name))
            self.proxy.sort(-1)
            self.table.setModel(self.proxy)
            points = chart_points(self.report, step)
            self.cost_chart.show_periods(points)
            self.budget_chart.show_periods(points)
        self.table_changed.emit()

    def _step_name(self, step: Step) -> str:
        if step.kind == ALL:
            return self.tr("All districts")
        return step.name or step.key or ""

    def export(self, kind: str) -> None:
        """Ask where to save the report as PDF, XLSX or CSV, and write it off the GUI thread."""
        if self.report is None:
            return
        report = self.report
        filters = {
            "pdf": self.tr("PDF (*.pdf)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("CSV (*.csv)"),
        }
        stem = self.tr("costs")  # outside the f-string: lupdate does not look inside one
        suggested = f"{stem}_{report.first}_{report.last}.{kind}"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the cost report"), suggested, filters[kind]
        )
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        dialect = "da" if language() == "da" else "en"

        def job():
            from canteen.reports.costs_csv import costs_csv
            from canteen.reports.costs_pdf import costs_pdf
            from canteen.reports.costs_xlsx import costs_xlsx

            if kind == "pdf":
                costs_pdf(report, path)
            elif kind == "xlsx":
                costs_xlsx(report, path)
            else:
                costs_csv(report, dialect, path)
            return path

        workers.run_task(job, on_result=self._on_exported, on_error=self._on_export_failed)

    def _on_exported(self, path: str) -> None:
        self.where_label.setText(self.tr("Saved %1").replace("%1", Path(path).name))
        self.exported.emit(path)

    def _on_export_failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            self.error_label.setText(
                self.tr("The file could not be written: %1").replace(
                    "%1", str(error.strerror or error)
                )
            )
            return
        raise error
