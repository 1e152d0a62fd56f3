"""The Økonomi page's "Entries" tab: type a cost entry, reverse one, close a month, import files.

Every write runs off the GUI thread; a refused entry keeps what was typed and says why. A booked
entry is undone by its reversal (the ledger is never edited).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canteen.db.models.costs import COST_CATEGORIES, WASTE_KINDS
from canteen.db.models.org import SERVICES
from canteen.domain.money import read_ore
from canteen.domain.numbers import NumberProblem, format_number, read_number, read_whole
from canteen.errors import CanteenError, ValidationError
from canteen.services.ledger.entries import book_cost, close_month, reverse_cost
from canteen.services.ledger.listing import COST, WASTE, ledger_lines
from canteen.services.ledger.sales import CORRECTED, UNCHANGED, record_sale
from canteen.services.ledger.waste import weigh_waste, withdraw_waste
from canteen.services.menus.lines import list_menu_lines
from ui import errors, workers
from ui.text import ERROR_STYLE, fill, language
from ui.views.sync.read_only import refuse_edit_here
from ui.wording.costs import category_text, problem_text
from ui.wording.numbers import number_problem_text


def _month(day: QDate) -> str:
    return f"{day.year():04d}-{day.month():02d}"


class EntriesTab(QWidget):
    """A month's ledger lines for the site, with typing, reversing, closing and importing."""

    changed = Signal()  # the list was read again after a write (or a new month)
    refused = Signal(str)  # a write was refused: the message shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = None
        self.site_id = ""
        self.site_code = ""
        self.sites: tuple = ()
        self.today = date.today
        self.lines: list = []
        self._wanted = ""  # a line to select once its month is listed ("Ret…")

        self.month_edit = QDateEdit()
        self.month_edit.setDisplayFormat("MM-yyyy")
        self.month_edit.dateChanged.connect(self.reload)
        self.close_button = QPushButton(self.tr("C&lose month…"))
        self.close_button.clicked.connect(self.close_shown_month)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.clicked.connect(self.open_import)
        self.reverse_button = QPushButton(self.tr("Re&verse entry"))
        self.reverse_button.setEnabled(False)
        self.reverse_button.clicked.connect(self.reverse_selected)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Month"),
                self.tr("Category"),
                self.tr("Amount, kr"),
                self.tr("Text"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.day_edit = QDateEdit()
        self.day_edit.setDisplayFormat("dd-MM-yyyy")
        self.day_edit.setCalendarPopup(True)
        self.category_combo = QComboBox()
        for category in COST_CATEGORIES:
            self.category_combo.addItem(category_text(category), category)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("Amount, kr"))
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Text"))
        self.text_edit.setMaxLength(200)
        self.book_button = QPushButton(self.tr("&Book"))
        self.book_button.setDefault(True)
        self.book_button.clicked.connect(self.book)
        self.amount_edit.returnPressed.connect(self.book)
        self.text_edit.returnPressed.connect(self.book)
        self.waste_day_edit = QDateEdit()
        self.waste_day_edit.setDisplayFormat("dd-MM-yyyy")
        self.waste_day_edit.setCalendarPopup(True)
        self.line_combo = QComboBox()
        self.kind_combo = QComboBox()
        for kind in WASTE_KINDS:
            self.kind_combo.addItem(category_text(kind), kind)
        self.kg_edit = QLineEdit()
        self.kg_edit.setPlaceholderText(self.tr("kg"))
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("Value, kr"))
        self.weigh_button = QPushButton(self.tr("Record &waste"))
        self.weigh_button.clicked.connect(self.weigh)
        self.kg_edit.returnPressed.connect(self.weigh)
        self.value_edit.returnPressed.connect(self.weigh)
        self.sale_day_edit = QDateEdit()
        self.sale_day_edit.setDisplayFormat("dd-MM-yyyy")
        self.sale_day_edit.setCalendarPopup(True)
        self.service_combo = QComboBox()
        for service in SERVICES:
            self.service_combo.addItem(category_text(service), service)
        self.service_combo.setCurrentIndex(self.service_combo.findData("lunch"))
        self.covers_edit = QLineEdit()
        self.covers_edit.setPlaceholderText(self.tr("Covers sold"))
        self.revenue_edit = QLineEdit()
        self.revenue_edit.setPlaceholderText(self.tr("Revenue, kr"))
        self.sale_button = QPushButton(self.tr("Record &sale"))
        self.sale_button.clicked.connect(lambda: self.record_sale())
        self.covers_edit.returnPressed.connect(self.record_sale)
        self.revenue_edit.returnPressed.connect(self.record_sale)
        # Shown once a typed sale differs from the booked day: a correction is asked for, never silent.
        self.correct_button = QPushButton(self.tr("&Correct booked day"))
        self.correct_button.setVisible(False)
        self.correct_button.clicked.connect(lambda: self.record_sale(correct=True))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:")))
        top.addWidget(self.month_edit)
        top.addStretch(1)
        top.addWidget(self.reverse_button)
        top.addWidget(self.close_button)
        top.addWidget(self.import_button)
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("New entry:")))
        form.addWidget(self.day_edit)
        form.addWidget(self.category_combo)
        form.addWidget(self.amount_edit)
        form.addWidget(self.text_edit, 1)
        form.addWidget(self.book_button)
        waste = QHBoxLayout()
        waste.addWidget(QLabel(self.tr("Waste:")))
        waste.addWidget(self.waste_day_edit)
        waste.addWidget(self.line_combo, 1)
        waste.addWidget(self.kind_combo)
        waste.addWidget(self.kg_edit)
        waste.addWidget(self.value_edit)
        waste.addWidget(self.weigh_button)
        sales = QHBoxLayout()
        sales.addWidget(QLabel(self.tr("Sales:")))
        sales.addWidget(self.sale_day_edit)
        sales.addWidget(self.service_combo)
        sales.addWidget(self.covers_edit)
        sales.addWidget(self.revenue_edit)
        sales.addStretch(1)
        sales.addWidget(self.correct_button)
        sales.addWidget(self.sale_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(sales)
        layout.addLayout(waste)
        layout.addWidget(self.message_label)

    def set_site(self, database, site_id: str, sites: tuple) -> None:
        """Work on `site_id` of `database`; shows this month's lines."""
        self.database, self.site_id, self.sites = database, site_id, tuple(sites)
        site = next((s for s in self.sites if s.id == site_id), None)
        self.site_code = site.code if site is not None else ""
        today = self.today()
        self.day_edit.setDate(QDate(today.year, today.month, today.day))
        self.waste_day_edit.setDate(QDate(today.year, today.month, today.day))
        self.sale_day_edit.setDate(QDate(today.year, today.month, today.day))
        self.line_combo.clear()
        self.line_combo.addItem(self.tr("(no menu line)"), None)
        if database is not None and site_id:
            for line in list_menu_lines(database, site_id):
                self.line_combo.addItem(line.name, line.id)
        shown = QDate(today.year, today.month, 1)
        if self.month_edit.date() == shown:
            self.reload()
        else:
            self.month_edit.setDate(shown)

    @Slot()
    def reload(self) -> None:
        """Read the shown month's lines again (off the GUI thread)."""
        if self.database is None or not self.site_code:
            self.table.setRowCount(0)
            return
        database, code, month = self.database, self.site_code, _month(self.month_edit.date())
        workers.run_task(
            lambda: (month, ledger_lines(database, code, [month])),
            on_result=self._on_lines_loaded,
            on_error=self._refuse,
        )

    def _on_lines_loaded(self, result) -> None:
        month, found = result
        if month != _month(self.month_edit.date()):
            return  # another month was chosen meanwhile: its lines are on their way
        self._show_lines(found)

    def _show_lines(self, found) -> None:
        self.lines = [line for line in found if line.kind in (COST, WASTE)]
        speech = language()
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            cells = (
                line.day.strftime("%d-%m-%Y"),
                line.period,
                category_text(line.category),
                format_number(line.amount_ore / 100, speech, 2),
                self._note(line),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        ids = [line.id for line in self.lines]
        if self._wanted in ids:
            self.table.selectRow(ids.index(self._wanted))
            self._wanted = ""
        self._selection_changed()
        self.changed.emit()

    def show_line(self, period: str, line_id: str) -> None:
        """Show the month `period` (YYYY-MM) and select the cost or waste line `line_id`."""
        self._wanted = line_id
        year, month = (int(part) for part in period.split("-"))
        shown = QDate(year, month, 1)
        if self.month_edit.date() == shown:
            self.reload()
        else:
            self.month_edit.setDate(shown)  # reloads

    def _note(self, line) -> str:
        if line.kind != WASTE:
            return line.note
        kg = fill(self.tr("%1 kg"), format_number((line.weight_g or 0) / 1000, language(), 1))
        return f"{kg} · {line.note}" if line.note else kg

    def _selection_changed(self) -> None:
        line = self.selected_line()
        self.reverse_button.setEnabled(
            line is not None
            and line.reverses is None
            and not any(other.reverses == line.id for other in self.lines)
        )

    def selected_line(self):
        """The cost line selected in the table, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()] if rows else None

    @Slot()
    def book(self) -> None:
        """Book the typed entry; a refused amount keeps the typing and says why."""
        if refuse_edit_here(self):  # a district or central PC
            return
        if self.database is None or not self.site_id:
            return
        try:
            ore = read_ore(self.amount_edit.text())
        except NumberProblem as problem:
            self._refuse(problem)
            return
        day = self.day_edit.date().toPython()
        args = (self.database, self.site_id, day, self.category_combo.currentData(), ore)
        note = self.text_edit.text().strip()
        workers.run_task(
            lambda: book_cost(*args, note), on_result=self._booked, on_error=self._refuse
        )

    @Slot()
    def weigh(self) -> None:
        """Record the typed waste; a refused weight or value keeps the typing and says why."""
        if refuse_edit_here(self):  # a district or central PC
            return
        if self.database is None or not self.site_id:
            return
        try:
            kilos = read_number(self.kg_edit.text())
            value = self.value_edit.text().strip()
            ore = read_ore(value) if value else 0
        except NumberProblem as problem:
            self._refuse(problem)
            return
        day = self.waste_day_edit.date().toPython()
        args = (self.database, self.site_id, day, self.kind_combo.currentData())
        grams, line_id = float(kilos * 1000), self.line_combo.currentData()
        workers.run_task(
            lambda: weigh_waste(*args, grams, ore, line_id),
            on_result=self._weighed,
            on_error=self._refuse,
        )

    @Slot()
    def record_sale(self, correct: bool = False) -> None:
        """Book the typed covers and revenue; a booked day is corrected only when asked."""
        if refuse_edit_here(self):  # a district or central PC
            return
        if self.database is None or not self.site_id:
            return
        self.correct_button.setVisible(False)
        try:
            figures = (read_whole(self.covers_edit.text()), read_ore(self.revenue_edit.text()))
        except NumberProblem as problem:
            self._refuse(problem)
            return
        day = self.sale_day_edit.date().toPython()
        args = (self.database, self.site_id, day, self.service_combo.currentData())
        workers.run_task(
            lambda: record_sale(*args, *figures, correct=correct),
            on_result=self._sold,
            on_error=self._refuse_sale,
        )

    def _sold(self, booked) -> None:
        self.covers_edit.clear()
        self.revenue_edit.clear()
        if booked.outcome == UNCHANGED:
            self._say(self.tr("That day is already booked with these figures."))
        elif booked.outcome == CORRECTED:
            covers, ore = booked.was
            text = fill(
                self.tr("Sale corrected by a reversing entry (was %1 covers, %2 kr)."),
                str(covers),
                format_number(ore / 100, language(), 2),
            )
            if booked.moved_from:
                text += " " + fill(
                    self.tr("Booked in %1 because %2 is closed."), booked.period, booked.moved_from
                )
            self._say(text)
        else:
            self._say(self.tr("Sale recorded."))
        self.changed.emit()

    def _refuse_sale(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and error.data.get("reason") == "already_booked":
            text = fill(
                self.tr("That day is booked with %1 covers and %2 kr. Correct it?"),
                str(error.data["covers"]),
                format_number(error.data["ore"] / 100, language(), 2),
            )
            self.message_label.setStyleSheet(ERROR_STYLE)
            self.message_label.setText(text)
            self.correct_button.setVisible(True)
            self.refused.emit(text)
            return
        self._refuse(error)

    def _weighed(self, _waste_id) -> None:
        self.kg_edit.clear()
        self.value_edit.clear()
        self._say(self.tr("Waste recorded."))
        self.reload()

    def _booked(self, booked) -> None:
        self.amount_edit.clear()
        self.text_edit.clear()
        if booked.moved_from:
            self._say(
                fill(self.tr("Booked in %1: %2 is closed."), booked.period, booked.moved_from)
            )
        else:
            self._say(fill(self.tr("Booked in %1."), booked.period))
        self.reload()

    @Slot()
    def reverse_selected(self) -> None:
        """Append the reversal of the selected entry (its undo)."""
        if refuse_edit_here(self):  # a district or central PC
            return
        line = self.selected_line()
        if line is None:
            return
        database, today = self.database, self.today()
        if line.kind == WASTE:
            undo = lambda: withdraw_waste(database, line.id)  # noqa: E731
        else:
            undo = lambda: reverse_cost(database, line.id, today)  # noqa: E731
        workers.run_task(
            undo,
            on_result=lambda booked: (self._say(self.tr("Entry reversed.")), self.reload()),
            on_error=self._refuse,
        )

    @Slot()
    def close_shown_month(self) -> None:
        """Close the shown month after asking."""
        if refuse_edit_here(self):  # a district or central PC
            return
        month = _month(self.month_edit.date())
        answer = QMessageBox.question(
            self,
            self.tr("Close month"),
            fill(
                self.tr("Close %1? Entries dated in it will be booked in the next open month."),
                month,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        database, site_id, today = self.database, self.site_id, self.today()
        workers.run_task(
            lambda: close_month(database, site_id, month, today),
            on_result=lambda _: self._closed(month),
            on_error=self._refuse,
        )

    def _closed(self, month: str) -> None:
        self._say(fill(self.tr("%1 is closed."), month))
        self.reload()

    @Slot()
    def open_import(self) -> None:
        """The import dialog; the list is read again after an import."""
        if refuse_edit_here(self):  # a district or central PC
            return
        from ui.dialogs.ledger_import import LedgerImportDialog

        dialog = LedgerImportDialog(self.database, self.site_code, self)
        dialog.imported.connect(lambda _: self.reload())
        dialog.open()
        self.import_dialog = dialog

    def _say(self, text: str) -> None:
        self.message_label.setStyleSheet("")
        self.message_label.setText(text)

    def _refuse(self, error: BaseException) -> None:
        if not isinstance(error, CanteenError):
            errors.report(error)
            return
        if isinstance(error, NumberProblem):
            text = number_problem_text(error)
        else:
            text = problem_text(error)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setText(text)
        self.refused.emit(text)
