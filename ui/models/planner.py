"""The week planner grid: a row per menu line (and extra dish on it), a column per day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from canteen.db.models.org import SERVICES
from canteen.services.menus.evidence import key_from_text, key_text
from canteen.services.menus.rows import CellKey, CellRow, DayRow, MenuLineRow, WeekView
from ui.models import numbers
from ui.models.allergens import marks, summary
from ui.models.recipes import RECIPE_MIME, recipe_ids
from ui.text import day_text, fill

if TYPE_CHECKING:
    from PySide6.QtCore import QPersistentModelIndex

translate = QCoreApplication.translate

CELL_MIME = "application/x-canteen-plan-cell"
KEY_ROLE = Qt.ItemDataRole.UserRole
CELL_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 3
# Header role: how much width a day column deserves (an empty weekend day gets less).
WEIGHT_ROLE = Qt.ItemDataRole.UserRole + 4
EMPTY_WEEKEND_WEIGHT = 0.45

DAY_OFF_TINT = QColor("#ececec")
WEEKEND_TINT = QColor("#f5f5f5")
PROBLEM_COLOUR = QColor("#b3261e")


def weekday_short(day: date) -> str:
    """'Mon' … 'Sun' in the user's language."""
    names = (
        translate("Planner", "Mon"),
        translate("Planner", "Tue"),
        translate("Planner", "Wed"),
        translate("Planner", "Thu"),
        translate("Planner", "Fri"),
        translate("Planner", "Sat"),
        translate("Planner", "Sun"),
    )
    return names[day.weekday()]


def day_label(day: date) -> str:
    """'Mon 23/11' (Danish: 'Man 23.11.'), the app's one weekday-and-date form."""
    return day_text(day, "weekday")


def service_text(service: str) -> str:
    """A meal service in the user's language."""
    names = {
        "breakfast": translate("Planner", "Breakfast"),
        "lunch": translate("Planner", "Lunch"),
        "dinner": translate("Planner", "Dinner"),
    }
    return names.get(service, service)


@dataclass(frozen=True)
class PlanRow:
    """One row of the grid: a menu line, and which dish on it (0 for the first)."""

    line: MenuLineRow
    position: int

    @property
    def title(self) -> str:
        """The row heading: the line's name, numbered from its second dish on."""
        return self.line.name if self.position == 0 else f"{self.line.name} {self.position + 1}"


def _unknown_line(service: str, code: str) -> MenuLineRow:
    return MenuLineRow("", code, code, code, service, 999, False, False)


def plan_rows(view: WeekView) -> list[PlanRow]:
    """The grid's rows: each line of the week once per dish position in use (at least once)."""
    lines = list(view.lines)
    known = {(x.service, x.code) for x in lines}
    for cell in view.cells:
        if (cell.key.service, cell.key.line) not in known:
            known.add((cell.key.service, cell.key.line))
            lines.append(_unknown_line(cell.key.service, cell.key.line))
    lines.sort(
        key=lambda x: (SERVICES.index(x.service) if x.service in SERVICES else 9, x.position)
    )
    rows = []
    for line in lines:
        used = [
            c.key.position
            for c in view.cells
            if (c.key.service, c.key.line) == (line.service, line.code)
        ]
        for position in range(max(used, default=0) + 1):
            rows.append(PlanRow(line, position))
    return rows


