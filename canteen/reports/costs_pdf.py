"""The cost report as a PDF: key figures, two charts, then district and site tables by period."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from canteen.reports.costs_columns import (
    COUNT,
    DECIMALS,
    LEVEL_NAMES,
    PERCENT,
    TIER_NAMES,
    column,
)
from canteen.reports.costs_table import CostTable, Look, TableRow, column_widths
from canteen.reports.document import (
    ACCENT,
    GREEN,
    INK,
    MUTED,
    RULE,
    TINT,
    PageDecor,
    body_width,
    build_pdf,
    page_size,
)
from canteen.reports.fonts import BOLD, REGULAR, register_fonts
from canteen.services.costs import ALL, DISTRICT, SITE, CostReport, CostRow

DASH = "–"
GROUPED = {"month": "måned", "quarter": "kvartal", "year": "år"}
# The PDF's figures: a landscape page holds these; the XLSX has every column.
PDF_KEYS = (
    "covers",
    "revenue",
    "raw_materials",
    "raw_materials_per_cover",
    "raw_material_coverage",
    "labour",
    "other",
    "total_cost",
    "total_cost_per_cover",
    "budget",
    "variance",
    "waste_kg",
    "waste_g_per_cover",
    "organic_share_kr",
    "organic_share_kg",
    "co2e_per_cover",
)
SHORT = {
    "covers": "Kuverter",
    "revenue": "Omsætning",
    "raw_materials": "Råvarer",
    "raw_materials_per_cover": "Råvarer pr. kuv.",
    "raw_material_coverage": "Dækning %",
    "labour": "Løn",
    "other": "Andet",
    "total_cost": "Omk. i alt",
    "total_cost_per_cover": "Omk. pr. kuv.",
    "budget": "Budget",
    "variance": "Afvigelse",
    "waste_kg": "Spild kg",
    "waste_g_per_cover": "Spild g/kuv.",
    "organic_share_kr": "Øko % kr",
    "organic_share_kg": "Øko % kg",
    "co2e_per_cover": "CO2e kg/kuv.",
}


TABLE_SIZE = 6.4  # points: 19 figure columns on a landscape A4
HEAD_SIZE = 6.2


def _style(name: str, size: float, **kw) -> ParagraphStyle:
    base = {"fontName": REGULAR, "fontSize": size, "leading": size * 1.25, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)


TITLE = _style("costs_title", 18, fontName=BOLD, leading=22)
SUBTITLE = _style("costs_subtitle", 10, textColor=MUTED, leading=14)
SECTION = _style("costs_section", 12, fontName=BOLD, textColor=ACCENT, leading=16, spaceBefore=6)
NOTE = _style("costs_note", 8, textColor=MUTED, leading=10)


def danish(value: float | None, kind: str) -> str:
    """A figure the Danish way: 12.345,50; '–' for None (no covers, nothing to divide by)."""
    if value is None:
        return DASH
    decimals = 0 if kind == COUNT else DECIMALS[kind]
    if kind == PERCENT:
        decimals = 1
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


ROUNDED = ("revenue", "raw_materials", "labour", "other", "total_cost", "budget", "variance")
# (column, shown as whole kroner) per figure, looked up once rather than per cell.
_PDF_COLUMNS = tuple((column(key), key in ROUNDED) for key in PDF_KEYS)


def _cells(row: CostRow) -> list[str]:
    cells = []
    for col, whole in _PDF_COLUMNS:
        value = col.value(row)
        if whole:
            cells.append(DASH if value is None else danish(round(value), COUNT))
        else:
            cells.append(danish(value, col.kind))
    return cells


def _rgb(color) -> tuple[float, float, float]:
    return (color.red, color.green, color.blue)


def table_look(font: str) -> Look:
    """The tables' fonts, sizes and colours (the house colours of `document`)."""
    return Look(
        font=font,
        bold=font + "-Bold",
        size=TABLE_SIZE,
        head_size=HEAD_SIZE,
        ink=_rgb(INK),
        accent=_rgb(ACCENT),
        rule=_rgb(RULE),
        tint=_rgb(TINT),
    )


def _table(rows: list[CostRow], label, width: float, font: str) -> CostTable:
    """One line per row; the heading row repeats on every page the table runs onto."""
    headings = ["", "Periode", *(SHORT[k] for k in PDF_KEYS), "Mærke kr/kg"]
    coverage = 1 + PDF_KEYS.index("raw_material_coverage")  # index into a row's texts
    tiers = TIER_NAMES["da"]
    lines = []
    for row in rows:
        figures = row.figures
        alarm = figures.raw_material_coverage is not None and figures.raw_material_coverage < 100
        lines.append(
            TableRow(
                label(row),
                (
                    row.period,
                    *_cells(row),
                    f"{tiers[figures.organic_tier_kr]}/{tiers[figures.organic_tier_kg]}",
                ),
                # Guests not paying for the raw materials breaks the state's pricing rule.
                frozenset((coverage,)) if alarm else frozenset(),
            )
        )
    look = table_look(font)
    return CostTable(headings, lines, column_widths(look, headings, lines, width), look)


def _kroner(value: float | None) -> float | None:
    return None if value is None else value / 100


