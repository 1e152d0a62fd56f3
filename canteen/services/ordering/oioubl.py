"""A purchase order as an OIOUBL 2.1 electronic order: a UBL 2.1 `Order` document.

Elements are written in the order of the UBL 2.1 Order schema's sequences (UBL-Order-2.1.xsd,
UBL-CommonAggregateComponents-2.1.xsd): a schema validator rejects any other order. OIOUBL 2.1 is
the Danish customisation of UBL 2.1 ('OIOUBL-2.02' is the older one, on UBL 2.0).
"""

from __future__ import annotations

import uuid
from xml.etree import ElementTree as ET

from canteen.errors import ValidationError
from canteen.reports.purchase_order_rows import VAT_PERCENT, OrderDocument, Party

ORDER_NS = "urn:oasis:names:specification:ubl:schema:xsd:Order-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
UBL_VERSION = "2.1"
CUSTOMIZATION = "OIOUBL-2.1"
# The OIOUBL profile for ordering with invoice (Ordering Advanced, Billing Simple).
PROFILE = "Procurement-OrdAdv-BilSim-1.0"
PROFILE_SCHEME = "urn:oioubl:id:profileid-1.6"
OIOUBL_AGENCY = "320"  # the Danish agency that maintains OIOUBL's code lists
GS1_AGENCY = "9"
CURRENCY = "DKK"
PACK = "EA"  # UN/ECE Rec. 20 'each': lines are counted in whole packs
UNIT_CODES = {"g": "GRM", "kg": "KGM", "ml": "MLT", "l": "LTR", "pcs": "H87"}
# Documents from one site carry a stable UUID, so sending the same order twice is recognisable.
UUID_SPACE = uuid.UUID("0f3d7b52-3a55-4f0e-9c1b-6a4f2f1c9e10")

ET.register_namespace("", ORDER_NS)
ET.register_namespace("cac", CAC)
ET.register_namespace("cbc", CBC)


def _amount(ore: int) -> str:
    sign = "-" if ore < 0 else ""
    kroner, rest = divmod(abs(ore), 100)
    return f"{sign}{kroner}.{rest:02d}"


def _quantity(value: float) -> str:
    return f"{round(value, 3):.3f}".rstrip("0").rstrip(".")


def _cbc(parent: ET.Element, name: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{CBC}}}{name}", attributes)
    element.text = text
    return element


def _cac(parent: ET.Element, name: str) -> ET.Element:
    return ET.SubElement(parent, f"{{{CAC}}}{name}")


def _money(parent: ET.Element, name: str, ore: int) -> None:
    _cbc(parent, name, _amount(ore), currencyID=CURRENCY)


def _identifier(party: Party) -> tuple[str, dict[str, str]]:
    """GLN when the party has one (the usual EAN location number), else its CVR number."""
    if party.gln:
        return party.gln, {"schemeAgencyID": GS1_AGENCY, "schemeID": "GLN"}
    return f"DK{party.cvr}", {"schemeID": "DK:CVR"}


def _party(parent: ET.Element, party: Party) -> None:
    node = _cac(parent, "Party")
    value, scheme = _identifier(party)
    _cbc(node, "EndpointID", value, **scheme)
    _cbc(_cac(node, "PartyIdentification"), "ID", value, **scheme)
    _cbc(_cac(node, "PartyName"), "Name", party.name)
    address = _cac(node, "PostalAddress")
    _cbc(
        address,
        "AddressFormatCode",
        "StructuredLax",
        listAgencyID=OIOUBL_AGENCY,
        listID="urn:oioubl:codelist:addressformatcode-1.1",
    )
    if party.address:
        _cbc(address, "StreetName", party.address)
    if party.town:
        _cbc(address, "CityName", party.town)
    _cbc(_cac(address, "Country"), "IdentificationCode", "DK")
    if party.cvr:
        legal = _cac(node, "PartyLegalEntity")
        _cbc(legal, "RegistrationName", party.name)
        _cbc(legal, "CompanyID", f"DK{party.cvr}", schemeID="DK:CVR")