class WeekPlanModel(QAbstractTableModel):
    """The planned dishes of one week; drops of recipes and of cells become signals."""

    recipe_dropped = Signal(object, str)  # CellKey, recipe id
    cell_dropped = Signal(object, object)  # from CellKey, to CellKey

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: WeekView | None = None
        self._rows: list[PlanRow] = []
        self._cells: dict[CellKey, CellRow] = {}

    def set_view(self, view: WeekView | None) -> None:
        """Show a week (None: nothing)."""
        self.beginResetModel()
        self._view = view
        self._rows = plan_rows(view) if view is not None else []
        self._cells = {c.key: c for c in view.cells} if view is not None else {}
        self.endResetModel()

    def view(self) -> WeekView | None:
        """The week shown."""
        return self._view

    def plan_row(self, row: int) -> PlanRow:
        """The line and position of a row."""
        return self._rows[row]

    def key(self, row: int, column: int) -> CellKey:
        """The cell key at a row and column."""
        plan = self._rows[row]
        return CellKey(
            self._view.days[column].day, plan.line.service, plan.line.code, plan.position
        )

    def index_of(self, key: CellKey) -> QModelIndex:
        """The index showing `key` (invalid when the week or line is not shown)."""
        if self._view is None:
            return QModelIndex()
        for row, plan in enumerate(self._rows):
            if (plan.line.service, plan.line.code, plan.position) == (
                key.service,
                key.line,
                key.position,
            ):
                for column, day in enumerate(self._view.days):
                    if day.day == key.day:
                        return self.index(row, column)
        return QModelIndex()

    def next_free_position(self, key: CellKey) -> CellKey:
        """The key of a new extra dish on the same day and line."""
        used = [
            k.position
            for k in self._cells
            if (k.day, k.service, k.line) == (key.day, key.service, key.line)
        ]
        return CellKey(key.day, key.service, key.line, max(used, default=-1) + 1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._view is None else len(self._view.days)

    def _day(self, column: int) -> DayRow:
        return self._view.days[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._view is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._view.days):
                return None
            day = self._day(section)
            note = (day.closed_reason or self.tr("Closed")) if day.closed else ""
            if not note and day.day_off is not None:
                note = day.day_off.name
            if role == Qt.ItemDataRole.DisplayRole:
                return day_label(day.day) + (f"\n{note}" if note else "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return note or None
            if role == WEIGHT_ROLE:
                planned = any(c.day == day.day for c in self._cells)
                empty_weekend = day.day.isoweekday() > 5 and not planned
                return EMPTY_WEEKEND_WEIGHT if empty_weekend else 1.0
            return None
        if not 0 <= section < len(self._rows):
            return None
        plan = self._rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return plan.title
        if role == Qt.ItemDataRole.ToolTipRole:
            text = service_text(plan.line.service)
            if not plan.line.id:
                text += " – " + self.tr("this line is no longer on the canteen's menu")
            return text
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )
        if self.cell_at(index) is not None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def cell_at(self, index: QModelIndex | QPersistentModelIndex) -> CellRow | None:
        """The dish at an index, or None."""
        if not index.isValid() or self._view is None:
            return None
        return self._cells.get(self.key(index.row(), index.column()))

    def _tooltip(self, cell: CellRow) -> str:
        parts = [cell.recipe_name]
        if cell.recipe_name_en:
            parts.append(cell.recipe_name_en)
        parts.append(
            fill(
                self.tr("%1 portions, %2 per portion"),
                numbers.whole(cell.planned_portions),
                numbers.kroner(cell.cost_per_portion_ore),
            )
        )
        parts.append(
            fill(
                self.tr("Organic %1, %2 per portion"),
                numbers.percent(cell.organic_share_kr),
                numbers.co2e(cell.co2e_per_portion_kg),
            )
        )
        allergens = summary(cell.allergens)
        parts.append(allergens or self.tr("Free from all 14 allergens"))
        if cell.recipe_deleted:
            parts.append(self.tr("The recipe has been deleted: choose another dish."))
        return "\n".join(parts)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._view is None or not 0 <= index.row() < len(self._rows):
            return None
        cell = self.cell_at(index)
        if role == KEY_ROLE:
            return self.key(index.row(), index.column())
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.BackgroundRole:
            day = self._day(index.column())
            if day.closed or (
                day.day_off is not None and day.day_off.kind in ("public", "customary")
            ):
                return QBrush(DAY_OFF_TINT)
            if day.day.isoweekday() > 5:
                return QBrush(WEEKEND_TINT)
            return None
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.recipe_name
        if role == DETAIL_ROLE:
            portions = self.tr("%n ptn.", "", cell.planned_portions)
            allergens = marks(cell.allergens)
            return f"{portions} · {allergens}" if allergens else portions
        if role == PROBLEM_ROLE:
            return cell.recipe_deleted
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        if role == Qt.ItemDataRole.ForegroundRole and cell.recipe_deleted:
            return QBrush(PROBLEM_COLOUR)
        if role == Qt.ItemDataRole.FontRole and cell.recipe_deleted:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    # --- drag and drop -------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [CELL_MIME, RECIPE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        filled = [i for i in indexes if self.cell_at(i) is not None]
        if filled:
            data.setData(
                CELL_MIME, key_text(self.key(filled[0].row(), filled[0].column())).encode()
            )
            data.setText(self.cell_at(filled[0]).recipe_name)
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return parent.isValid() and (data.hasFormat(CELL_MIME) or data.hasFormat(RECIPE_MIME))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """A drop onto a cell: a recipe from the library, or a dish moved from another cell."""
        if not parent.isValid() or action == Qt.DropAction.IgnoreAction:
            return False
        target = self.key(parent.row(), parent.column())
        if data.hasFormat(CELL_MIME):
            source = key_from_text(bytes(data.data(CELL_MIME).data()).decode())
            if source != target:
                self.cell_dropped.emit(source, target)
            return True
        ids = recipe_ids(data)
        if not ids:
            return False
        self.recipe_dropped.emit(target, ids[0])
        return True
