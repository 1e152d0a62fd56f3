"""The cost PDF's charts: the legends have a band of their own, clear of every bar and line."""

from __future__ import annotations

from datetime import date

import pytest
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Group, Rect
from reportlab.lib.units import mm

from canteen.reports.costs_pdf import cost_charts, costs_pdf
from canteen.reports.fonts import register_fonts
from canteen.services.costs import Selection, cost_report
from tests.canteen.costs.ledger import budget, sale
from tests.canteen.costs.scenario import build
from tests.canteen.reports.conftest import read_pdf
from tests.factories import make_district, make_site

LONG_DISTRICT = "Midt- og Vestsjællands Politi, kredsen med det meget lange navn"


@pytest.fixture
def ledger(db):
    """The hand-built ledger, plus a year of full budgets in a district with a long name."""
    build(db)
    district = make_district(db, code="K9", name=LONG_DISTRICT)
    site = make_site(db, district, code="L-01", name="Kantinen med et langt navn i kredsen")
    for month in range(1, 13):
        sale(db, site, date(2025, month, 3), 80, 400_000)
        budget(db, site, district, f"2025-{month:02d}", raw_materials=2_400_000, labour=5_000_000)
    return db


def _rects(shape) -> list[tuple[float, float, float, float]]:
    """Every filled rectangle a chart draws, as (x0, y0, x1, y1)."""
    if isinstance(shape, Rect):
        if shape.fillColor is None or shape.width <= 0 or shape.height <= 0:
            return []
        return [(shape.x, shape.y, shape.x + shape.width, shape.y + shape.height)]
    if isinstance(shape, Group):
        return [box for child in shape.contents for box in _rects(child)]
    return []


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize(
    ("first", "last"), [("2026-01", "2026-01"), ("2026-01", "2026-03"), ("2025-01", "2026-03")]
)
def test_no_legend_touches_a_bar_or_a_plot_area(ledger, first, last):
    report = cost_report(ledger, Selection(), first, last)
    drawing = cost_charts(report, 270 * mm, register_fonts())
    legends = [s for s in drawing.contents if isinstance(s, Legend)]
    charts = [s for s in drawing.contents if isinstance(s, VerticalBarChart | HorizontalLineChart)]
    assert len(legends) == 2
    assert len(charts) == 2
    bars = next(c for c in charts if isinstance(c, VerticalBarChart))
    bar_boxes = [box for box in _rects(bars.draw()) if box[3] - box[1] > 0.5]
    assert bar_boxes  # the chart has bars to collide with
    for legend in legends:
        box = legend.getBounds()
        assert box[0] >= 0
        assert box[1] >= 0
        assert box[2] <= drawing.width
        assert box[3] <= drawing.height
        assert not [bar for bar in bar_boxes if _overlap(box, bar)]
        for chart in charts:
            plot = (chart.x, chart.y, chart.x + chart.width, chart.y + chart.height)
            assert not _overlap(box, plot), (legend.colorNamePairs, plot)


def test_the_legend_names_are_in_the_pdf_above_the_bars(ledger, tmp_path):
    report = cost_report(ledger, Selection(), "2026-01", "2026-01")
    _count, pages = read_pdf(costs_pdf(report, tmp_path / "costs.pdf"))
    assert "Faktisk" in pages[0]
    assert "Budget og faktisk, 1.000 kr" in pages[0]
    assert "Vestsjællands Politi" in pages[0]


def _marks(shape) -> int:
    """How many circles (the line chart's marks) a shape draws."""
    from reportlab.graphics.shapes import Circle
    from reportlab.graphics.widgetbase import Widget

    if isinstance(shape, Circle):
        return 1
    if isinstance(shape, Widget):  # a marker is a widget until it is drawn
        return _marks(shape.draw())
    if isinstance(shape, Group):
        return sum(_marks(child) for child in shape.contents)
    return 0


def test_a_month_alone_between_months_without_covers_is_still_drawn(ledger):
    # 2026-01 has covers, 2026-02 and 2026-03 have none ('–'): no line can join the January
    # figures to anything, so only a mark shows them.
    report = cost_report(ledger, Selection(), "2026-01", "2026-03")
    drawing = cost_charts(report, 270 * mm, register_fonts())
    line = next(s for s in drawing.contents if isinstance(s, HorizontalLineChart))
    assert _marks(line.draw()) == 2  # total and raw materials per cover, January
