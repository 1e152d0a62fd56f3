"""The production sheet: each day's dishes scaled to the planned portions, in kitchen units."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from canteen.domain.rounding import KitchenQuantity
from canteen.reports.document import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    TINT,
    PageDecor,
    body_width,
    build_pdf,
    page_size,
)
from canteen.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts
from canteen.reports.labels import ReportLabels, day_text, number
from canteen.reports.menu_cells import allergen_marks
from canteen.reports.menu_rows import (
    ProductionDay,
    ProductionRecipe,
    ProductionSheet,
)

DECIMALS = {"g": 0, "ml": 0, "pcs": 0, "dl": 1, "kg": 2, "l": 2}


def _style(name: str, size: float, **kw) -> ParagraphStyle:
    base = {"fontName": REGULAR, "fontSize": size, "leading": size * 1.25, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)


TITLE = _style("title", 20, fontName=BOLD, leading=25)
SUBTITLE = _style("subtitle", 11, textColor=MUTED, leading=15)
DISH = _style("dish", 13, fontName=BOLD, textColor=ACCENT, leading=16)
INFO = _style("info", 9.5, textColor=MUTED)
CELL = _style("cell", 10)
RIGHT = _style("right", 10, alignment=TA_RIGHT)
HEAD = _style("head", 9, fontName=BOLD, textColor=MUTED)
HEAD_RIGHT = _style("head_right", 9, fontName=BOLD, textColor=MUTED, alignment=TA_RIGHT)
METHOD = _style("method", 9.5, fontName=ITALIC, leading=13)


def quantity_text(quantity: KitchenQuantity, labels: ReportLabels) -> str:
    """'1,25 kg', '4,5 dl', '12 stk.' in the label set's language."""
    value = number(quantity.value, DECIMALS.get(quantity.unit, 2), labels)
    return f"{value} {labels.units.get(quantity.unit, quantity.unit)}"


def _recipe(recipe: ProductionRecipe, labels: ReportLabels, width: float) -> list[Flowable]:
    """One dish as one table: its name and column heads repeat on every page it runs onto."""
    factor = number(recipe.portions / recipe.yield_portions, 2, labels)
    info = (
        f"<b>{recipe.portions} {escape(labels.portions)}</b> · "
        f"{escape(labels.recipe_for.format(n=recipe.yield_portions))} · ×{factor}"
    )
    marks = allergen_marks(recipe.allergens)
    if marks:
        info += f" · {escape(labels.allergens_title)}: {escape(marks)}"
    line_name, dish_name = recipe.names(labels.language)
    head = [Paragraph(f"{escape(line_name)}: {escape(dish_name)}", DISH), Paragraph(info, INFO)]
    data = [
        [head, "", "", ""],
        [
            Paragraph(escape(labels.ingredient), HEAD),
            Paragraph(escape(labels.quantity), HEAD_RIGHT),
            Paragraph(escape(labels.prep_loss), HEAD_RIGHT),
            Paragraph(escape(labels.note), HEAD),
        ],
    ]
    for line in recipe.lines:
        loss = f"{number(line.prep_loss_pct, 1, labels)} %" if line.prep_loss_pct else ""
        data.append(
            [
                Paragraph(escape(line.ingredient), CELL),
                Paragraph(escape(quantity_text(line.quantity, labels)), RIGHT),
                Paragraph(loss, RIGHT),
                Paragraph(escape(line.note), CELL),
            ]
        )
    commands = [
        ("SPAN", (0, 0), (-1, 0)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
        ("LINEBELOW", (0, 1), (-1, 1), 1.0, ACCENT),
        ("LINEBELOW", (0, 2), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 1), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), TINT) for r in range(3, len(data), 2)]
    if recipe.method.strip():
        # The method is the table's last row, so it never stands on a page without the dish name.
        text = escape(recipe.method.strip()).replace("\n", "<br/>")
        data.append([Paragraph(f"<b>{escape(labels.method)}:</b> {text}", METHOD), "", "", ""])
        last = len(data) - 1
        commands += [
            ("SPAN", (0, last), (-1, last)),
            ("LEFTPADDING", (0, last), (-1, last), 0),
            ("TOPPADDING", (0, last), (-1, last), 6),
        ]
    widths = [width * 0.42, width * 0.17, width * 0.11, width * 0.30]
    table = Table(data, colWidths=widths, repeatRows=2)
    table.setStyle(TableStyle(commands))
    return [CondPageBreak(90), table, Spacer(1, 14)]


def _picking(day: ProductionDay, labels: ReportLabels, width: float) -> list[Flowable]:
    if not day.picking:
        return []
    data = [
        [Paragraph(escape(labels.ingredient), HEAD), Paragraph(escape(labels.quantity), HEAD_RIGHT)]
    ]
    data += [
        [
            Paragraph(escape(x.ingredient), CELL),
            Paragraph(escape(quantity_text(x.quantity, labels)), RIGHT),
        ]
        for x in day.picking
    ]
    table = Table(data, colWidths=[width * 0.5, width * 0.2], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 1.0, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [CondPageBreak(120), Paragraph(escape(labels.picking_list), DISH), Spacer(1, 4), table]


def production_story(sheet: ProductionSheet, labels: ReportLabels, width: float) -> list[Flowable]:
    """One section per day, each starting on a new page."""
    story: list[Flowable] = []
    for index, day in enumerate(sheet.days):
        if index:
            story.append(PageBreak())
        weekday = labels.weekdays[day.day.isoweekday() - 1]
        story += [
            Paragraph(f"{escape(weekday)} {escape(day_text(day.day, labels))}", TITLE),
            Paragraph(escape(f"{labels.production_title} · {sheet.site_name}"), SUBTITLE),
            Spacer(1, 12),
        ]
        for recipe in day.recipes:
            story += _recipe(recipe, labels, width)
        story += _picking(day, labels, width)
    return story


def build_production_sheet(
    sheet: ProductionSheet,
    labels: ReportLabels | Sequence[ReportLabels],
    out: str | Path | None = None,
) -> bytes:
    """The production sheet PDF (portrait A4); returns the bytes (and writes `out` if given).

    The kitchen reads one language: of a pair of label sets (`--lang both`) the first is used.
    """
    if not isinstance(labels, ReportLabels):
        labels = labels[0]
    register_fonts()
    size = page_size("portrait")
    week = labels.week.format(week=sheet.week.week)
    decor = PageDecor(
        header=f"{labels.production_title} · {week}",
        header_right=sheet.site_name,
        footer=labels.printed_on.format(date=day_text(sheet.printed_on, labels)),
        page_label=labels.page,
    )
    story = production_story(sheet, labels, body_width(size))
    if not story:
        story = [Paragraph(escape(f"{labels.production_title} · {week}"), TITLE)]
    return build_pdf(story, out, pagesize=size, decor=decor, title=labels.production_title)
