"""When a supplier delivers and by when the order must be in: delivery days, cut-off, lead time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from canteen.domain.calendar import is_public_holiday

# How far ahead to look for a late delivery, and how far back before the need.
HORIZON_DAYS = 28


@dataclass(frozen=True)
class Terms:
    """A supplier's terms for one site (the site's own row, else the supplier's defaults)."""

    supplier_id: str
    supplier: str
    delivery_weekdays: str = "12345"
    cutoff_days_before: int = 1
    cutoff_time: time = time(12, 0)
    lead_time_days: int = 1
    min_order_ore: int = 0
    customer_number: str = ""


def is_order_day(day: date) -> bool:
    """A day the supplier's order desk works: Monday to Friday, not a public holiday."""
    return day.weekday() < 5 and not is_public_holiday(day)


def delivers_on(terms: Terms, day: date) -> bool:
    """Whether the supplier delivers on `day` (its weekdays, never on a public holiday)."""
    return str(day.isoweekday()) in terms.delivery_weekdays and not is_public_holiday(day)


def order_deadline(terms: Terms, delivery: date) -> datetime:
    """The last moment an order for `delivery` is accepted.

    The cut-off lies `cutoff_days_before` order days before the delivery (weekends and public
    holidays do not count), and at least `lead_time_days` calendar days before it.
    """
    day = delivery
    left = terms.cutoff_days_before
    while left > 0:
        day -= timedelta(days=1)
        if is_order_day(day):
            left -= 1
    day = min(day, delivery - timedelta(days=terms.lead_time_days))
    while not is_order_day(day):
        day -= timedelta(days=1)
    return datetime.combine(day, terms.cutoff_time)


def latest_delivery(terms: Terms, needed: date, now: datetime) -> date | None:
    """The latest delivery that arrives before `needed` and can still be ordered at `now`."""
    day = needed - timedelta(days=1)
    while day >= now.date() and day > needed - timedelta(days=HORIZON_DAYS):
        if delivers_on(terms, day) and order_deadline(terms, day) >= now:
            return day
        day -= timedelta(days=1)
    return None


def earliest_delivery(terms: Terms, now: datetime) -> date | None:
    """The first delivery that can still be ordered at `now` (for a need it cannot meet)."""
    for offset in range(HORIZON_DAYS):
        day = now.date() + timedelta(days=offset)
        if delivers_on(terms, day) and order_deadline(terms, day) >= now:
            return day
    return None
