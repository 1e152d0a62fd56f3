"""The planner's day and week totals (a row per figure), and its list of notices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from canteen.services.menus.rows import CellKey, Totals, WeekView
from ui.models import numbers
from ui.models.allergens import marks, summary
from ui.models.planner import day_label, service_text, weekday_short
from ui.models.rows import RowsModel
from ui.text import fill

WARNING_COLOUR = QColor("#b3261e")
WARNING_TINT = QColor("#fbe7c2")

(
    COVERS,
    PORTIONS,
    COST,
    COST_PER_COVER,
    ORGANIC_KR,
    ORGANIC_KG,
    CO2E_PER_COVER,
    VEGETARIAN,
    ALLERGENS,
) = range(9)
FIGURES = 9


class TotalsModel(QAbstractTableModel):
    """Rows: covers, portions, cost, cost per cover, organic shares, CO2e per cover, vegetarian
    option and allergens; columns: the seven days, then the week."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: WeekView | None = None
        self._missing_veg: dict[date, list[str]] = {}

    def set_view(self, view: WeekView | None) -> None:
        """Show the totals of a week."""
        self.beginResetModel()
        self._view = view
        self._missing_veg = {}
        for warning in view.warnings if view is not None else ():
            if warning.code == "no_vegetarian_option" and warning.day is not None:
                self._missing_veg.setdefault(warning.day, []).append(
                    warning.data.get("service", "")
                )
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._view is None else FIGURES

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._view is None else len(self._view.days) + 1

    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("Covers"),
            self.tr("Portions"),
            self.tr("Cost (kr.)"),
            self.tr("Cost per cover (kr.)"),
            self.tr("Organic share by kroner"),
            self.tr("Organic share by kilo"),
            self.tr("kg CO2e per cover"),
            self.tr("Vegetarian option"),
            self.tr("Allergens"),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._view is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._titles()[section] if 0 <= section < FIGURES else None
        days = self._view.days
        if 0 <= section < len(days):
            return weekday_short(days[section].day)
        return self.tr("Week") if section == len(days) else None

    def _totals(self, column: int) -> tuple[Totals, date | None]:
        days = self._view.days
        if column < len(days):
            return days[column].totals, days[column].day
        return self._view.totals, None

    def _missing(self, day: date | None) -> list[str]:
        if day is not None:
            return self._missing_veg.get(day, [])
        return [s for services in self._missing_veg.values() for s in services]

    def _text(self, row: int, totals: Totals, day: date | None) -> str:
        if totals.portions == 0 and row not in (COVERS,):
            return ""
        if row == COVERS:
            return numbers.whole(totals.covers) if totals.covers else ""
        if row == PORTIONS:
            return numbers.whole(totals.portions)
        if row == COST:
            star = "" if totals.cost_complete else " *"
            return numbers.whole(totals.cost_ore / 100) + star
        if row == COST_PER_COVER:
            per_cover = totals.cost_per_cover_ore
            return numbers.fixed(per_cover / 100, 2) if per_cover is not None else ""
        if row == ORGANIC_KR:
            return numbers.percent(totals.organic_share_kr)
        if row == ORGANIC_KG:
            return numbers.percent(totals.organic_share_kg)
        if row == CO2E_PER_COVER:
            per_cover = totals.co2e_per_cover_kg
            return numbers.fixed(per_cover, 2) if per_cover is not None else ""
        if row == VEGETARIAN:
            missing = self._missing(day)
            if missing:
                services = sorted({service_text(s).lower() for s in missing})
                return fill(self.tr("Missing: %1"), ", ".join(services))
            return self.tr("Yes")
        return marks(totals.allergens)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._view is None:
            return None
        totals, day = self._totals(index.column())
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, totals, day)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row == ALLERGENS:
                return summary(totals.allergens) or None
            if row == COST and not totals.cost_complete and totals.portions:
                return self.tr("* Some ingredients have no price: the cost is too low.")
            return None
        if row == VEGETARIAN and totals.portions and self._missing(day):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(WARNING_COLOUR)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(WARNING_TINT)
        if role == Qt.ItemDataRole.TextAlignmentRole and row < VEGETARIAN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


@dataclass(frozen=True)
class Notice:
    """One line in the planner's notices: a warning or a change since printing."""

    text: str
    day: date | None = None
    key: CellKey | None = None
    serious: bool = False


class NoticeModel(RowsModel):
    """Two columns: the day (if any) and the worded notice."""

    columns = 2

    def titles(self) -> tuple[str, ...]:
        """The column titles."""
        return (self.tr("Day"), self.tr("Notice"))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        notice = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return day_label(notice.day) if notice.day else ""
            return notice.text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return notice.text
        if role == Qt.ItemDataRole.ForegroundRole and notice.serious:
            return QBrush(WARNING_COLOUR)
        return None
