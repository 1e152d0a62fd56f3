"""The Økonomi page's tables: report lines (district, site or period) and a month's entries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from canteen.services.costs import CostFigures
from ui.models.numbers import NONE, kroner
from ui.models.rows import RowsModel
from ui.text import day_text
from ui.wording.costs import category_text, tier_text

DISPLAY = Qt.ItemDataRole.DisplayRole
SORT = Qt.ItemDataRole.UserRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
FONT = Qt.ItemDataRole.FontRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
WARNING = QColor("#c62828")


@dataclass(frozen=True)
class ReportLine:
    """One row of the report table: what it is (`kind`, `key` to drill into), its name, figures."""

    kind: str  # 'all', 'district', 'site' or 'period'
    key: str  # district code, site code or period
    name: str
    figures: CostFigures
    total: bool = False  # the table's own total row, shown bold


def _number(value: float | None, decimals: int = 0) -> str:
    return NONE if value is None else QLocale().toString(float(value), "f", decimals)


def _share(value: float | None) -> str:
    return NONE if value is None else f"{_number(value, 1)} %"


# (key, figure, text): the figure sorts the column, the text shows it.
FIGURES: tuple[tuple[str, Callable[[CostFigures], Any], Callable[[Any], str]], ...] = (
    ("covers", lambda f: f.covers, _number),
    ("revenue", lambda f: f.revenue_ore, lambda v: kroner(v, 0)),
    ("raw_materials", lambda f: f.raw_materials_ore, lambda v: kroner(v, 0)),
    ("raw_per_cover", lambda f: f.raw_materials_per_cover_ore, kroner),
    ("coverage", lambda f: f.raw_material_coverage, _share),
    ("labour", lambda f: f.labour_ore, lambda v: kroner(v, 0)),
    ("other", lambda f: f.other_ore + f.waste_ore, lambda v: kroner(v, 0)),
    ("total_cost", lambda f: f.total_cost_ore, lambda v: kroner(v, 0)),
    ("total_per_cover", lambda f: f.total_cost_per_cover_ore, kroner),
    ("budget", lambda f: f.budget_ore, lambda v: kroner(v, 0)),
    ("variance", lambda f: f.variance_ore, lambda v: kroner(v, 0)),
    ("waste_kg", lambda f: f.waste_kg, lambda v: _number(v, 1)),
    ("waste_per_cover", lambda f: f.waste_g_per_cover, lambda v: _number(v, 0)),
    ("organic_kr", lambda f: f.organic_share_kr, _share),
    ("organic_kg", lambda f: f.organic_share_kg, _share),
    ("co2e_per_cover", lambda f: f.co2e_per_cover_kg, lambda v: _number(v, 2)),
)


class CostTableModel(RowsModel):
    """Report lines with their figures; coverage under 100 % and spending over budget in red."""

    columns = 1 + len(FIGURES)

    def titles(self) -> list[str]:
        return [
            self.tr("Name"), self.tr("Covers"), self.tr("Revenue"), self.tr("Raw materials"),
            self.tr("Raw mat./cover"), self.tr("Coverage"), self.tr("Labour"), self.tr("Other"),
            self.tr("Total cost"), self.tr("Cost/cover"), self.tr("Budget"), self.tr("Variance"),
            self.tr("Waste kg"), self.tr("Waste g/cover"), self.tr("Organic kr"),
            self.tr("Organic kg"), self.tr("kg CO2e/cover"),
        ]  # fmt: skip

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line: ReportLine = self._rows[index.row()]
        column = index.column()
        if column == 0:
            if role in (DISPLAY, SORT):
                return line.name
            if role == FONT and line.total:
                return _bold()
            return None
        key, figure, text = FIGURES[column - 1]
        value = figure(line.figures)
        if role == DISPLAY:
            return text(value)
        if role == SORT:
            return float("-inf") if value is None else float(value)
        if role == ALIGN:
            return RIGHT
        if role == FONT and line.total:
            return _bold()
        if role == FOREGROUND and value is not None and _warns(key, value):
            return WARNING
        if role == TOOLTIP and key == "organic_kr":
            return tier_text(line.figures.organic_tier_kr)
        if role == TOOLTIP and key == "organic_kg":
            return tier_text(line.figures.organic_tier_kg)
        return None


def _warns(key: str, value: float) -> bool:
    """Coverage under 100 % breaks the state's pricing rule; a positive variance is over budget."""
    return (key == "coverage" and value < 100) or (key == "variance" and value > 0)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class LedgerLinesModel(RowsModel):
    """A site's booked rows in the chosen months: day, what, category, amount, covers, kg, note."""

    columns = 7

    def titles(self) -> list[str]:
        return [
            self.tr("Day"), self.tr("Entry"), self.tr("Category"), self.tr("Amount"),
            self.tr("Covers"), self.tr("Weight kg"), self.tr("Note"),
        ]  # fmt: skip

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        column = index.column()
        if role == SORT:
            values = (
                line.day.toordinal(), line.kind, line.category, line.amount_ore,
                line.covers or 0, line.weight_g or 0.0, line.note,
            )  # fmt: skip
            return values[column]
        if role == ALIGN and column in (3, 4, 5):
            return RIGHT
        if role == FOREGROUND and column == 3 and line.amount_ore < 0:
            return WARNING
        if role != DISPLAY:
            return None
        if column == 0:
            return day_text(line.day)
        if column == 1:
            return self.kind_text(line.kind)
        if column == 2:
            return category_text(line.category)
        if column == 3:
            return kroner(line.amount_ore)
        if column == 4:
            return "" if line.covers is None else _number(line.covers)
        if column == 5:
            return "" if line.weight_g is None else _number(line.weight_g / 1000, 1)
        note = line.note
        if line.period != f"{line.day.year:04d}-{line.day.month:02d}":
            note = " · ".join(
                part for part in (self.tr("counts in %1").replace("%1", line.period), note) if part
            )
        return note

    def kind_text(self, kind: str) -> str:
        """'sale', its reversal or correction, 'cost' or 'waste' in words."""
        return {
            "sale": self.tr("Sale"),
            "sale_reversal": self.tr("Sale reversed"),
            "sale_correction": self.tr("Sale corrected"),
            "cost": self.tr("Cost"),
            "waste": self.tr("Waste weighed"),
        }.get(kind, kind)
