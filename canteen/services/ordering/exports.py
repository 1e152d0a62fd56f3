"""Order exports behind one interface: each format turns an order document into bytes.

A new format (Peppol BIS Order, say) is one more class with `name`, `suffix` and `render`,
registered in EXPORTERS; the command line and the GUI list the formats from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from canteen.db.engine import Database
from canteen.errors import ValidationError
from canteen.reports.purchase_order_rows import OrderDocument
from canteen.services.ordering.documents import order_document


class OrderExporter(Protocol):
    """One export format of a purchase order."""

    name: str
    suffix: str
    media_type: str

    def render(self, document: OrderDocument, *, language: str, printed_on: date) -> bytes:
        """The order in this format."""
        ...


@dataclass(frozen=True)
class PdfExporter:
    """The printed order (A4, reportlab)."""

    name: str = "pdf"
    suffix: str = ".pdf"
    media_type: str = "application/pdf"

    def render(self, document: OrderDocument, *, language: str, printed_on: date) -> bytes:
        """The PDF bytes, worded in the language."""
        from canteen.reports.purchase_order import build_purchase_order
        from canteen.reports.purchase_order_labels import order_labels

        return build_purchase_order(document, order_labels(language), printed_on=printed_on)


@dataclass(frozen=True)
class CsvExporter:
    """One row per line: ';' and decimal comma for 'da', ',' and point for 'en'."""

    name: str = "csv"
    suffix: str = ".csv"
    media_type: str = "text/csv"

    def render(self, document: OrderDocument, *, language: str, printed_on: date) -> bytes:
        """The CSV bytes in the language's dialect."""
        from canteen.services.ordering.order_csv import order_csv

        return order_csv(document, language)


@dataclass(frozen=True)
class OioublExporter:
    """The OIOUBL 2.1 electronic order (UBL 2.1 Order); the same whatever the language."""

    name: str = "oioubl"
    suffix: str = ".xml"
    media_type: str = "application/xml"

    def render(self, document: OrderDocument, *, language: str, printed_on: date) -> bytes:
        """The XML bytes."""
        from canteen.services.ordering.oioubl import order_xml

        return order_xml(document)


EXPORTERS: dict[str, OrderExporter] = {
    e.name: e for e in (PdfExporter(), CsvExporter(), OioublExporter())
}


def exporter(name: str) -> OrderExporter:
    """The exporter called `name`, or a ValidationError listing the formats there are."""
    try:
        return EXPORTERS[name]
    except KeyError:
        raise ValidationError(
            f"no export format {name!r}",
            reason="export_format",
            format=name,
            formats=list(EXPORTERS),
        ) from None


def export_order(
    db: Database,
    site_id: str,
    number: str,
    format_name: str,
    *,
    language: str = "da",
    printed_on: date,
) -> bytes:
    """The site's order `number` in the format `format_name` ('pdf', 'csv', 'oioubl')."""
    chosen = exporter(format_name)
    return chosen.render(
        order_document(db, site_id, number), language=language, printed_on=printed_on
    )
