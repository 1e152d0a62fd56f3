"""Import covers from a till export: choose the file, map its columns with a preview, then
see what was imported and every row left out, with the reason.

The mapping used is remembered and offered again when the next file has the same columns.
Reading the file and working out what it would change run in the background.
"""

from __future__ import annotations

import json
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canteen.errors import CanteenError
from canteen.services import covers_import
from canteen.services.covers_import import ColumnMapping, Table
from ui import settings
from ui.models.import_rows import ImportLine, ImportRowsModel
from ui.models.numbers import whole
from ui.models.planner import service_text
from ui.text import ERROR_STYLE, day_text, fill
from ui.wording.covers import file_error_text, questioned_text, reason_text
from ui.workers import run_task

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.services.covers_import import ImportPlan, ImportReport, ParseResult

FILE_PAGE, MAPPING_PAGE, RESULT_PAGE = range(3)
SERVICES = ("breakfast", "lunch", "dinner")
NEW_ROWS_SHOWN = 20


def read_job(path: str):
    """The job behind the first step (worker thread): the file as a table."""
    return covers_import.read_table(path)


def plan_job(database: Database, site_id: str, table: Table, mapping: ColumnMapping, today: date):
    """The job behind the preview (worker thread): what the import would change, and the first
    rows as read."""
    plan = covers_import.plan_import(database, site_id, table, mapping, today=today)
    return plan, covers_import.preview(table, mapping, rows=NEW_ROWS_SHOWN, today=today)


def _report_bug(error: BaseException) -> None:
    """Not a problem with the file but a fault in the program: the crash dialog shows it."""
    from ui import errors

    errors.report(error)


def remembered_mapping(headers: tuple[str, ...]) -> ColumnMapping | None:
    """The mapping used last time, when this file has the columns it names."""
    try:
        mapping = ColumnMapping.from_dict(json.loads(settings.get(settings.COVERS_IMPORT_MAPPING)))
    except (ValueError, TypeError):
        return None
    named = [mapping.date, mapping.covers, mapping.service, mapping.site]
    return mapping if all(name in headers for name in named if name) else None


