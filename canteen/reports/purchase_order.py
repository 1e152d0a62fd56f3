"""The printed purchase order: parties, delivery, lines with item numbers and packs, VAT totals."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from canteen.domain.money import format_kroner
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
from canteen.reports.labels import day_text, number
from canteen.reports.purchase_order_labels import OrderLabels
from canteen.reports.purchase_order_rows import VAT_PERCENT, OrderDocument, Party


def _style(name: str, size: float, **kw) -> ParagraphStyle:
    base = {"fontName": REGULAR, "fontSize": size, "leading": size * 1.3, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)


TITLE = _style("po_title", 18, fontName=BOLD, leading=23)
BOX_HEAD = _style("po_box_head", 9, fontName=BOLD, textColor=MUTED)
BOX = _style("po_box", 10)
CELL = _style("po_cell", 9.5)
RIGHT = _style("po_right", 9.5, alignment=TA_RIGHT)
HEAD = _style("po_head", 8.5, fontName=BOLD, textColor=MUTED)
HEAD_RIGHT = _style("po_head_right", 8.5, fontName=BOLD, textColor=MUTED, alignment=TA_RIGHT)
TOTAL = _style("po_total", 10.5, fontName=BOLD, alignment=TA_RIGHT)


def _money(ore: int, labels: OrderLabels) -> str:
    if labels.base.decimal == ",":
        return format_kroner(ore)
    return format_kroner(ore, decimal=".", thousands=",")


def _party_lines(party: Party, extra: list[str]) -> str:
    lines = [f"<b>{escape(party.name)}</b>"]
    lines += [escape(x) for x in (party.address, party.town) if x]
    if party.cvr:
        lines.append(f"CVR {escape(party.cvr)}")
    if party.gln:
        lines.append(f"EAN/GLN {escape(party.gln)}")
    if party.email:
        lines.append(escape(party.email))
    return "<br/>".join(lines + [escape(x) for x in extra])


def _header(doc: OrderDocument, labels: OrderLabels, width: float) -> list[Flowable]:
    seller_extra = (
        [f"{labels.customer_number} {doc.customer_number}"] if doc.customer_number else []
    )
    buyer_extra = [f"{labels.cost_centre} {doc.cost_centre}"] if doc.cost_centre else []
    base = labels.base
    facts = [
        [
            Paragraph(escape(labels.order_date), BOX_HEAD),
            Paragraph(day_text(doc.order_date, base), BOX),
        ],
        [
            Paragraph(escape(labels.delivery_date), BOX_HEAD),
            Paragraph(f"<b>{escape(day_text(doc.delivery_date, base))}</b>", BOX),
        ],
        [
            Paragraph(escape(labels.status), BOX_HEAD),
            Paragraph(escape(labels.statuses.get(doc.status, doc.status)), BOX),
        ],
    ]
    facts_table = Table(facts, colWidths=[width * 0.14, width * 0.22])
    facts_table.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    boxes = Table(
        [
            [
                Paragraph(escape(labels.supplier), BOX_HEAD),
                Paragraph(escape(labels.deliver_to), BOX_HEAD),
                "",
            ],
            [
                Paragraph(_party_lines(doc.seller, seller_extra), BOX),
                Paragraph(_party_lines(doc.buyer, buyer_extra), BOX),
                facts_table,
            ],
        ],
        colWidths=[width * 0.32, width * 0.32, width * 0.36],
    )
    boxes.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEABOVE", (0, 0), (1, 0), 1.0, ACCENT),
            ]
        )
    )
    title = labels.title.format(number=doc.number)
    return [Paragraph(escape(title), TITLE), Spacer(1, 8), boxes, Spacer(1, 14)]


def _item_text(description: str, ingredient: str) -> str:
    """The supplier's description, with the kitchen's name below it when the two differ."""
    text = escape(description)
    if ingredient.casefold() != description.casefold():
        text += f"<br/><font color='#5f6b76' size='8'>{escape(ingredient)}</font>"
    return text


def _lines(doc: OrderDocument, labels: OrderLabels, width: float) -> Table:
    base = labels.base
    data: list[list] = [
        [
            Paragraph(escape(labels.position), HEAD),
            Paragraph(escape(labels.item_number), HEAD),
            Paragraph(escape(labels.item), HEAD),
            Paragraph(escape(labels.pack), HEAD),
            Paragraph(escape(labels.packs), HEAD_RIGHT),
            Paragraph(escape(labels.pack_price), HEAD_RIGHT),
            Paragraph(escape(labels.amount), HEAD_RIGHT),
        ]
    ]
    for line in doc.lines:
        unit = base.units.get(line.unit, line.unit)
        pack = line.pack_description or f"{number(line.pack_size, 3, base)} {unit}"
        # Plain strings where nothing wraps: a Paragraph per cell costs most of the build time.
        data.append(
            [
                str(line.position),
                line.item_number,
                Paragraph(_item_text(line.description, line.ingredient), CELL),
                Paragraph(escape(pack), CELL),
                str(line.packs),
                _money(line.pack_price_ore, labels),
                _money(line.line_total_ore, labels),
            ]
        )
    shares = (0.06, 0.13, 0.35, 0.14, 0.08, 0.12, 0.12)
    table = Table(data, colWidths=[width * s for s in shares], repeatRows=1)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 1), (-1, -1), REGULAR, CELL.fontSize, CELL.leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("ALIGN", (4, 1), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), TINT) for r in range(2, len(data), 2)]
    table.setStyle(TableStyle(commands))
    return table


def _totals(doc: OrderDocument, labels: OrderLabels, width: float) -> Table:
    t = doc.totals
    rows = [
        (labels.subtotal, t.net_ore, RIGHT),
        (labels.vat.format(percent=VAT_PERCENT), t.vat_ore, RIGHT),
        (labels.total, t.gross_ore, TOTAL),
    ]
    data = [
        [
            Paragraph(escape(text), style),
            Paragraph(f"{_money(ore, labels)} {escape(labels.currency)}", style),
        ]
        for text, ore, style in rows
    ]
    table = Table(data, colWidths=[width * 0.3, width * 0.2], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 2), (-1, 2), 1.0, ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def order_story(doc: OrderDocument, labels: OrderLabels, width: float) -> list[Flowable]:
    """The order as flowables: header boxes, the lines, totals and the note."""
    story = _header(doc, labels, width)
    if doc.lines:
        story.append(_lines(doc, labels, width))
    else:
        story.append(Paragraph(escape(labels.no_lines), BOX))
    story.append(Spacer(1, 8))
    tail: list[Flowable] = [_totals(doc, labels, width)]
    if doc.note.strip():
        tail += [
            Spacer(1, 10),
            Paragraph(f"<b>{escape(labels.note)}:</b> {escape(doc.note.strip())}", BOX),
        ]
    # The totals never stand alone at the top of a page without the last lines.
    story.append(KeepTogether(tail))
    return story


def build_purchase_order(
    doc: OrderDocument,
    labels: OrderLabels,
    *,
    printed_on: date,
    out: str | Path | None = None,
) -> bytes:
    """The purchase order PDF (portrait A4); returns the bytes (and writes `out` if given)."""
    register_fonts()
    size = page_size("portrait")
    decor = PageDecor(
        header=labels.title.format(number=doc.number),
        header_right=doc.buyer.name,
        footer=labels.base.printed_on.format(date=day_text(printed_on, labels.base)),
        page_label=labels.base.page,
    )
    story = order_story(doc, labels, body_width(size))
    return build_pdf(
        story, out, pagesize=size, decor=decor, title=labels.title.format(number=doc.number)
    )
