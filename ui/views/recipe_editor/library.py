"""The recipe library list: search by name, filter by category, diet, free-from and origin."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from canteen.domain.allergens import Allergen
from canteen.services.recipes.rows import RecipeFilters
from ui.models import recipes as cols
from ui.models.allergens import allergen_name
from ui.models.recipes import (
    RECIPE_ID_ROLE,
    RecipeFilterProxy,
    RecipeListModel,
    category_text,
    tag_text,
)
from ui.text import fill


class RecipeLibrary(QWidget):
    """The list on the left of the Recipes page; `recipe_selected(id)` when the row changes."""

    recipe_selected = Signal(str)

    def __init__(self, model: RecipeListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = RecipeFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.proxy.sort(cols.NAME)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by name (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.category_combo = QComboBox()
        self.diet_combo = QComboBox()
        self.origin_combo = QComboBox()
        for code, label in (
            ("all", self.tr("Central and own")),
            ("central", self.tr("Central only")),
            ("own", self.tr("Own only")),
        ):
            self.origin_combo.addItem(label, code)
        self.free_from_button = QToolButton()
        self.free_from_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.free_from_menu = QMenu(self.free_from_button)
        self.free_from_actions: dict[Allergen, QAction] = {}
        for allergen in Allergen:
            action = self.free_from_menu.addAction(allergen_name(allergen))
            action.setCheckable(True)
            action.toggled.connect(self._on_filter_changed)
            self.free_from_actions[allergen] = action
        self.free_from_button.setMenu(self.free_from_menu)
        self._label_free_from()

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(cols.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        for column in (cols.PORTIONS, cols.CATEGORY, cols.TAGS, cols.ORIGIN, cols.CO2E):
            self.table.setColumnHidden(column, True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(cols.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((cols.COST, 76), (cols.ALLERGENS, 84)):
            header.resizeSection(column, width)
        self.count_label = QLabel()
        self.count_label.setEnabled(False)

        filters = QGridLayout()
        filters.addWidget(self.category_combo, 0, 0)
        filters.addWidget(self.diet_combo, 0, 1)
        filters.addWidget(self.free_from_button, 1, 0)
        filters.addWidget(self.origin_combo, 1, 1)
        self.free_from_button.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.search_edit.textChanged.connect(self._on_filter_changed)
        for combo in (self.category_combo, self.diet_combo, self.origin_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.model.modelReset.connect(self._fill_choices)
        self._fill_choices()

    def _fill_choices(self) -> None:
        rows = self.model.rows()
        self._refill(
            self.category_combo,
            self.tr("All categories"),
            sorted({r.category for r in rows if r.category}, key=category_text),
            category_text,
        )
        self._refill(
            self.diet_combo,
            self.tr("Any diet"),
            sorted({t for r in rows for t in r.diet_tags}, key=tag_text),
            tag_text,
        )
        self._update_count()

    def _refill(self, combo: QComboBox, everything: str, codes: Sequence[str], text) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for code in codes:
            combo.addItem(text(code), code)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _label_free_from(self) -> None:
        chosen = [a for a, action in self.free_from_actions.items() if action.isChecked()]
        if not chosen:
            self.free_from_button.setText(self.tr("Free from…"))
        elif len(chosen) <= 2:
            names = ", ".join(allergen_name(a).lower() for a in chosen)
            self.free_from_button.setText(fill(self.tr("Free from %1"), names))
        else:
            self.free_from_button.setText(self.tr("Free from %n allergens", "", len(chosen)))

    def filters(self) -> RecipeFilters:
        """The filters as the user set them."""
        return RecipeFilters(
            text=self.search_edit.text(),
            category=self.category_combo.currentData(),
            diet_tag=self.diet_combo.currentData(),
            free_from=tuple(
                a for a, action in self.free_from_actions.items() if action.isChecked()
            ),
            origin=self.origin_combo.currentData() or "all",
        )

    def _on_filter_changed(self, *_args) -> None:
        self._label_free_from()
        self.proxy.set_filters(self.filters())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            fill(self.tr("%1 of %n recipes", "", self.model.rowCount()), str(self.proxy.rowCount()))
        )

    def set_free_from(self, allergens: Sequence[Allergen]) -> None:
        """Tick exactly these allergens in the free-from filter."""
        for allergen, action in self.free_from_actions.items():
            action.setChecked(allergen in allergens)

    def _on_table_selection_changed(self, selected: QItemSelection, _deselected) -> None:
        indexes = selected.indexes()
        if indexes:
            self.recipe_selected.emit(indexes[0].siblingAtColumn(0).data(RECIPE_ID_ROLE))

    def select_recipe(self, recipe_id: str) -> bool:
        """Select a recipe's row (clearing filters that hide it); False if it is not listed."""
        row = self.model.row_of(recipe_id)
        if row < 0:
            return False
        source = self.model.index(row, 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.search_edit.clear()
            self.category_combo.setCurrentIndex(0)
            self.diet_combo.setCurrentIndex(0)
            self.origin_combo.setCurrentIndex(0)
            self.set_free_from(())
            index = self.proxy.mapFromSource(source)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def selected_id(self) -> str | None:
        """The selected recipe's id."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECIPE_ID_ROLE) if rows else None
