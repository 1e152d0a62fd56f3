"""Per-portion figures of the recipe being edited: cost, organic shares, CO2e, nutrition,
allergens (contains, may contain and not known are all shown), and what data is missing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canteen.domain.figures import PortionFigures
from ui.models import numbers
from ui.models.allergens import AllergenModel
from ui.wording.recipes import gap_text

GAP_STYLE = "color: #8a5a00;"


class FiguresPanel(QWidget):
    """Shows `PortionFigures`; recomputed by the editor on every change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: PortionFigures | None = None
        self.cost_label = QLabel()
        self.batch_label = QLabel()
        self.organic_kr_label = QLabel()
        self.organic_kg_label = QLabel()
        self.co2e_label = QLabel()
        self.weight_label = QLabel()
        self.energy_label = QLabel()
        self.protein_label = QLabel()
        self.fat_label = QLabel()
        self.carbs_label = QLabel()
        box = QGroupBox(self.tr("Per portion"))
        form = QFormLayout(box)
        # Narrow panel: a value that does not fit beside its label goes under it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Cost:"), self.cost_label)
        form.addRow(self.tr("Whole batch:"), self.batch_label)
        form.addRow(self.tr("Organic (kroner):"), self.organic_kr_label)
        form.addRow(self.tr("Organic (kilo):"), self.organic_kg_label)
        form.addRow(self.tr("Climate:"), self.co2e_label)
        form.addRow(self.tr("Food eaten:"), self.weight_label)
        form.addRow(self.tr("Energy:"), self.energy_label)
        form.addRow(self.tr("Protein:"), self.protein_label)
        form.addRow(self.tr("Fat:"), self.fat_label)
        form.addRow(self.tr("Carbohydrate:"), self.carbs_label)

        self.allergens = AllergenModel(self)
        self.allergen_table = QTableView()
        self.allergen_table.setModel(self.allergens)
        self.allergen_table.verticalHeader().hide()
        self.allergen_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.allergen_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.allergen_table.verticalHeader().setDefaultSectionSize(
            self.allergen_table.fontMetrics().height() + 3
        )
        header = self.allergen_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        allergen_box = QGroupBox(self.tr("Allergens"))
        allergen_layout = QVBoxLayout(allergen_box)
        allergen_layout.addWidget(self.allergen_table)

        self.gaps_label = QLabel()
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setStyleSheet(GAP_STYLE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(allergen_box, 1)
        layout.addWidget(self.gaps_label)

    def show_figures(self, figures: PortionFigures | None) -> None:
        """Show the figures (None: nothing open)."""
        self.figures = figures
        self.allergens.set_profile(figures.allergens if figures else None)
        if figures is None:
            for label in self._labels():
                label.clear()
            self.gaps_label.clear()
            return
        valid = figures.yield_portions > 0
        star = "" if figures.cost_complete else " *"
        self.cost_label.setText(numbers.kroner(figures.cost_ore) + star if valid else "–")
        self.batch_label.setText(numbers.kroner(figures.batch_cost_ore) + star)
        self.organic_kr_label.setText(numbers.percent(figures.organic_share_kr))
        self.organic_kg_label.setText(numbers.percent(figures.organic_share_kg))
        self.co2e_label.setText(numbers.co2e(figures.co2e_kg))
        self.weight_label.setText(numbers.grams(figures.net_g))
        self.energy_label.setText(numbers.kilojoules(figures.energy_kj))
        self.protein_label.setText(numbers.grams(figures.protein_g))
        self.fat_label.setText(numbers.grams(figures.fat_g))
        self.carbs_label.setText(numbers.grams(figures.carbs_g))
        gaps = sorted({gap_text(g) for g in figures.gaps})
        if not figures.cost_complete and any(g.reason == "no_price" for g in figures.gaps):
            gaps.insert(0, self.tr("* The cost leaves out ingredients without a price."))
        self.gaps_label.setText("\n".join(gaps))

    def _labels(self) -> list[QLabel]:
        return [
            self.cost_label,
            self.batch_label,
            self.organic_kr_label,
            self.organic_kg_label,
            self.co2e_label,
            self.weight_label,
            self.energy_label,
            self.protein_label,
            self.fat_label,
            self.carbs_label,
        ]