def _check(document: OrderDocument) -> None:
    if not document.buyer.gln:
        raise ValidationError(
            "the site has no GLN", reason="buyer_without_gln", site=document.buyer.name
        )
    if not document.lines:
        raise ValidationError(
            "an order without lines", reason="order_without_lines", order=document.number
        )


def _tax_total(root: ET.Element, document: OrderDocument) -> None:
    tax = _cac(root, "TaxTotal")
    _money(tax, "TaxAmount", document.totals.vat_ore)
    sub = _cac(tax, "TaxSubtotal")
    _money(sub, "TaxableAmount", document.totals.net_ore)
    _money(sub, "TaxAmount", document.totals.vat_ore)
    category = _cac(sub, "TaxCategory")
    _cbc(
        category,
        "ID",
        "StandardRated",
        schemeAgencyID=OIOUBL_AGENCY,
        schemeID="urn:oioubl:id:taxcategoryid-1.1",
    )
    _cbc(category, "Percent", str(VAT_PERCENT))
    scheme = _cac(category, "TaxScheme")
    _cbc(scheme, "ID", "63", schemeAgencyID=OIOUBL_AGENCY, schemeID="urn:oioubl:id:taxschemeid-1.1")
    _cbc(scheme, "Name", "Moms")


def _lines(root: ET.Element, document: OrderDocument) -> None:
    for line in document.lines:
        item_line = _cac(_cac(root, "OrderLine"), "LineItem")
        _cbc(item_line, "ID", str(line.position))
        _cbc(item_line, "Quantity", str(line.packs), unitCode=PACK)
        _money(item_line, "LineExtensionAmount", line.line_total_ore)
        price = _cac(item_line, "Price")
        _money(price, "PriceAmount", line.pack_price_ore)
        _cbc(price, "BaseQuantity", "1", unitCode=PACK)
        item = _cac(item_line, "Item")
        _cbc(item, "Description", line.description)
        _cbc(
            item,
            "PackQuantity",
            _quantity(line.pack_size),
            unitCode=UNIT_CODES.get(line.unit, "H87"),
        )
        _cbc(item, "Name", line.ingredient)
        _cbc(_cac(item, "SellersItemIdentification"), "ID", line.item_number)


def order_xml(document: OrderDocument) -> bytes:
    """The OIOUBL order as UTF-8 bytes; ValidationError if the site has no GLN or no lines."""
    _check(document)
    root = ET.Element(f"{{{ORDER_NS}}}Order")
    _cbc(root, "UBLVersionID", UBL_VERSION)
    _cbc(root, "CustomizationID", CUSTOMIZATION)
    _cbc(root, "ProfileID", PROFILE, schemeAgencyID=OIOUBL_AGENCY, schemeID=PROFILE_SCHEME)
    _cbc(root, "ID", document.number)
    _cbc(root, "UUID", str(uuid.uuid5(UUID_SPACE, f"{document.buyer.gln}/{document.number}")))
    _cbc(root, "IssueDate", document.order_date.isoformat())
    if document.note:
        _cbc(root, "Note", document.note)
    _cbc(root, "DocumentCurrencyCode", CURRENCY)
    if document.cost_centre:
        _cbc(root, "AccountingCost", document.cost_centre)
    buyer = _cac(root, "BuyerCustomerParty")
    if document.customer_number:
        _cbc(buyer, "SupplierAssignedAccountID", document.customer_number)
    _party(buyer, document.buyer)
    _party(_cac(root, "SellerSupplierParty"), document.seller)
    delivery = _cac(root, "Delivery")
    period = _cac(delivery, "RequestedDeliveryPeriod")
    _cbc(period, "StartDate", document.delivery_date.isoformat())
    _cbc(period, "EndDate", document.delivery_date.isoformat())
    _tax_total(root, document)
    total = _cac(root, "AnticipatedMonetaryTotal")
    _money(total, "LineExtensionAmount", document.totals.net_ore)
    _money(total, "TaxInclusiveAmount", document.totals.gross_ore)
    _money(total, "PayableAmount", document.totals.gross_ore)
    _lines(root, document)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