def cost_charts(report: CostReport, width: float, font: str) -> Drawing:
    """Cost per cover over time (left) and budget against actual cost (right), for the total.

    Each chart has its title, then its legend on one line, then the plot below both: the legend
    has a band of its own, so no bar or line can run under it, however many periods there are.
    """
    totals = report.level(ALL)
    periods = [r.period for r in totals]
    height = 62 * mm
    plot_y, plot_top = 12 * mm, height - 15 * mm
    drawing = Drawing(width, height)
    half = width / 2
    per_cover = HorizontalLineChart()
    per_cover.x, per_cover.y = 12 * mm, plot_y
    per_cover.width, per_cover.height = half - 22 * mm, plot_top - plot_y
    per_cover.data = [
        [_kroner(r.figures.total_cost_per_cover_ore) for r in totals],
        [_kroner(r.figures.raw_materials_per_cover_ore) for r in totals],
    ]
    per_cover.lines[0].strokeColor, per_cover.lines[1].strokeColor = ACCENT, GREEN
    per_cover.lines[0].strokeWidth = per_cover.lines[1].strokeWidth = 1.5
    # A mark on every month: a month between months without covers has no line to either side.
    for line, colour in ((per_cover.lines[0], ACCENT), (per_cover.lines[1], GREEN)):
        line.symbol = makeMarker("FilledCircle", size=4, fillColor=colour, strokeColor=colour)
    _axes(per_cover, periods, font)
    drawing.add(per_cover)
    bars = VerticalBarChart()
    bars.x, bars.y = half + 14 * mm, plot_y
    bars.width, bars.height = half - 22 * mm, plot_top - plot_y
    bars.data = [
        [(_kroner(r.figures.budget_ore) or 0) / 1000 for r in totals],
        [_kroner(r.figures.total_cost_ore) / 1000 for r in totals],
    ]
    bars.bars[0].fillColor, bars.bars[1].fillColor = colors.HexColor("#9fb7cf"), ACCENT
    bars.bars.strokeColor = None
    bars.groupSpacing = 3
    _axes(bars, periods, font)
    drawing.add(bars)
    for chart, title, names, palette in (
        (per_cover, "Omkostninger pr. kuvert, kr", ("I alt", "Råvarer"), (ACCENT, GREEN)),
        (
            bars,
            "Budget og faktisk, 1.000 kr",
            ("Budget", "Faktisk"),
            (colors.HexColor("#9fb7cf"), ACCENT),
        ),
    ):
        drawing.add(
            String(
                chart.x, height - 5 * mm, title, fontName=font + "-Bold", fontSize=9, fillColor=INK
            )
        )
        drawing.add(_legend(chart.x, height - 8 * mm, names, palette, font))
    return drawing


def _legend(x: float, top: float, names, palette, font: str) -> Legend:
    """The series' names on one line, swatch then name, starting at `x` under the title."""
    legend = Legend()
    legend.x, legend.y = x, top
    legend.fontName, legend.fontSize = font, 7
    legend.dx = legend.dy = 7
    legend.deltay = 9
    legend.columnMaximum, legend.alignment = 1, "right"  # one per column: a single line
    legend.autoXPadding = 12
    legend.colorNamePairs = list(zip(palette, names, strict=True))
    return legend


def _axes(chart, periods: list[str], font: str) -> None:
    chart.categoryAxis.categoryNames = periods
    labels = chart.categoryAxis.labels
    labels.fontName, labels.fontSize = font, 6
    if len(periods) > 8:
        labels.angle, labels.boxAnchor, labels.dy = 45, "ne", -2
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: danish(v, COUNT)
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True


def _selection_text(report: CostReport) -> str:
    if report.selection.kind == ALL:
        return "Alle kredse"
    kind = "Kreds" if report.selection.kind == DISTRICT else "Kantine"
    return f"{kind} {report.selection_name}"


def costs_pdf(report: CostReport, out: str | Path | None = None) -> bytes:
    """The report's PDF bytes (also written to `out`), landscape A4, Danish."""
    font = register_fonts()
    pagesize = page_size("landscape")
    width = body_width(pagesize)
    period = f"{report.first} – {report.last}, pr. {GROUPED[report.grouping]}"
    decor = PageDecor(
        header=f"Kantineøkonomi · {_selection_text(report)}",
        header_right=period,
        footer=(
            "Beløb i kr. Afvigelse = omkostninger i alt − budget (positiv: over budget). "
            "– = intet at dele med (ingen kuverter eller intet købt)."
        ),
        page_label="Side {page}",
    )
    story = [
        Paragraph(f"Kantineøkonomi · {_selection_text(report)}", TITLE),
        Paragraph(period, SUBTITLE),
        Spacer(1, 3 * mm),
        cost_charts(report, width, font),
        Spacer(1, 2 * mm),
    ]
    total_label = LEVEL_NAMES["da"][ALL]
    story += [
        Paragraph("I alt", SECTION),
        _table(report.level(ALL), lambda r: total_label, width, font),
    ]
    if report.selection.kind != SITE:
        story += [
            CondPageBreak(40 * mm),
            Paragraph("Kredse", SECTION),
            _table(
                report.level(DISTRICT),
                lambda r: f"{r.district_code} {r.district_name}",
                width,
                font,
            ),
        ]
    story += [
        CondPageBreak(40 * mm),
        Paragraph("Kantiner", SECTION),
        _table(report.level(SITE), lambda r: f"{r.site_code} {r.site_name}", width, font),
        Spacer(1, 2 * mm),
        Paragraph(
            "Råvaredækning = omsætning ÷ råvarer; under 100 % (rødt) betaler gæsterne ikke "
            "råvarerne. Økoandel af varekøb i kr og kg; Spisemærke: bronze fra 30 %, sølv fra "
            f"60 %, guld fra 90 %. Økoandelen for et kvartal skal være opgjort senest seks uger "
            f"efter kvartalets udgang (for {report.last}: "
            f"{report.rows[-1].organic_deadline.isoformat() if report.rows else DASH}).",
            NOTE,
        ),
    ]
    return build_pdf(
        story, out, pagesize=pagesize, decor=decor, title="Kantineøkonomi", ascii85=False
    )
