"""Covers eaten, known site events, forecasts and the manager's overrides."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from canteen.db.base import Base, SiteOwned, at_least, one_of, strict
from canteen.db.models.org import SERVICES
from canteen.db.types import UtcTimestamp

HEADCOUNT_SOURCES = ("manual", "pos", "import", "demo")
EVENT_KINDS = ("closed", "course", "operation", "visit", "building_works", "other")


class Headcount(SiteOwned, Base):
    """Covers served at one site, date and service; the id derives from that natural key."""

    __tablename__ = "headcount"
    natural_key = ("site_id", "day", "service")
    __table_args__ = strict(
        UniqueConstraint("site_id", "day", "service"),
        one_of("service", SERVICES),
        one_of("source", HEADCOUNT_SOURCES),
        at_least("covers"),
    )

    day: Mapped[date]
    service: Mapped[str] = mapped_column(String(10), default="lunch")
    covers: Mapped[int]
    source: Mapped[str] = mapped_column(String(10), default="manual")
    # Portions per menu line where recorded, as JSON {"veg": 40, "dish": 120}.
    line_portions: Mapped[str | None] = mapped_column(Text, default=None)
    # The manager confirmed a number far outside the site's usual range as real: the forecaster
    # keeps it instead of screening it out as a typing error.
    confirmed: Mapped[bool] = mapped_column(default=False, server_default=false())


class SiteEvent(SiteOwned, Base):
    """Something known in advance that changes covers: closed, or an expected ± percent."""

    __tablename__ = "site_event"
    __table_args__ = strict(
        CheckConstraint("end_date >= start_date", name="end_after_start"),
        one_of("kind", EVENT_KINDS),
        CheckConstraint("effect_pct IS NULL OR effect_pct >= -100", name="effect_range"),
    )

    start_date: Mapped[date]
    end_date: Mapped[date]
    kind: Mapped[str] = mapped_column(String(16), default="other")
    # Expected change in covers in percent (-30 = 30 % fewer); NULL with kind 'closed'.
    effect_pct: Mapped[float | None] = mapped_column(default=None)
    service: Mapped[str | None] = mapped_column(String(10), default=None)
    description: Mapped[str] = mapped_column(String(200), default="")


class Forecast(SiteOwned, Base):
    """A forecast of covers for one day and service, made on one date by one model."""

    __tablename__ = "forecast"
    natural_key = ("site_id", "day", "service", "made_on")
    __table_args__ = strict(
        UniqueConstraint("site_id", "day", "service", "made_on"),
        one_of("service", SERVICES),
        at_least("covers"),
        CheckConstraint("low <= covers AND covers <= high", name="interval_holds_point"),
    )

    day: Mapped[date]
    service: Mapped[str] = mapped_column(String(10), default="lunch")
    made_on: Mapped[date]
    covers: Mapped[float]
    low: Mapped[float]
    high: Mapped[float]
    model: Mapped[str] = mapped_column(String(40))
    explanation: Mapped[str] = mapped_column(Text, default="")
    # Expected share per menu line, as JSON {"veg": 0.25, ...}.
    line_shares: Mapped[str | None] = mapped_column(Text, default=None)


class ForecastOverride(SiteOwned, Base):
    """The manager's own number for a day and service; planning uses it over the forecast."""

    __tablename__ = "forecast_override"
    natural_key = ("site_id", "day", "service")
    __table_args__ = strict(
        UniqueConstraint("site_id", "day", "service"),
        one_of("service", SERVICES),
        at_least("covers"),
    )

    day: Mapped[date]
    service: Mapped[str] = mapped_column(String(10), default="lunch")
    covers: Mapped[int]
    reason: Mapped[str] = mapped_column(String(200), default="")
    made_at: Mapped[datetime] = mapped_column(UtcTimestamp())
