"""The forecast chart: recorded covers, the forecast with its likely range, and overrides."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from PySide6.QtCharts import (
    QAreaSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ui.text import language

HISTORY_COLOUR = QColor("#455a64")
FORECAST_COLOUR = QColor("#1565c0")
RANGE_COLOUR = QColor(21, 101, 192, 50)
OVERRIDE_COLOUR = QColor("#e65100")


def _x(day: date) -> float:
    return float(QDateTime(datetime.combine(day, time(12))).toMSecsSinceEpoch())


class ForecastChart(QChartView):
    """`show_data(history, forecasts)`: history as (day, covers), forecasts as StoredForecast."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.history_series = self._line(self.tr("Recorded covers"), HISTORY_COLOUR, 2)
        self.forecast_series = self._line(self.tr("Forecast"), FORECAST_COLOUR, 2)
        self.upper_series = QLineSeries()
        self.lower_series = QLineSeries()
        self.range_series = QAreaSeries(self.upper_series, self.lower_series)
        self.range_series.setName(self.tr("Likely range"))
        self.range_series.setColor(RANGE_COLOUR)
        self.range_series.setBorderColor(RANGE_COLOUR)
        self.override_series = QScatterSeries()
        self.override_series.setName(self.tr("Your numbers"))
        self.override_series.setColor(OVERRIDE_COLOUR)
        self.override_series.setBorderColor(OVERRIDE_COLOUR)
        self.override_series.setMarkerSize(9)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("d.M." if language() == "da" else "d/M")  # as ui.text.day_text
        self.x_axis.setTickCount(9)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTitleText(self.tr("Covers"))
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (
            self.range_series,
            self.history_series,
            self.forecast_series,
            self.override_series,
        ):
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.setChart(chart)

    def _line(self, name: str, colour: QColor, width: int) -> QLineSeries:
        series = QLineSeries()
        series.setName(name)
        series.setPen(QPen(colour, width))
        return series

    def show_data(self, history: Sequence[tuple[date, int]], forecasts: Sequence) -> None:
        """Draw the recorded covers and the forecast rows (one service)."""
        for series in (
            self.history_series,
            self.forecast_series,
            self.upper_series,
            self.lower_series,
            self.override_series,
        ):
            series.clear()
        for day, covers in history:
            self.history_series.append(_x(day), covers)
        for row in forecasts:
            self.forecast_series.append(_x(row.day), row.covers)
            self.upper_series.append(_x(row.day), row.high)
            self.lower_series.append(_x(row.day), row.low)
            if row.override is not None:
                self.override_series.append(_x(row.day), row.override)
        days = [day for day, _ in history] + [row.day for row in forecasts]
        if not days:
            return
        self.x_axis.setRange(
            QDateTime(datetime.combine(min(days), time(0))),
            QDateTime(datetime.combine(max(days), time(23))),
        )
        top = max(
            [covers for _, covers in history]
            + [row.high for row in forecasts]
            + [row.override or 0 for row in forecasts]
            + [10]
        )
        self.y_axis.setRange(0, top * 1.1)
        self.y_axis.applyNiceNumbers()
