"""Weekly menu plans, their items, the site's menu lines and rotating menu cycles."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from canteen.db.base import Base, SiteOwned, at_least, one_of, strict
from canteen.db.models.org import SERVICES
from canteen.db.types import Guid, UtcTimestamp

PLAN_STATUSES = ("draft", "published")


class MenuLine(SiteOwned, Base):
    """A line on the site's menu (dish of the day, vegetarian, soup...) in one service."""

    __tablename__ = "menu_line"
    __table_args__ = strict(UniqueConstraint("site_id", "code"), one_of("service", SERVICES))

    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str] = mapped_column(String(60), default="")
    service: Mapped[str] = mapped_column(String(10), default="lunch")
    position: Mapped[int] = mapped_column(default=0)
    vegetarian: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class MenuPlan(SiteOwned, Base):
    """One site's menu for one ISO week; natural key (site, ISO year, ISO week)."""

    __tablename__ = "menu_plan"
    natural_key = ("site_id", "iso_year", "iso_week")
    __table_args__ = strict(
        UniqueConstraint("site_id", "iso_year", "iso_week"),
        CheckConstraint("iso_week BETWEEN 1 AND 53", name="iso_week_range"),
        one_of("status", PLAN_STATUSES),
    )

    iso_year: Mapped[int]
    iso_week: Mapped[int]
    status: Mapped[str] = mapped_column(String(10), default="draft")
    note: Mapped[str] = mapped_column(Text, default="")
    # The printed menu's evidence: when it was printed and a fingerprint of what it showed.
    printed_at: Mapped[datetime | None] = mapped_column(UtcTimestamp(), default=None)
    printed_fingerprint: Mapped[str | None] = mapped_column(Text, default=None)


class MenuItem(SiteOwned, Base):
    """A recipe on one day, service and menu line of a plan, with the portions planned."""

    __tablename__ = "menu_item"
    natural_key = ("site_id", "day", "service", "menu_line_id", "position")
    __table_args__ = strict(
        UniqueConstraint("menu_plan_id", "day", "service", "menu_line_id", "position"),
        one_of("service", SERVICES),
        at_least("planned_portions"),
    )

    menu_plan_id: Mapped[str] = mapped_column(Guid(), ForeignKey("menu_plan.id"), index=True)
    day: Mapped[date]
    service: Mapped[str] = mapped_column(String(10), default="lunch")
    # By id, so renaming the line's code keeps its dishes (the code is for display and lookup).
    menu_line_id: Mapped[str] = mapped_column(Guid(), ForeignKey("menu_line.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    recipe_id: Mapped[str] = mapped_column(Guid(), ForeignKey("recipe.id"), index=True)
    planned_portions: Mapped[int] = mapped_column(default=0)


class MenuCycle(SiteOwned, Base):
    """A rotation of N weeks that can be applied to a date range."""

    __tablename__ = "menu_cycle"
    __table_args__ = strict(CheckConstraint("weeks >= 1", name="weeks_positive"))

    name: Mapped[str] = mapped_column(String(80))
    weeks: Mapped[int] = mapped_column(default=6)


class MenuCycleItem(SiteOwned, Base):
    """A recipe at one week of a cycle, weekday, service and menu line."""

    __tablename__ = "menu_cycle_item"
    __table_args__ = strict(
        UniqueConstraint(
            "cycle_id", "week_index", "weekday", "service", "menu_line_id", "position"
        ),
        CheckConstraint("week_index >= 0", name="week_index_min"),
        CheckConstraint("weekday BETWEEN 1 AND 7", name="iso_weekday"),
        one_of("service", SERVICES),
    )

    cycle_id: Mapped[str] = mapped_column(Guid(), ForeignKey("menu_cycle.id"), index=True)
    week_index: Mapped[int]
    weekday: Mapped[int]
    service: Mapped[str] = mapped_column(String(10), default="lunch")
    # By id, so renaming the line's code keeps its dishes (the code is for display and lookup).
    menu_line_id: Mapped[str] = mapped_column(Guid(), ForeignKey("menu_line.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    recipe_id: Mapped[str] = mapped_column(Guid(), ForeignKey("recipe.id"), index=True)
