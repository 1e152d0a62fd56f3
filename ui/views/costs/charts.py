"""The Økonomi page's two charts: cost per cover over time, and budget against actual cost."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from canteen.services.costs import CostFigures

COST_COLOUR = QColor("#1565c0")
RAW_COLOUR = QColor("#2e7d32")
BUDGET_COLOUR = QColor("#90a4ae")
ACTUAL_COLOUR = QColor("#e65100")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


class CostPerCoverChart(QChartView):
    """Total cost and raw materials per cover (kr) for each period; gaps where nobody ate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.setChart(_chart(self.tr("Cost per cover (kr)")))

    def show_periods(self, periods: list[tuple[str, CostFigures]]) -> None:
        """One point per period; a period without covers breaks the line instead of dropping."""
        chart = _chart(self.tr("Cost per cover (kr)"))
        total = QLineSeries()
        total.setName(self.tr("Total cost"))
        total.setPen(QPen(COST_COLOUR, 2))
        raw = QLineSeries()
        raw.setName(self.tr("Raw materials"))
        raw.setPen(QPen(RAW_COLOUR, 2))
        highest = 0.0
        for index, (_period, figures) in enumerate(periods):
            for series, value in (
                (total, figures.total_cost_per_cover_ore),
                (raw, figures.raw_materials_per_cover_ore),
            ):
                if value is not None:
                    series.append(index, value / 100)
                    highest = max(highest, value / 100)
        axis_x = QBarCategoryAxis()
        axis_x.append([period for period, _ in periods] or [""])
        axis_y = QValueAxis()
        axis_y.setRange(0, highest * 1.15 or 1)
        axis_y.setLabelFormat("%.0f")
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for series in (total, raw):
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        self.setChart(chart)
        self.points = total.count()


class BudgetChart(QChartView):
    """Budget and actual total cost (thousand kr) side by side for each period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.setChart(_chart(self.tr("Budget and actual (1,000 kr)")))

    def show_periods(self, periods: list[tuple[str, CostFigures]]) -> None:
        """Two bars per period; a period with no budget has no budget bar."""
        chart = _chart(self.tr("Budget and actual (1,000 kr)"))
        budget = QBarSet(self.tr("Budget"))
        budget.setColor(BUDGET_COLOUR)
        actual = QBarSet(self.tr("Actual"))
        actual.setColor(ACTUAL_COLOUR)
        highest = 0.0
        for _period, figures in periods:
            spent = figures.total_cost_ore / 100_000
            planned = (figures.budget_ore or 0) / 100_000
            budget.append(planned)
            actual.append(spent)
            highest = max(highest, spent, planned)
        series = QBarSeries()
        series.append(budget)
        series.append(actual)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([period for period, _ in periods] or [""])
        axis_y = QValueAxis()
        axis_y.setRange(0, highest * 1.15 or 1)
        axis_y.setLabelFormat("%.0f")
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.setChart(chart)
        self.bars = budget.count()