class CoversImportDialog(QDialog):
    """Three steps on one dialog; `preview_updated` after the preview changes, `imported(report)`
    once the rows are in the database."""

    preview_updated = Signal()
    imported = Signal(object)
    file_read_failed = Signal()

    def __init__(
        self,
        database: Database,
        site_id: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.site_id = database, site_id
        self.today = today or date.today()
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self.task = None
        self.reading = False
        self._plan_request = 0
        self.setWindowTitle(self.tr("Import covers from the till"))
        self.preview_model = ImportRowsModel(self)
        self.rejected_model = ImportRowsModel(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._result_page())
        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.resize(760, 560)
        self._show_page(FILE_PAGE)

    # --- pages ----------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("A CSV or Excel file exported from the till"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.file_error_label = QLabel()
        self.file_error_label.setStyleSheet(ERROR_STYLE)
        self.file_error_label.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "The file needs a column with the date (25-11-2026, 25.11.2026 or 2026-11-25) "
                "and one with the number of covers; a column with the service is optional. "
                "The next step shows how the rows are read before anything is saved."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(page)
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.path_edit)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.file_error_label)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.path_edit.textEdited.connect(self.file_error_label.clear)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.date_combo = QComboBox()
        self.covers_combo = QComboBox()
        self.service_combo = QComboBox()
        self.default_service_combo = QComboBox()
        for service in SERVICES:
            self.default_service_combo.addItem(service_text(service), service)
        self.site_combo = QComboBox()
        form = QFormLayout()
        form.addRow(self.tr("&Date column:"), self.date_combo)
        form.addRow(self.tr("&Covers column:"), self.covers_combo)
        form.addRow(self.tr("&Service column:"), self.service_combo)
        form.addRow(self.tr("Service when not &given:"), self.default_service_combo)
        form.addRow(self.tr("Can&teen column:"), self.site_combo)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.replace_manual_check = QCheckBox(self.tr("&Replace numbers typed by hand"))
        self.replace_manual_check.setToolTip(
            self.tr("Left off, a number someone typed in the covers grid is kept.")
        )
        self.include_questioned_check = QCheckBox(
            self.tr("Import the &questionable figures too (as confirmed)")
        )
        self.replace_manual_check.hide()
        self.include_questioned_check.hide()
        self.preview_table = self._table(self.preview_model)
        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.replace_manual_check)
        layout.addWidget(self.include_questioned_check)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.progress_bar)
        for combo in (
            self.date_combo,
            self.covers_combo,
            self.service_combo,
            self.default_service_combo,
            self.site_combo,
        ):
            combo.currentIndexChanged.connect(self._on_mapping_changed)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.rejected_table = self._table(self.rejected_model)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_label)
        layout.addWidget(self.rejected_table, 1)
        return page

    def _table(self, model) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == MAPPING_PAGE)
        self.cancel_button.setVisible(page != RESULT_PAGE)
        texts = {
            FILE_PAGE: self.tr("&Next >"),
            MAPPING_PAGE: self.tr("&Import"),
            RESULT_PAGE: self.tr("&Close"),
        }
        self.next_button.setText(texts[page])

    # --- step 1: the file -----------------------------------------------------------------

    def set_file(self, path: str | Path) -> None:
        """Put a file name in the file field."""
        self.path_edit.setText(str(path))
        self.file_error_label.clear()

    def _on_browse_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the till's export"),
            settings.get(settings.COVERS_IMPORT_FOLDER),
            self.tr("Tables (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            settings.put(settings.COVERS_IMPORT_FOLDER, str(Path(path).parent))
            self.set_file(path)

    def _read_file(self) -> None:
        path = self.path_edit.text().strip()
        self.file_error_label.clear()
        self.next_button.setEnabled(False)
        self.reading = True
        run_task(
            partial(read_job, path), on_result=self._on_file_read, on_error=self._on_file_failed
        )

    def _on_file_read(self, table: Table) -> None:
        self.reading = False
        self.next_button.setEnabled(True)
        self.table = table
        self._fill_combos(table.headers)
        self._show_page(MAPPING_PAGE)
        self._on_mapping_changed()

    def _on_file_failed(self, error: BaseException) -> None:
        self.reading = False
        self.next_button.setEnabled(True)
        if not isinstance(error, CanteenError):
            _report_bug(error)
            return
        self.file_error_label.setText(file_error_text(error))
        self.file_read_failed.emit()

    # --- step 2: mapping and preview ------------------------------------------------------

    def _fill_combos(self, headers: tuple[str, ...]) -> None:
        mapping = (
            remembered_mapping(headers)
            or covers_import.guess_mapping(headers)
            or ColumnMapping(headers[0], headers[1])
        )
        none = self.tr("— not in the file —")
        combos = (
            (self.date_combo, mapping.date, False),
            (self.covers_combo, mapping.covers, False),
            (self.service_combo, mapping.service, True),
            (self.site_combo, mapping.site, True),
        )
        for combo, chosen, optional in combos:
            combo.blockSignals(True)
            combo.clear()
            if optional:
                combo.addItem(none, None)
            for header in headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
        found = self.default_service_combo.findData(mapping.default_service)
        self.default_service_combo.blockSignals(True)
        self.default_service_combo.setCurrentIndex(max(found, 0))
        self.default_service_combo.blockSignals(False)

    def mapping(self) -> ColumnMapping:
        """The mapping as chosen."""
        return ColumnMapping(
            date=self.date_combo.currentData(),
            covers=self.covers_combo.currentData(),
            service=self.service_combo.currentData(),
            site=self.site_combo.currentData(),
            default_service=self.default_service_combo.currentData(),
        )

    def _on_mapping_changed(self, _index: int = 0) -> None:
        if self.table is None:
            return
        mapping = self.mapping()
        self.default_service_combo.setEnabled(mapping.service is None)
        self._plan_request += 1
        self.plan = None
        self.next_button.setEnabled(False)
        if mapping.date == mapping.covers:
            self.summary_label.setStyleSheet(ERROR_STYLE)
            self.summary_label.setText(
                self.tr("The date and the covers must be different columns.")
            )
            self.preview_model.set_rows([])
            self.preview_updated.emit()
            return
        self.summary_label.setStyleSheet("")
        self.summary_label.setText(self.tr("Reading the file…"))
        job = partial(plan_job, self.database, self.site_id, self.table, mapping, self.today)
        request = self._plan_request
        run_task(
            job,
            on_result=partial(self._on_planned, request),
            on_error=partial(self._on_plan_failed, request),
        )

    def _on_plan_failed(self, request: int, error: BaseException) -> None:
        if request != self._plan_request:
            return
        if not isinstance(error, CanteenError):
            _report_bug(error)
            return
        self.summary_label.setStyleSheet(ERROR_STYLE)
        self.summary_label.setText(file_error_text(error))
        self.preview_model.set_rows([])
        self.preview_updated.emit()

    def _on_planned(self, request: int, result) -> None:
        if request != self._plan_request:
            return
        plan, first = result
        self.plan = plan
        self.preview_model.set_rows(self._lines(plan, first))
        self.summary_label.setStyleSheet(ERROR_STYLE if not plan.importable else "")
        self.summary_label.setText(self._summary(plan))
        self.replace_manual_check.setVisible(bool(plan.manual))
        self.include_questioned_check.setVisible(bool(plan.questioned))
        self.next_button.setEnabled(plan.importable > 0)
        self.preview_updated.emit()

    def _summary(self, plan: ImportPlan) -> str:
        text = self.tr(
            "%1 new days; %2 change a recorded number (%3 of them typed by hand); "
            "%4 already recorded; %5 questionable; %6 will be left out (in red, with the reason)."
        )
        return fill(
            text,
            whole(len(plan.new)),
            whole(len(plan.changed)),
            whole(len(plan.manual)),
            whole(plan.unchanged),
            whole(len(plan.questioned)),
            whole(len(plan.rejected)),
        )

    def _raw(self, line: int, column: str | None) -> str:
        if self.table is None or not column:
            return ""
        try:
            cells = self.table.rows[self.table.line_numbers.index(line)]
        except ValueError:
            return ""
        index = self.table.headers.index(column)
        value = cells[index] if index < len(cells) else None
        return "" if value is None else str(value)

    def _day(self, day: date) -> str:
        return day_text(day)

    def _lines(self, plan: ImportPlan, first: ParseResult) -> list[ImportLine]:
        """Every change, questionable row and rejected row, and the first new rows."""
        mapping = self.mapping()
        lines: dict[int, ImportLine] = {}
        new = self.tr("New")
        for row in first.rows:
            lines[row.line] = ImportLine(
                row.line, self._day(row.day), service_text(row.service), whole(row.covers), "", new
            )
        for change in plan.changed:
            note = self.tr("Typed by hand: %1 → %2") if change.manual else self.tr("%1 → %2")
            lines[change.line] = ImportLine(
                change.line,
                self._day(change.day),
                service_text(change.service),
                whole(change.new),
                "",
                fill(note, whole(change.old), whole(change.new)),
            )
        for row in plan.questioned:
            _title, question = questioned_text(row.day, row.service, whole(row.covers), row.usual)
            lines[row.line] = ImportLine(
                row.line,
                self._day(row.day),
                service_text(row.service),
                whole(row.covers),
                fill(self.tr("Questionable: %1"), question),
            )
        for rejection in plan.rejected:
            lines[rejection.line] = self._rejected_line(rejection, mapping)
        return [lines[line] for line in sorted(lines)]

    def _rejected_line(self, rejection, mapping: ColumnMapping) -> ImportLine:
        return ImportLine(
            rejection.line,
            self._raw(rejection.line, mapping.date),
            self._raw(rejection.line, mapping.service),
            self._raw(rejection.line, mapping.covers),
            reason_text(rejection.reason, rejection.value),
        )

    # --- step 3: importing and the report -------------------------------------------------

    def _start_import(self) -> None:
        mapping = self.mapping()
        settings.put(settings.COVERS_IMPORT_MAPPING, json.dumps(mapping.to_dict()))
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        job = partial(
            covers_import.import_covers,
            self.database,
            self.site_id,
            self.table,
            mapping,
            today=self.today,
            keep_manual=not self.replace_manual_check.isChecked(),
            include_questioned=self.include_questioned_check.isChecked(),
        )
        self.task = run_task(
            job,
            reports_progress=True,
            on_result=self._on_imported,
            on_error=self._on_import_failed,
            on_progress=self._on_progress,
            on_cancelled=self._on_import_cancelled,
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _import_ended(self) -> None:
        self.task = None
        self.progress_bar.hide()
        self.next_button.setEnabled(True)
        self.back_button.setEnabled(True)

    def _on_imported(self, report: ImportReport) -> None:
        self._import_ended()
        self.report = report
        self.result_label.setText(
            fill(
                self.tr(
                    "Imported: %1 new days, %2 changed, %3 already recorded; %4 numbers typed by "
                    "hand kept, %5 questionable figures skipped. Undo (Ctrl+Z) in the covers grid "
                    "takes the whole import back. %6 rows were left out:"
                ),
                whole(report.inserted),
                whole(report.updated),
                whole(report.unchanged),
                whole(report.kept_manual),
                whole(report.skipped_questioned),
                whole(len(report.rejected)),
            )
        )
        mapping = self.mapping()
        self.rejected_model.set_rows([self._rejected_line(r, mapping) for r in report.rejected])
        self.rejected_table.setVisible(bool(report.rejected))
        self._show_page(RESULT_PAGE)
        self.imported.emit(report)

    def _on_import_failed(self, error: BaseException) -> None:
        self._import_ended()
        if isinstance(error, CanteenError):
            self.summary_label.setStyleSheet(ERROR_STYLE)
            self.summary_label.setText(file_error_text(error))
        else:
            from ui import errors

            errors.report(error)

    def _on_import_cancelled(self) -> None:
        self._import_ended()
        self.summary_label.setText(self.tr("The import was stopped: nothing was saved."))

    # --- buttons --------------------------------------------------------------------------

    def _on_back_button_clicked(self) -> None:
        self._show_page(FILE_PAGE)

    def _on_next_button_clicked(self) -> None:
        page = self.pages.currentIndex()
        if page == FILE_PAGE and not self.reading:
            self._read_file()
        elif page == MAPPING_PAGE:
            self._start_import()
        elif page == RESULT_PAGE:
            self.accept()

    def _on_cancel_button_clicked(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        self.reject()

    def reject(self) -> None:
        if self.task is not None:  # Escape while importing: stop first
            self.task.cancel()
            return
        super().reject()
