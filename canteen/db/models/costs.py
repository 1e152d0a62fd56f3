"""Sales, the cost ledger, budgets and food waste."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import CheckConstraint, ForeignKey, ForeignKeyConstraint, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from canteen.db.base import DISTRICT, Base, SiteOwned, Synced, at_least, one_of, strict
from canteen.db.models.org import SERVICES
from canteen.db.types import Guid

COST_CATEGORIES = ("raw_materials", "labour", "other", "waste")
WASTE_KINDS = ("production", "buffet", "plate", "spoilage")


def _without_digits(column: str) -> str:
    expression = column
    for digit in "0123456789":
        expression = f"replace({expression}, '{digit}', '')"
    return expression


# 'YYYY-MM' with a month 01-12, in SQL that SQLite and PostgreSQL both run (GLOB is SQLite's).
PERIOD_CHECK = (
    f"length(period) = 7 AND {_without_digits('period')} = '-'"
    " AND substr(period, 5, 1) = '-' AND substr(period, 6, 2) BETWEEN '01' AND '12'"
)


class Sale(SiteOwned, Base):
    """Covers sold and revenue for one site, date and service."""

    __tablename__ = "sale"
    natural_key = ("site_id", "day", "service")
    __table_args__ = strict(
        UniqueConstraint("site_id", "day", "service"),
        one_of("service", SERVICES),
        at_least("covers_sold"),
        at_least("revenue_ore"),
    )

    day: Mapped[date]
    service: Mapped[str] = mapped_column(String(10), default="lunch")
    covers_sold: Mapped[int]
    revenue_ore: Mapped[int]


ADJUSTMENT_KINDS = ("reversal", "entry")


class SaleAdjustment(SiteOwned, Base):
    """A correction of a booked sale: the reversal of what counted, or the figures that now count.

    The sale row itself is never changed. A correction writes a pair with the next `revision`: a
    reversal (minus what the day counted so far) and an entry (the new figures), so the report
    sums sale + adjustments. `period` is the month they count in: the sale's, or the next open
    month when the sale's month is closed.
    """

    __tablename__ = "sale_adjustment"
    # Two PCs correcting the same day to the same revision make the same ids: one pair, not two.
    natural_key = ("site_id", "day", "service", "revision", "kind")
    __table_args__ = strict(
        UniqueConstraint("site_id", "day", "service", "revision", "kind"),
        one_of("kind", ADJUSTMENT_KINDS),
        one_of("service", SERVICES),
        CheckConstraint(PERIOD_CHECK, name="period_format"),
        at_least("revision", 1),
        # A reversal takes figures away, an entry adds them: the sign follows the kind.
        CheckConstraint(
            "(kind = 'reversal' AND covers_sold <= 0 AND revenue_ore <= 0)"
            " OR (kind = 'entry' AND covers_sold >= 0 AND revenue_ore >= 0)",
            name="sign_of_kind",
        ),
    )

    sale_id: Mapped[str] = mapped_column(Guid(), ForeignKey("sale.id"), index=True)
    day: Mapped[date]
    service: Mapped[str] = mapped_column(String(10))
    revision: Mapped[int]
    kind: Mapped[str] = mapped_column(String(10))
    period: Mapped[str] = mapped_column(String(7))  # 'YYYY-MM'
    covers_sold: Mapped[int]
    revenue_ore: Mapped[int]
    note: Mapped[str] = mapped_column(String(200), default="")


class CostEntry(SiteOwned, Base):
    """An append-only ledger entry; corrections are reversing (negative) entries."""

    __tablename__ = "cost_entry"
    __table_args__ = strict(
        one_of("category", COST_CATEGORIES),
        CheckConstraint(PERIOD_CHECK, name="period_format"),
    )

    period: Mapped[str] = mapped_column(String(7))  # 'YYYY-MM'
    day: Mapped[date]
    category: Mapped[str] = mapped_column(String(16))
    amount_ore: Mapped[int]
    source: Mapped[str] = mapped_column(String(20), default="manual")
    reference_id: Mapped[str | None] = mapped_column(Guid(), default=None)
    note: Mapped[str] = mapped_column(String(200), default="")


class Budget(Synced, Base):
    """A site's budget for one month and cost category; central-written, seen by its district."""

    __tablename__ = "budget"
    natural_key = ("site_id", "period", "category")
    __table_args__ = strict(
        UniqueConstraint("site_id", "period", "category"),
        one_of("category", COST_CATEGORIES),
        CheckConstraint(PERIOD_CHECK, name="period_format"),
        at_least("amount_ore"),
        # The district must be the site's: a site that moves district takes its budgets along.
        ForeignKeyConstraint(
            ["site_id", "district_id"],
            ["site.id", "site.district_id"],
            name="fk_budget_site_district_site",
            onupdate="CASCADE",
        ),
    )
    sync_owner: ClassVar[str] = DISTRICT

    district_id: Mapped[str] = mapped_column(Guid(), ForeignKey("district.id"), index=True)
    site_id: Mapped[str] = mapped_column(Guid(), ForeignKey("site.id"), index=True)
    period: Mapped[str] = mapped_column(String(7))
    category: Mapped[str] = mapped_column(String(16))
    amount_ore: Mapped[int]


class WasteRecord(SiteOwned, Base):
    """Food thrown away on one day: production, buffet, plate or spoilage waste."""

    __tablename__ = "waste_record"
    __table_args__ = strict(one_of("kind", WASTE_KINDS), at_least("weight_g"), at_least("cost_ore"))

    day: Mapped[date]
    service: Mapped[str] = mapped_column(String(10), default="lunch")
    kind: Mapped[str] = mapped_column(String(12))
    weight_g: Mapped[float]
    cost_ore: Mapped[int] = mapped_column(default=0)
    note: Mapped[str] = mapped_column(String(200), default="")
    # The menu line whose food this was (production waste weighed per line); no FOREIGN KEY
    # so that SQLite can add and drop the column in place (migration 0006).
    menu_line_id: Mapped[str | None] = mapped_column(Guid(), default=None, index=True)


class ClosedMonth(SiteOwned, Base):
    """A site's month that is closed: entries dated in it are booked to the next open month."""

    __tablename__ = "closed_month"
    __table_args__ = strict(
        UniqueConstraint("site_id", "period"),
        CheckConstraint(PERIOD_CHECK, name="period_format"),
    )

    period: Mapped[str] = mapped_column(String(7))
    closed_on: Mapped[date]
    closed_by: Mapped[str] = mapped_column(String(80), default="")
