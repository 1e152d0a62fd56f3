"""A site's terms with a supplier (delivery days, cut-off, lead time, minimum) and preferred products."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from canteen.db.base import Base, SiteOwned, at_least, strict
from canteen.db.types import Guid

# Only ISO weekday digits, each at most once (portable: no GLOB, no regex). An empty string is
# allowed on purpose: a supplier that does not deliver to the site (yet) is a flag, not an error.
_DIGITS = "delivery_weekdays"
for _digit in "1234567":
    _DIGITS = f"replace({_DIGITS}, '{_digit}', '')"
WEEKDAYS_CHECK = f"{_DIGITS} = '' AND length(delivery_weekdays) <= 7"
# 'HH:MM' on a 24-hour clock.
CUTOFF_CHECK = (
    "length(cutoff_time) = 5 AND substr(cutoff_time, 3, 1) = ':'"
    " AND substr(cutoff_time, 1, 2) BETWEEN '00' AND '23'"
    " AND substr(cutoff_time, 4, 2) BETWEEN '00' AND '59'"
)


class SupplierSiteTerms(SiteOwned, Base):
    """How one supplier serves one site; the supplier's own columns are the default without it.

    The order for a delivery day must be in by `cutoff_time` on the day that lies
    `cutoff_days_before` order days (weekdays that are not public holidays) before it, and at
    least `lead_time_days` calendar days before it; whichever is earlier.
    """

    __tablename__ = "supplier_site_terms"
    __table_args__ = strict(
        UniqueConstraint("site_id", "supplier_id"),
        CheckConstraint(WEEKDAYS_CHECK, name="delivery_weekdays_digits"),
        CheckConstraint(CUTOFF_CHECK, name="cutoff_time_format"),
        CheckConstraint("cutoff_days_before BETWEEN 0 AND 14", name="cutoff_days_range"),
        CheckConstraint("lead_time_days BETWEEN 0 AND 28", name="lead_time_range"),
        at_least("min_order_ore"),
    )

    supplier_id: Mapped[str] = mapped_column(Guid(), ForeignKey("supplier.id"), index=True)
    customer_number: Mapped[str] = mapped_column(String(40), default="")
    delivery_weekdays: Mapped[str] = mapped_column(String(7), default="12345")
    cutoff_days_before: Mapped[int] = mapped_column(default=1)
    cutoff_time: Mapped[str] = mapped_column(String(5), default="12:00")
    lead_time_days: Mapped[int] = mapped_column(default=1)
    min_order_ore: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class PreferredProduct(SiteOwned, Base):
    """The supplier product a site buys for one ingredient, whatever is cheaper elsewhere."""

    __tablename__ = "preferred_product"
    __table_args__ = strict(UniqueConstraint("site_id", "ingredient_id"))

    ingredient_id: Mapped[str] = mapped_column(Guid(), ForeignKey("ingredient.id"), index=True)
    product_id: Mapped[str] = mapped_column(Guid(), ForeignKey("supplier_product.id"))
