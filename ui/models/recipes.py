"""The recipe library as a table (drag source for the planner) and its search-and-filter proxy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from canteen.domain.allergens import Allergen, AllergenStatus
from canteen.services.recipes.rows import RecipeFilters, danish_key
from ui.models import numbers
from ui.models.allergens import marks, summary
from ui.models.rows import RowsModel

if TYPE_CHECKING:
    from canteen.domain.figures import PortionFigures
    from canteen.services.recipes import RecipeSummary

translate = QCoreApplication.translate

RECIPE_MIME = "application/x-canteen-recipe-ids"
RECIPE_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2

NAME, CATEGORY, TAGS, ORIGIN, PORTIONS, COST, CO2E, ALLERGENS = range(8)
COLUMNS = 8
MUTED = QColor("#6b6b6b")


def category_text(code: str) -> str:
    """A recipe category in the user's language (unknown codes as they are)."""
    names = {
        "main": translate("Recipes", "Main course"),
        "soup": translate("Recipes", "Soup"),
        "salad": translate("Recipes", "Salad"),
        "bread": translate("Recipes", "Bread"),
        "dessert": translate("Recipes", "Dessert"),
        "breakfast": translate("Recipes", "Breakfast"),
        "snack": translate("Recipes", "Snack"),
        "side": translate("Recipes", "Side dish"),
        "sauce": translate("Recipes", "Sauce"),
    }
    return names.get(code, code)


def tag_text(tag: str) -> str:
    """A diet tag in the user's language (unknown tags with spaces for underscores)."""
    names = {
        "vegetarian": translate("Recipes", "vegetarian"),
        "vegan": translate("Recipes", "vegan"),
        "gluten_free": translate("Recipes", "gluten-free"),
        "lactose_free": translate("Recipes", "lactose-free"),
        "pork_free": translate("Recipes", "without pork"),
        "halal": translate("Recipes", "halal"),
        "low_fat": translate("Recipes", "low fat"),
    }
    return names.get(tag, tag.replace("_", " "))


def origin_text(row: RecipeSummary) -> str:
    """'Central', 'Own' or 'Own copy'."""
    if row.is_central:
        return translate("Recipes", "Central")
    if row.copied_from_id:
        return translate("Recipes", "Own copy")
    return translate("Recipes", "Own")


def matches(row: RecipeSummary, filters: RecipeFilters) -> bool:
    """The library's filter rule: text in either name, category, diet tag, free-from, origin."""
    text = filters.text.strip().casefold()
    if text and text not in row.name.casefold() and text not in row.name_en.casefold():
        return False
    if filters.category and row.category != filters.category:
        return False
    if filters.diet_tag and filters.diet_tag not in row.diet_tags:
        return False
    if filters.origin == "central" and not row.is_central:
        return False
    if filters.origin == "own" and row.is_central:
        return False
    # Unknown is never free from: only a known "free" passes.
    return all(row.allergens.status(Allergen(a)) == AllergenStatus.FREE for a in filters.free_from)


class RecipeListModel(RowsModel):
    """One row per recipe a site sees; cost and CO2e fill in when the figures arrive."""

    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._figures: Mapping[str, PortionFigures] = {}

    def titles(self) -> tuple[str, ...]:
        """The column titles."""
        return (
            self.tr("Recipe"),
            self.tr("Category"),
            self.tr("Diet"),
            self.tr("Origin"),
            self.tr("Yield"),
            self.tr("Per portion"),
            self.tr("CO2e/portion"),
            self.tr("Allergens"),
        )

    def set_figures(self, figures: Mapping[str, PortionFigures]) -> None:
        """Per-portion figures by recipe id, for the cost and CO2e columns."""
        self._figures = dict(figures)
        if self._rows:
            self.dataChanged.emit(self.index(0, COST), self.index(len(self._rows) - 1, CO2E))

    def row_of(self, recipe_id: str) -> int:
        """The row of a recipe, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == recipe_id), -1)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def _display(self, row: RecipeSummary, column: int) -> str:
        figures = self._figures.get(row.id)
        if column == NAME:
            return row.name
        if column == CATEGORY:
            return category_text(row.category)
        if column == TAGS:
            return ", ".join(tag_text(t) for t in row.diet_tags)
        if column == ORIGIN:
            return origin_text(row)
        if column == PORTIONS:
            return numbers.whole(row.yield_portions)
        if column == COST:
            return numbers.kroner(figures.cost_ore) if figures else ""
        if column == CO2E:
            return numbers.co2e(figures.co2e_kg) if figures else ""
        return marks(row.allergens)

    def _sort_key(self, row: RecipeSummary, column: int) -> Any:
        figures = self._figures.get(row.id)
        if column == PORTIONS:
            return row.yield_portions
        if column == COST:
            return figures.cost_ore if figures and figures.cost_ore is not None else -1
        if column == CO2E:
            return figures.co2e_kg if figures and figures.co2e_kg is not None else -1.0
        return danish_key(self._display(row, column))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == RECIPE_ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == SUMMARY_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ALLERGENS:
                return summary(row.allergens) or self.tr("Free from all 14 allergens")
            if column == NAME:
                allergens = summary(row.allergens) or self.tr("Free from all 14 allergens")
                origin = origin_text(row)
                return "\n".join(filter(None, (row.name, row.name_en, origin, allergens)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PORTIONS, COST, CO2E):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == ORIGIN and row.is_central:
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.FontRole and column == NAME and not row.is_central:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def mimeTypes(self) -> list[str]:
        return [RECIPE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = []
        for index in indexes:
            if index.isValid() and self._rows[index.row()].id not in ids:
                ids.append(self._rows[index.row()].id)
        data = QMimeData()
        data.setData(RECIPE_MIME, "\n".join(ids).encode())
        data.setText("\n".join(self._rows[self.row_of(i)].name for i in ids))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


def recipe_ids(mime: QMimeData) -> list[str]:
    """The recipe ids a drag from the library carries."""
    if not mime.hasFormat(RECIPE_MIME):
        return []
    return [x for x in bytes(mime.data(RECIPE_MIME).data()).decode().split("\n") if x]


class RecipeFilterProxy(QSortFilterProxyModel):
    """Filters the library by `RecipeFilters` as the user types; sorts names in Danish order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filters = RecipeFilters()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filters(self, filters: RecipeFilters) -> None:
        """Show only recipes matching `filters`."""
        if filters == self._filters:
            return
        self.beginFilterChange()
        self._filters = filters
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filters(self) -> RecipeFilters:
        """The filters in force."""
        return self._filters

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        model = self.sourceModel()
        row = model.index(source_row, 0, source_parent).data(SUMMARY_ROLE)
        return row is not None and matches(row, self._filters)

    def recipe_id(self, row: int) -> str | None:
        """The recipe id in a proxy row."""
        index = self.index(row, 0)
        return index.data(RECIPE_ID_ROLE) if index.isValid() else None
