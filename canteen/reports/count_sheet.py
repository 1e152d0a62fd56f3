"""The printed stock count sheet: one storage area's items with an empty column to write in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

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
from canteen.reports.fonts import BOLD, REGULAR, register_fonts
from canteen.reports.labels import DANISH, ENGLISH, ReportLabels, day_text, number, short_date

# A count is written in the base unit; these are the decimals worth printing per unit.
DECIMALS = {"g": 0, "ml": 0, "pcs": 0}


@dataclass(frozen=True)
class CountSheetRow:
    """One item to count: what it is, its last count (None: never counted) and price per unit."""

    name: str
    item_number: str
    unit: str
    last_count: float | None
    last_counted_on: date | None
    ore_per_unit: float | None


@dataclass(frozen=True)
class CountSheet:
    """A storage area's count sheet for one site and day."""

    site_name: str
    area: str
    day: date
    rows: tuple[CountSheetRow, ...]


@dataclass(frozen=True)
class CountLabels:
    """Every word a count sheet prints, plus the report label set for dates and numbers."""

    base: ReportLabels
    title: str
    areas: dict[str, str]
    count_date: str
    item: str
    item_number: str
    unit: str
    last_count: str
    counted: str
    price: str
    counted_by: str
    no_items: str


DANISH_COUNT = CountLabels(
    base=DANISH,
    title="Lageroptælling",
    areas={"cold": "Køl og frys", "produce": "Frugt og grønt", "bread": "Brød", "dry": "Tørvarer"},
    count_date="Optællingsdato",
    item="Vare",
    item_number="Varenr.",
    unit="Enhed",
    last_count="Sidst optalt",
    counted="Optalt",
    price="Pris pr. enhed",
    counted_by="Optalt af",
    no_items="Ingen varer at tælle i dette lagerområde.",
)

ENGLISH_COUNT = CountLabels(
    base=ENGLISH,
    title="Stock count",
    areas={
        "cold": "Cold store",
        "produce": "Fruit and vegetables",
        "bread": "Bread",
        "dry": "Dry store",
    },
    count_date="Count date",
    item="Item",
    item_number="Item no.",
    unit="Unit",
    last_count="Last count",
    counted="Counted",
    price="Price per unit",
    counted_by="Counted by",
    no_items="No items to count in this storage area.",
)

COUNT_LANGUAGES = {"da": DANISH_COUNT, "en": ENGLISH_COUNT}


def _style(name: str, size: float, **kw) -> ParagraphStyle:
    base = {"fontName": REGULAR, "fontSize": size, "leading": size * 1.25, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)


TITLE = _style("count_title", 18, fontName=BOLD, leading=23)
SUBTITLE = _style("count_subtitle", 10.5, textColor=MUTED, leading=14)
CELL = _style("count_cell", 10)
SMALL = _style("count_small", 8.5, textColor=MUTED)
RIGHT = _style("count_right", 10, alignment=TA_RIGHT)
HEAD = _style("count_head", 9, fontName=BOLD, textColor=MUTED)
HEAD_RIGHT = _style("count_head_right", 9, fontName=BOLD, textColor=MUTED, alignment=TA_RIGHT)


def title_text(sheet: CountSheet, labels: CountLabels) -> str:
    """'Lageroptælling · Køl og frys · Odense Politistation'."""
    area = labels.areas.get(sheet.area, sheet.area)
    return f"{labels.title} · {area} · {sheet.site_name}"


def _unit(unit: str, labels: CountLabels) -> str:
    return labels.base.units.get(unit, unit)


def _last(row: CountSheetRow, labels: CountLabels) -> list[Paragraph]:
    if row.last_count is None:
        return [Paragraph("–", RIGHT)]
    value = number(row.last_count, DECIMALS.get(row.unit, 2), labels.base)
    cell = [Paragraph(escape(value), RIGHT)]
    if row.last_counted_on is not None:
        when = short_date(row.last_counted_on, labels.base)
        cell.append(
            Paragraph(escape(when), _style("count_when", 8, textColor=MUTED, alignment=TA_RIGHT))
        )
    return cell


def _price(row: CountSheetRow, labels: CountLabels) -> str:
    if row.ore_per_unit is None:
        return "–"
    # Øre per gram is tiny: print it per kilo (or litre) as the kitchen thinks of it.
    per, unit = (
        (1000, "kg") if row.unit == "g" else (1000, "l") if row.unit == "ml" else (1, row.unit)
    )
    kroner = number(row.ore_per_unit * per / 100, 2, labels.base)
    return f"{kroner} kr./{_unit(unit, labels)}"


def _table(sheet: CountSheet, labels: CountLabels, width: float) -> Table:
    head = [
        Paragraph(escape(labels.item), HEAD),
        Paragraph(escape(labels.item_number), HEAD),
        Paragraph(escape(labels.unit), HEAD),
        Paragraph(escape(labels.last_count), HEAD_RIGHT),
        Paragraph(escape(labels.counted), HEAD),
        Paragraph(escape(labels.price), HEAD_RIGHT),
    ]
    data = [head]
    for row in sheet.rows:
        data.append(
            [
                Paragraph(escape(row.name), CELL),
                Paragraph(escape(row.item_number), SMALL),
                Paragraph(escape(_unit(row.unit, labels)), CELL),
                _last(row, labels),
                "",
                Paragraph(escape(_price(row, labels)), RIGHT),
            ]
        )
    widths = [0.30, 0.12, 0.10, 0.15, 0.18, 0.15]
    table = Table(data, colWidths=[width * w for w in widths], repeatRows=1)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 1), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), TINT) for r in range(2, len(data), 2)]
    # The writing line: a box to write the counted quantity in, on every item row.
    commands += [("BOX", (4, r), (4, r), 0.8, INK) for r in range(1, len(data))]
    table.setStyle(TableStyle(commands))
    return table


def build_count_sheet(
    sheet: CountSheet, language: str = "da", out: str | Path | None = None
) -> bytes:
    """The count sheet PDF (portrait A4) in 'da' or 'en'; returns the bytes (writes `out` if given)."""
    try:
        labels = COUNT_LANGUAGES[language]
    except KeyError:
        raise ValueError(f"unknown language {language!r}") from None
    register_fonts()
    size = page_size("portrait")
    title = title_text(sheet, labels)
    decor = PageDecor(
        header=title,
        header_right=day_text(sheet.day, labels.base),
        footer=labels.base.printed_on.format(date=day_text(sheet.day, labels.base)),
        page_label=labels.base.page,
    )
    story = [
        Paragraph(escape(title), TITLE),
        Paragraph(
            escape(f"{labels.count_date}: {day_text(sheet.day, labels.base)}")
            + f" · {escape(labels.counted_by)}: ____________________",
            SUBTITLE,
        ),
        Spacer(1, 12),
    ]
    if sheet.rows:
        story.append(_table(sheet, labels, body_width(size)))
    else:
        story.append(Paragraph(escape(labels.no_items), CELL))
    return build_pdf(story, out, pagesize=size, decor=decor, title=title)
