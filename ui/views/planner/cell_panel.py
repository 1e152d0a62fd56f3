"""The selected dish: what it is, its figures, and its planned portions to change (F2)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canteen.services.menus.rows import CellKey, CellRow
from canteen.services.waste import line_waste, suggested_portions
from ui.models import numbers
from ui.models.allergens import summary
from ui.models.planner import day_label, service_text
from ui.text import ERROR_STYLE, fill


class CellPanel(QFrame):
    """Shows one cell; Enter in the portions field asks the planner to save them."""

    portions_entered = Signal(object, str)  # CellKey, the text typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.key: CellKey | None = None
        self.cell: CellRow | None = None
        self.database = None  # where the line's recent waste is read (set_source)
        self.site_id = ""
        self.suggestion: int | None = None

        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        self.dish_label = QLabel()
        font = self.dish_label.font()
        font.setBold(True)
        self.dish_label.setFont(font)
        self.dish_label.setWordWrap(True)
        self.portions_edit = QLineEdit()
        self.portions_edit.setMaximumWidth(90)
        self.portions_edit.returnPressed.connect(self._on_portions_edit_return_pressed)
        self.portions_edit.textEdited.connect(self._on_portions_edit_text_edited)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.waste_label = QLabel()
        self.waste_label.setWordWrap(True)
        self.suggest_button = QPushButton()
        self.suggest_button.clicked.connect(self._on_suggest_button_clicked)
        self.suggest_button.hide()
        self.cost_label = QLabel()
        self.organic_label = QLabel()
        self.co2e_label = QLabel()
        self.allergens_label = QLabel()
        self.allergens_label.setWordWrap(True)
        self.hint_label = QLabel(
            self.tr("Enter: choose a dish · Delete: clear · Insert: add a dish · F2: portions")
        )
        self.hint_label.setWordWrap(True)
        self.hint_label.setEnabled(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.portions_caption = QLabel(self.tr("&Portions:"))
        self.portions_caption.setBuddy(self.portions_edit)
        form.addRow(self.portions_caption, self.portions_edit)
        form.addRow(self.error_label)
        form.addRow(self.tr("Left over:"), self.waste_label)
        form.addRow(self.suggest_button)
        form.addRow(self.tr("Per portion:"), self.cost_label)
        form.addRow(self.tr("Organic:"), self.organic_label)
        form.addRow(self.tr("Climate:"), self.co2e_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.where_label)
        layout.addWidget(self.dish_label)
        layout.addLayout(form)
        layout.addWidget(self.allergens_label)
        layout.addStretch(1)
        layout.addWidget(self.hint_label)
        self.show_cell(None, None)

    def show_cell(
        self, key: CellKey | None, cell: CellRow | None, *, keep_typing: bool = False
    ) -> None:
        """Show the cell at `key` (empty when `cell` is None); refused typing stays if asked."""
        same = key == self.key and keep_typing and not self.error_label.isHidden()
        self.key, self.cell = key, cell
        if key is None:
            self.where_label.setText(self.tr("Choose a cell in the week."))
        else:
            self.where_label.setText(f"{day_label(key.day)} · {service_text(key.service)}")
        self.dish_label.setText(cell.recipe_name if cell else self.tr("No dish planned"))
        self.portions_edit.setEnabled(cell is not None)
        if not same:
            self.portions_edit.setText(str(cell.planned_portions) if cell else "")
            self.clear_error()
        self.cost_label.setText(numbers.kroner(cell.cost_per_portion_ore) if cell else "")
        self.organic_label.setText(numbers.percent(cell.organic_share_kr) if cell else "")
        self.co2e_label.setText(numbers.co2e(cell.co2e_per_portion_kg) if cell else "")
        text = summary(cell.allergens) if cell else ""
        if cell and not text:
            text = self.tr("Free from all 14 allergens")
        self.allergens_label.setText(text)
        self._show_waste(key, cell)

    def set_source(self, database, site_id: str) -> None:
        """Read the lines' recent production waste from `database` for `site_id`."""
        self.database, self.site_id = database, site_id

    def _show_waste(self, key: CellKey | None, cell: CellRow | None) -> None:
        self.suggestion = None
        self.waste_label.clear()
        if key is not None and cell is not None and self.database is not None and self.site_id:
            waste = line_waste(self.database, self.site_id, key.line, key.day)
            per_cover = waste.grams_per_cover
            if per_cover is None:
                self.waste_label.setText(self.tr("Not weighed lately"))
            else:
                self.waste_label.setText(
                    fill(
                        self.tr("%1 per cover (%2 days in 4 weeks)"),
                        numbers.grams(per_cover),
                        str(waste.days),
                    )
                )
            self.suggestion = suggested_portions(
                self.database, cell.recipe_id, cell.planned_portions, waste
            )
        if self.suggestion is None:
            self.suggest_button.hide()
        else:
            self.suggest_button.setText(
                fill(self.tr("Plan %1 portions (keeps leaving food)"), str(self.suggestion))
            )
            self.suggest_button.show()

    def _on_suggest_button_clicked(self) -> None:
        if self.key is not None and self.suggestion is not None:
            self.portions_entered.emit(self.key, str(self.suggestion))

    def edit_portions(self) -> None:
        """Put the cursor in the portions field (F2 in the grid)."""
        if self.portions_edit.isEnabled():
            self.portions_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.portions_edit.selectAll()

    def show_error(self, text: str) -> None:
        """Say what is wrong with the typed portions, next to them; the text stays."""
        self.error_label.setText(text)
        self.error_label.show()
        self.portions_edit.setStyleSheet("border: 1px solid #b3261e;")
        self.portions_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_error(self) -> None:
        """Hide the error."""
        self.error_label.hide()
        self.error_label.clear()
        self.portions_edit.setStyleSheet("")

    def _on_portions_edit_text_edited(self, _text: str) -> None:
        self.clear_error()

    def _on_portions_edit_return_pressed(self) -> None:
        if self.key is not None and self.cell is not None:
            self.portions_entered.emit(self.key, self.portions_edit.text())
