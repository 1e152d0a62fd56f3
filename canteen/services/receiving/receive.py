"""Goods receipt: the form of a sent order, and recording what arrived (stock, ledger, organic)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from canteen.db.engine import Database
from canteen.db.models import (
    CostEntry,
    GoodsReceipt,
    GoodsReceiptLine,
    Ingredient,
    ProductPrice,
    PurchaseOrder,
    PurchaseOrderLine,
    Supplier,
    SupplierProduct,
)
from canteen.domain.money import ore_from_kroner
from canteen.domain.numbers import read_number, read_whole
from canteen.domain.units import Conversions, to_grams
from canteen.errors import NotFoundError, ValidationError
from canteen.services.receiving.rows import (
    FAR_ABOVE,
    NEGATIVE,
    NOT_RECEIVABLE,
    NOTHING_ARRIVED,
    UNKNOWN_LINE,
    WRONG_SUBSTITUTE,
    Arrival,
    FormLine,
    Question,
    ReceiptForm,
    ReceiptOutcome,
    ReceiptSaved,
    Shortfall,
)

PARTLY_RECEIVED = "partly_received"
RECEIVABLE = ("sent", "confirmed", PARTLY_RECEIVED)
# A variable-weight line this close to the ordered weight is not short (3 kg ordered, 2.9 kg came).
WEIGHT_TOLERANCE = 0.05


def mark_received(order: PurchaseOrder, complete: bool) -> str:
    """Move the order to received (or partly received) after a receipt; returns its status.

    The order lifecycle owns status moves (`lifecycle.move` checks the move is allowed).
    """
    from canteen.services.ordering.lifecycle import move

    return move(order, "received" if complete else PARTLY_RECEIVED).after


def _load_order(session: Session, order_id: str) -> PurchaseOrder:
    order = session.get(PurchaseOrder, order_id)
    if order is None or order.deleted_at is not None:
        raise NotFoundError("no such order", order_id=order_id)
    return order


def _received_before(session: Session, order_id: str) -> dict[str, int]:
    """Packs per product that earlier receipts of the order brought."""
    rows = session.execute(
        select(GoodsReceiptLine.product_id, func.sum(GoodsReceiptLine.packs))
        .join(GoodsReceipt, GoodsReceipt.id == GoodsReceiptLine.receipt_id)
        .where(GoodsReceipt.order_id == order_id)
        .group_by(GoodsReceiptLine.product_id)
    ).all()
    return {product: int(packs or 0) for product, packs in rows}


def _form(session: Session, order: PurchaseOrder) -> ReceiptForm:
    before = _received_before(session, order.id)
    rows = session.execute(
        select(PurchaseOrderLine, SupplierProduct, Ingredient)
        .join(SupplierProduct, SupplierProduct.id == PurchaseOrderLine.product_id)
        .join(Ingredient, Ingredient.id == SupplierProduct.ingredient_id)
        .where(PurchaseOrderLine.order_id == order.id)
        .order_by(Ingredient.name)
    ).all()
    lines = tuple(
        FormLine(
            line.id, product.id, ingredient.id, ingredient.name, product.item_number,
            product.description, ingredient.base_unit, product.pack_size, line.packs,
            before.get(product.id, 0), line.pack_price_ore, product.variable_weight,
            product.organic,
        )
        for line, product, ingredient in rows
    )  # fmt: skip
    supplier = session.get(Supplier, order.supplier_id)
    return ReceiptForm(
        order.id, order.site_id, order.order_number, order.supplier_id,
        supplier.name if supplier else "", order.status, order.delivery_date, lines,
    )  # fmt: skip


def receipt_form(db: Database, order_id: str) -> ReceiptForm:
    """The order's lines with what is still outstanding, for the receipt form."""
    with db.reading() as session:
        return _form(session, _load_order(session, order_id))


@dataclass(frozen=True)
class _Read:
    """One arrival read into numbers, with the product that came."""

    line: FormLine
    product: SupplierProduct
    packs: int
    quantity: float
    amount_ore: int

    @property
    def ordered(self) -> float:
        return self.line.outstanding_packs * self.line.pack_size


