"""The "Importér…" dialog: a till export, a cost spreadsheet or a budget file, previewed row by row
(what would be written, what is refused and why) before anything is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canteen.domain.numbers import format_number
from canteen.errors import CanteenError, FileProblem
from canteen.services.costs_import import KINDS, guess_columns, import_ledger, plan_ledger_import
from canteen.services.covers_import import read_table
from ui import errors, workers
from ui.text import ERROR_STYLE, fill, language
from ui.wording.costs import category_text, import_kind_text, import_reason_text, problem_text


class LedgerImportDialog(QDialog):
    """Choose the kind and the file; the preview lists every row; Import writes the valid ones."""

    planned = Signal(object)  # the LedgerPlan shown
    imported = Signal(object)  # the LedgerImported
    refused = Signal(str)  # the message shown when the file or the import is refused

    def __init__(self, database, site_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import to the ledger"))
        self.database, self.site_code = database, site_code
        self.plan = None
        self.job = None  # (table, columns) of the file previewed
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(import_kind_text(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._again)
        self.path_edit = QLineEdit()
        self.path_edit.returnPressed.connect(self._again)
        self.browse_button = QPushButton(self.tr("&Choose file…"))
        self.browse_button.clicked.connect(self.browse)
        self.all_or_nothing_box = QCheckBox(
            self.tr("&All or nothing: import only if no row is refused")
        )
        # A till export with other figures for a booked day corrects it only when asked to.
        self.correct_box = QCheckBox(
            self.tr("&Correct booked days that differ (reversing entries)")
        )
        self.correct_box.toggled.connect(self._again)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Status"), self.tr("Row"), self.tr("Reason")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("What:"), self.kind_combo)
        form.addRow(self.tr("File:"), file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.all_or_nothing_box)
        layout.addWidget(self.correct_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)
        self.correct_box.setVisible(self.kind_combo.currentData() == "sales")
        self.resize(900, 560)

    @Slot()
    def browse(self) -> None:
        """Pick a CSV or XLSX file and preview it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import file"), "", self.tr("Tables (*.csv *.xlsx *.txt);;All files (*)")
        )
        if path:
            self.load(path)

    def load(self, path: str | Path) -> None:
        """Preview `path` as the chosen kind (read and planned off the GUI thread)."""
        self.path_edit.setText(str(path))
        self._again()

    @Slot()
    def _again(self) -> None:
        path = self.path_edit.text().strip()
        self.import_button.setEnabled(False)
        # Only a till export has booked days to correct.
        self.correct_box.setVisible(self.kind_combo.currentData() == "sales")
        if not path or self.database is None:
            return
        database, kind, site = self.database, self.kind_combo.currentData(), self.site_code
        correct = kind == "sales" and self.correct_box.isChecked()

        def job():
            table = read_table(path)
            columns = guess_columns(kind, table.headers)
            plan = plan_ledger_import(
                database, table, columns, site_code=site, correct_booked=correct
            )
            return (table, columns), plan

        workers.run_task(job, on_result=self._show_plan, on_error=self._refuse)

    def _show_plan(self, found) -> None:
        self.job, self.plan = found
        rows = [
            (r.line, self.tr("Correction") if r.was else self.tr("New"), self._row_text(r), "")
            for r in self.plan.rows
        ]
        rows += [
            (
                r.line,
                self.tr("Refused"),
                f"{r.column} “{r.value}”".strip(),
                import_reason_text(r.reason),
            )
            for r in self.plan.rejected
        ]
        rows.sort(key=lambda row: row[0])
        self.table.setRowCount(len(rows))
        for at, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(at, column, QTableWidgetItem(str(text)))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(3)
        self.summary_label.setStyleSheet("")
        self.summary_label.setText(
            fill(
                self.tr("%1 rows to write, %2 already booked, %3 refused."),
                str(len(self.plan.rows)),
                str(self.plan.unchanged),
                str(len(self.plan.rejected)),
            )
        )
        self.import_button.setEnabled(bool(self.plan.rows))
        self.planned.emit(self.plan)

    def _row_text(self, row) -> str:
        kr = format_number(row.amount_ore / 100, language(), 2)
        when = (
            row.day.strftime("%d-%m-%Y") if row.day and self.plan.kind != "budgets" else row.period
        )
        text = f"{row.site_code} · {when} · {category_text(row.category)} · {kr} kr"
        if row.covers is not None:
            text += " · " + fill(self.tr("%1 covers"), str(row.covers))
        if row.was is not None:
            text += " · " + fill(
                self.tr("was %1 covers, %2 kr"),
                str(row.was[0]),
                format_number(row.was[1] / 100, language(), 2),
            )
        if row.moved_from:
            text += " · " + fill(self.tr("booked in %1 (%2 is closed)"), row.period, row.moved_from)
        if row.old_ore is not None:
            text += " · " + fill(
                self.tr("replaces %1 kr"), format_number(row.old_ore / 100, language(), 2)
            )
        return text

    @Slot()
    def run_import(self) -> None:
        """Write the previewed file (planned again in the write)."""
        if self.job is None:
            return
        table, columns = self.job
        database, site, whole = self.database, self.site_code, self.all_or_nothing_box.isChecked()
        correct = columns.kind == "sales" and self.correct_box.isChecked()
        self.import_button.setEnabled(False)
        workers.run_task(
            lambda: import_ledger(
                database,
                table,
                columns,
                site_code=site,
                all_or_nothing=whole,
                correct_booked=correct,
            ),
            on_result=self._done,
            on_error=self._refuse,
        )

    def _done(self, result) -> None:
        self.imported.emit(result)
        self.accept()

    def _refuse(self, error: BaseException) -> None:
        if isinstance(error, FileProblem):
            text = fill(self.tr("The file cannot be read as a table (%1)."), error.reason)
        elif isinstance(error, CanteenError):
            text = problem_text(error)
        else:
            errors.report(error)
            return
        self.summary_label.setStyleSheet(ERROR_STYLE)
        self.summary_label.setText(text)
        self.import_button.setEnabled(self.plan is not None and bool(self.plan.rows))
        self.refused.emit(text)
