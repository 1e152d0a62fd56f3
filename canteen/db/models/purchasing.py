"""Stock counts, purchase orders and goods receipts."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from canteen.db.base import Base, SiteOwned, at_least, one_of, strict
from canteen.db.types import Guid, UtcTimestamp

ORDER_STATUSES = ("draft", "sent", "confirmed", "partly_received", "received", "cancelled")


class StockCount(SiteOwned, Base):
    """Stock on hand of one ingredient counted on one date, in the ingredient's base unit."""

    __tablename__ = "stock_count"
    natural_key = ("site_id", "ingredient_id", "counted_on")
    __table_args__ = strict(
        UniqueConstraint("site_id", "ingredient_id", "counted_on"), at_least("quantity")
    )

    ingredient_id: Mapped[str] = mapped_column(Guid(), ForeignKey("ingredient.id"), index=True)
    counted_on: Mapped[date]
    quantity: Mapped[float]


class PurchaseOrder(SiteOwned, Base):
    """One order to one supplier for one delivery day."""

    __tablename__ = "purchase_order"
    __table_args__ = strict(
        UniqueConstraint("site_id", "order_number"),
        one_of("status", ORDER_STATUSES),
        at_least("total_ore"),
    )

    supplier_id: Mapped[str] = mapped_column(Guid(), ForeignKey("supplier.id"), index=True)
    order_number: Mapped[str] = mapped_column(String(30))
    order_date: Mapped[date]
    delivery_date: Mapped[date]
    status: Mapped[str] = mapped_column(String(16), default="draft")
    sent_at: Mapped[datetime | None] = mapped_column(UtcTimestamp(), default=None)
    total_ore: Mapped[int] = mapped_column(default=0)
    note: Mapped[str] = mapped_column(Text, default="")


class PurchaseOrderLine(SiteOwned, Base):
    """Whole packs of one supplier product on an order, at the pack price of the order date."""

    __tablename__ = "purchase_order_line"
    __table_args__ = strict(
        CheckConstraint("packs > 0", name="packs_positive"),
        at_least("pack_price_ore"),
        at_least("need_quantity"),
    )

    order_id: Mapped[str] = mapped_column(Guid(), ForeignKey("purchase_order.id"), index=True)
    product_id: Mapped[str] = mapped_column(Guid(), ForeignKey("supplier_product.id"))
    packs: Mapped[int]
    pack_price_ore: Mapped[int]
    # The need (base units) the packs were rounded up from; kept to explain the order.
    need_quantity: Mapped[float | None] = mapped_column(default=None)


class GoodsReceipt(SiteOwned, Base):
    """Goods received from a supplier on one date, usually against an order."""

    __tablename__ = "goods_receipt"
    __table_args__ = strict()

    supplier_id: Mapped[str] = mapped_column(Guid(), ForeignKey("supplier.id"), index=True)
    order_id: Mapped[str | None] = mapped_column(
        Guid(), ForeignKey("purchase_order.id"), default=None
    )
    received_on: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")


class GoodsReceiptLine(SiteOwned, Base):
    """What actually came: packs, the delivered quantity (variable weight) and the amount."""

    __tablename__ = "goods_receipt_line"
    __table_args__ = strict(at_least("packs"), at_least("quantity"), at_least("amount_ore"))

    receipt_id: Mapped[str] = mapped_column(Guid(), ForeignKey("goods_receipt.id"), index=True)
    product_id: Mapped[str] = mapped_column(Guid(), ForeignKey("supplier_product.id"))
    packs: Mapped[int]
    # Delivered quantity in the ingredient's base unit (3,050 g where 3 kg was ordered).
    quantity: Mapped[float]
    amount_ore: Mapped[int]
    organic: Mapped[bool] = mapped_column(default=False)