def _number(value: object, line_id: str, field: str, whole: bool = False) -> Decimal | None:
    """A typed value (None when blank); refusals name the line and the field."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = Decimal(read_whole(value)) if whole else read_number(value)
    except ValidationError as error:
        error.data.setdefault("line_id", line_id)
        error.data.setdefault("field", field)
        raise
    if number < 0:
        raise ValidationError(
            "a received quantity cannot be negative",
            reason=NEGATIVE,
            line_id=line_id,
            field=field,
            value=str(value).strip(),
        )
    return number


def _price_on(session: Session, product_id: str, day: date) -> int | None:
    return session.scalars(
        select(ProductPrice.price_ore)
        .where(
            ProductPrice.product_id == product_id,
            ProductPrice.valid_from <= day,
            (ProductPrice.valid_to.is_(None)) | (ProductPrice.valid_to >= day),
        )
        .order_by(ProductPrice.valid_from.desc())
    ).first()


def _read(session: Session, line: FormLine, arrival: Arrival, day: date) -> _Read:
    packs = _number(arrival.packs, line.line_id, "packs", whole=True)
    quantity = _number(arrival.quantity, line.line_id, "quantity")
    price = _number(arrival.price, line.line_id, "price")
    product = session.get(SupplierProduct, arrival.substitute_id or line.product_id)
    if product is None or product.ingredient_id != line.ingredient_id:
        raise ValidationError(
            "a substitute must be a product of the same ingredient",
            reason=WRONG_SUBSTITUTE,
            line_id=line.line_id,
            field="substitute",
            ingredient=line.ingredient,
        )
    packs_n = int(packs or 0)
    nominal = packs_n * product.pack_size
    delivered = float(quantity) if quantity is not None else nominal
    if price is not None:
        price_ore = ore_from_kroner(float(price))
    elif product.id != line.product_id:
        price_ore = _price_on(session, product.id, day) or line.pack_price_ore
    else:
        price_ore = line.pack_price_ore
    # Variable-weight goods are paid by what they weigh: the pack price scales with the weight.
    ratio = delivered / nominal if product.variable_weight and nominal > 0 else 1.0
    return _Read(line, product, packs_n, delivered, round(packs_n * price_ore * ratio))


def _questions(reads: Iterable[_Read]) -> tuple[Question, ...]:
    out = []
    for r in reads:
        extra = r.quantity - r.ordered
        if r.quantity > FAR_ABOVE * r.ordered and extra >= r.line.pack_size - 1e-9:
            out.append(
                Question(r.line.line_id, r.line.ingredient, r.line.unit, r.ordered, r.quantity)
            )
    return tuple(out)


def _shortfall(line: FormLine, read: _Read | None) -> Shortfall | None:
    ordered = line.outstanding_packs * line.pack_size
    received = read.quantity if read else 0.0
    tolerance = WEIGHT_TOLERANCE if read and read.product.variable_weight else 0.0
    if ordered <= 0 or received >= ordered * (1 - tolerance) - 1e-9:
        return None
    return Shortfall(
        line.line_id, line.ingredient_id, line.ingredient, line.unit, ordered, received
    )


def _kilos(session: Session, reads: list[_Read]) -> dict[str, float]:
    """Kilos per delivered line (0 when the ingredient offers no way to grams)."""
    ids = {r.product.ingredient_id for r in reads}
    facts = {
        i.id: Conversions(i.base_unit, i.piece_weight_g, i.density_g_per_ml)
        for i in session.scalars(select(Ingredient).where(Ingredient.id.in_(list(ids))))
    }
    return {
        r.line.line_id: (to_grams(r.quantity, facts[r.product.ingredient_id]) or 0.0) / 1000
        for r in reads
    }


def receive_goods(
    db: Database,
    order_id: str,
    arrivals: Iterable[Arrival],
    *,
    received_on: date,
    note: str = "",
    confirmed: bool = False,
    closes_order: bool = False,
) -> ReceiptOutcome:
    """Record what arrived against a sent or confirmed order, all or nothing.

    Lines not listed brought nothing. A line far above what was ordered is returned as a
    question and nothing is stored, unless `confirmed`. A stored receipt writes goods_receipt
    rows (which the stock service reads), one raw-materials ledger entry in the receipt's month,
    organic flags from the product that came, and moves the order to received, or partly
    received while something is short and `closes_order` is not set.
    """
    with db.unit_of_work() as session:
        order = _load_order(session, order_id)
        if order.status not in RECEIVABLE:
            raise ValidationError(
                "only a sent or confirmed order can be received",
                reason=NOT_RECEIVABLE,
                status=order.status,
                number=order.order_number,
            )
        form = _form(session, order)
        lines = {line.line_id: line for line in form.lines}
        reads: dict[str, _Read] = {}
        for arrival in arrivals:
            line = lines.get(arrival.line_id)
            if line is None:
                raise ValidationError("not a line of this order", reason=UNKNOWN_LINE,
                                      line_id=arrival.line_id)  # fmt: skip
            reads[line.line_id] = _read(session, line, arrival, received_on)
        came = [r for r in reads.values() if r.packs > 0 or r.quantity > 0]
        if not came:
            raise ValidationError("nothing arrived", reason=NOTHING_ARRIVED, number=form.number)
        questions = _questions(came)
        if questions and not confirmed:
            return ReceiptOutcome(questions=questions)
        shortfalls = tuple(
            s for line in form.lines if (s := _shortfall(line, reads.get(line.line_id)))
        )
        receipt = GoodsReceipt(
            site_id=order.site_id,
            supplier_id=order.supplier_id,
            order_id=order.id,
            received_on=received_on,
            note=note.strip(),
        )
        session.add(receipt)
        session.flush()
        kilos = _kilos(session, came)
        totals: dict[str, float] = defaultdict(float)
        for r in came:
            session.add(
                GoodsReceiptLine(
                    site_id=order.site_id,
                    receipt_id=receipt.id,
                    product_id=r.product.id,
                    packs=r.packs,
                    quantity=round(r.quantity, 3),
                    amount_ore=r.amount_ore,
                    organic=r.product.organic,
                )
            )
            totals["ore"] += r.amount_ore
            totals["kg"] += kilos[r.line.line_id]
            if r.product.organic:
                totals["organic_ore"] += r.amount_ore
                totals["organic_kg"] += kilos[r.line.line_id]
        session.add(
            CostEntry(
                site_id=order.site_id,
                period=f"{received_on:%Y-%m}",
                day=received_on,
                category="raw_materials",
                amount_ore=int(totals["ore"]),
                source="receipt",
                reference_id=receipt.id,
                note=f"Varemodtagelse {form.number}, {form.supplier}"[:200],
            )
        )
        status = mark_received(order, complete=closes_order or not shortfalls)
        saved = ReceiptSaved(
            receipt.id, status, int(totals["ore"]), int(totals["organic_ore"]),
            round(totals["kg"], 3), round(totals["organic_kg"], 3), shortfalls,
        )  # fmt: skip
    return ReceiptOutcome(saved=saved)
