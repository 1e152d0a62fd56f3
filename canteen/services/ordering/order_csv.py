"""A purchase order as CSV: one row per line, fixed English header names, two dialects.

'da' is what Danish Excel opens by double-click: ';' between fields, decimal comma, and a BOM so
æ/ø/å survive. 'en' is the plain form for other programs: ',' and a decimal point, no BOM.
"""

from __future__ import annotations

import csv
import io

from canteen.reports.purchase_order_rows import OrderDocument

HEADER = (
    "order_number",
    "delivery_date",
    "supplier",
    "customer_number",
    "line",
    "item_number",
    "description",
    "ingredient",
    "pack_size",
    "unit",
    "packs",
    "pack_price_dkk",
    "line_total_dkk",
)
DIALECTS = {"da": (";", ","), "en": (",", ".")}


def _decimal(value: float, decimals: int, mark: str) -> str:
    text = f"{value:.{decimals}f}"
    return text.replace(".", mark)


def _size(value: float, mark: str) -> str:
    text = f"{round(value, 3):.3f}".rstrip("0").rstrip(".")
    return text.replace(".", mark)


def order_csv(document: OrderDocument, language: str = "da") -> bytes:
    """The CSV bytes of one order in the language's dialect."""
    if language not in DIALECTS:
        raise ValueError(f"unknown CSV dialect {language!r}")
    delimiter, mark = DIALECTS[language]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADER)
    for line in document.lines:
        writer.writerow(
            [
                document.number,
                document.delivery_date.isoformat(),
                document.seller.name,
                document.customer_number,
                line.position,
                line.item_number,
                line.description,
                line.ingredient,
                _size(line.pack_size, mark),
                line.unit,
                line.packs,
                _decimal(line.pack_price_ore / 100, 2, mark),
                _decimal(line.line_total_ore / 100, 2, mark),
            ]
        )
    encoding = "utf-8-sig" if language == "da" else "utf-8"
    return buffer.getvalue().encode(encoding)
