"""The "Goods receipt" tab: what arrived for a sent order, typed like a spreadsheet, with undo;
after posting, the planned dishes a short delivery hits, with a way to open them in the planner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from canteen.errors import CanteenError, ValidationError
from ui import messages
from ui.models.numbers import decimal, kroner
from ui.models.ordering import ImpactModel
from ui.models.ordering_forms import ReceiptModel
from ui.text import ERROR_STYLE, day_text, fill
from ui.views.ordering.grid import TypingGrid, list_view
from ui.views.sync.read_only import refuse_edit_here
from ui.wording.ordering import entry_problem_text, status_text, unit_text
from ui.workers import run_task

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.services.receiving import ReceiptForm

FIELD_COLUMNS = {
    "packs": ReceiptModel.PACKS,
    "quantity": ReceiptModel.QUANTITY,
    "price": ReceiptModel.PRICE,
    "substitute": ReceiptModel.INGREDIENT,
}


def post_receipt(database: Database, form: ReceiptForm, arrivals, day: date, note, confirmed,
                 closes):  # fmt: skip
    """Record the receipt and, when something came short, the dishes it hits (worker thread)."""
    from canteen.services.receiving import receive_goods, short_delivery_impact

    outcome = receive_goods(
        database, form.order_id, arrivals, received_on=day, note=note,
        confirmed=confirmed, closes_order=closes,
    )  # fmt: skip
    impacts = []
    if outcome.saved is not None and outcome.saved.shortfalls:
        impacts = short_delivery_impact(database, form.site_id, day, outcome.saved.shortfalls)
    return outcome, impacts


class ReceiptTab(QWidget):
    """`receipt_posted(saved)` after a receipt is stored; `planner_requested(day)` asks the page
    to open the menu planner at a day the short delivery hits."""

    form_loaded = Signal(object)
    receipt_posted = Signal(object)
    planner_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.site_id = ""
        self.today: Callable[[], date] = date.today
        self.form: ReceiptForm | None = None
        self.model = ReceiptModel(self)
        self.impacts = ImpactModel(self)
        self.undo_stack = self.model.undo_stack
        self._build()

    def _build(self) -> None:
        self.order_label = QLabel(self.tr("Choose a sent order on the Orders tab."))
        font = self.order_label.font()
        font.setBold(True)
        self.order_label.setFont(font)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        top = QHBoxLayout()
        top.addWidget(self.order_label, 1)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            top.addWidget(button)
        self.grid = TypingGrid()
        self.grid.setModel(self.model)
        hint = QLabel(
            self.tr(
                "Type what arrived: packs, the weight for goods sold by weight (blank: as "
                "packed), the pack price when it differs. Enter moves down, Ctrl+Z undoes."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Note (missing goods, substitutes, temperature)"))
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        day_label = QLabel(self.tr("Received &on:"))
        day_label.setBuddy(self.day_edit)
        self.closes_box = QCheckBox(self.tr("&Close the order (the rest is not coming)"))
        self.post_button = QPushButton(self.tr("&Post receipt"))
        self.post_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note_edit, 1)
        bottom.addWidget(day_label)
        bottom.addWidget(self.day_edit)
        bottom.addWidget(self.closes_box)
        bottom.addWidget(self.post_button)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.problem_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.impact_table = list_view()
        self.impact_table.setModel(self.impacts)
        self.planner_button = QPushButton(self.tr("Open in the &planner"))
        self.planner_button.setEnabled(False)
        impact_row = QHBoxLayout()
        impact_row.addWidget(QLabel(self.tr("Planned dishes the short delivery hits:")), 1)
        impact_row.addWidget(self.planner_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 3)
        layout.addWidget(hint)
        layout.addLayout(bottom)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.result_label)
        layout.addLayout(impact_row)
        layout.addWidget(self.impact_table, 1)
        self.post_button.clicked.connect(self.post)
        self.planner_button.clicked.connect(self._on_planner_clicked)
        self.impact_table.doubleClicked.connect(self._on_planner_clicked)
        self.impact_table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self.planner_button.setEnabled(current.isValid())
        )

    def set_site(self, database: Database | None, site_id: str) -> None:
        """Another site: the form is emptied."""
        self.database, self.site_id = database, site_id
        self._show_form(None)
        self.impacts.set_rows([])

    def open_order(self, order_id: str) -> None:
        """Load an order's lines into the form."""
        if self.database is None:
            return
        from ui.views.ordering.order_jobs import load_lines

        database = self.database
        run_task(lambda: load_lines(database, order_id), on_result=self._on_form_loaded)

    def _on_form_loaded(self, form: ReceiptForm) -> None:
        if form.site_id != self.site_id:
            return
        self._show_form(form)
        self.impacts.set_rows([])
        self.result_label.clear()
        self.form_loaded.emit(form)

    def _show_form(self, form: ReceiptForm | None) -> None:
        self.form = form
        self.model.set_rows(form.lines if form else [])
        self.problem_label.clear()
        self.note_edit.clear()
        self.closes_box.setChecked(False)
        self.day_edit.setDate(self.today())
        self.post_button.setEnabled(form is not None)
        if form is None:
            self.order_label.setText(self.tr("Choose a sent order on the Orders tab."))
            return
        self.order_label.setText(
            fill(
                self.tr("Order %1 · %2 · delivery %3 · %4"), form.number, form.supplier,
                day_text(form.delivery_date, "weekday"), status_text(form.status),
            )
        )  # fmt: skip
        self.grid.resizeColumnsToContents()
        self.grid.setCurrentIndex(self.model.index(0, ReceiptModel.PACKS))

    def arrivals(self) -> list:
        """What the form holds, as arrivals for the core."""
        from canteen.services.receiving import Arrival

        model = self.model
        return [
            Arrival(
                line.line_id,
                model.text(row, model.PACKS),
                model.text(row, model.QUANTITY) or None,
                model.text(row, model.PRICE) or None,
            )
            for row, line in enumerate(model.rows())
        ]

    def post(self, confirmed: bool = False) -> None:
        """Record the typed receipt (off the GUI thread); nothing typed is lost on a refusal."""
        if refuse_edit_here(self):  # a district or central PC
            return
        if self.form is None or self.database is None:
            return
        self.grid.setFocus()  # an open cell editor commits its text first
        database, form, day = self.database, self.form, self.day_edit.date().toPython()
        arrivals, note, closes = self.arrivals(), self.note_edit.text(), self.closes_box.isChecked()
        self.post_button.setEnabled(False)
        run_task(
            lambda: post_receipt(database, form, arrivals, day, note, confirmed, closes),
            on_result=self._on_posted,
            on_error=self._on_refused,
        )

    def _on_posted(self, result) -> None:
        outcome, impacts = result
        self.post_button.setEnabled(True)
        if outcome.questions:
            if self.confirm_over_delivery(outcome.questions):
                self.post(confirmed=True)
            return
        saved = outcome.saved
        self.problem_label.clear()
        self.result_label.setText(
            fill(
                self.tr("Posted: %1, of which organic %2 (%3 kg of %4 kg). The order is now %5."),
                kroner(saved.total_ore), kroner(saved.organic_ore), decimal(saved.organic_kg, 1),
                decimal(saved.total_kg, 1), status_text(saved.order_status).lower(),
            )
        )  # fmt: skip
        self.impacts.set_rows(impacts)
        if impacts:
            self.impact_table.selectRow(0)
        self.post_button.setEnabled(False)
        self.receipt_posted.emit(saved)

    def confirm_over_delivery(self, questions) -> bool:
        """Ask whether lines far above the order really arrived."""
        lines = [
            fill(
                self.tr("%1: ordered %2 %4, received %3 %4"), q.ingredient, decimal(q.ordered, 1),
                decimal(q.received, 1), unit_text(q.unit),
            )
            for q in questions
        ]  # fmt: skip
        answer = messages.choose(
            self,
            self.tr("Far more than ordered"),
            self.tr("Some lines are far above what was ordered. Did this really arrive?"),
            [
                ("yes", self.tr("Yes, post it"), messages.ACCEPT),
                ("no", self.tr("No, let me correct it"), messages.REJECT),
            ],
            informative="\n".join(lines),
            default="no",
        )
        return answer == "yes"

    def _on_refused(self, error: BaseException) -> None:
        self.post_button.setEnabled(True)
        if not isinstance(error, CanteenError):
            from ui import errors

            errors.report(error, self)
            return
        text = entry_problem_text(error)
        line_id = error.data.get("line_id")
        rows = [r for r, line in enumerate(self.model.rows()) if line.line_id == line_id]
        if isinstance(error, ValidationError) and rows:
            column = FIELD_COLUMNS.get(error.data.get("field", ""), ReceiptModel.PACKS)
            self.model.refuse(rows[0], column, text)
            self.grid.setCurrentIndex(self.model.index(rows[0], column))
            ingredient = self.model.row_at(rows[0]).ingredient
            self.problem_label.setText(f"{ingredient}: {text}")
        else:
            self.problem_label.setText(text)

    def _on_planner_clicked(self, *_args) -> None:
        index = self.impact_table.currentIndex()
        if index.isValid():
            self.planner_requested.emit(self.impacts.row_at(index.row()).day)
