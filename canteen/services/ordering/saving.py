"""Storing a suggestion as draft purchase orders (numbered per site), and listing stored orders."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from canteen.db.engine import Database
from canteen.db.models import PurchaseOrder, PurchaseOrderLine, Site, Supplier
from canteen.db.models.purchasing import ORDER_STATUSES
from canteen.errors import NotFoundError, ValidationError
from canteen.services.ordering.rows import OrderSummary, Suggestion


def next_numbers(session: Session, site_id: str, year: int, count: int) -> list[str]:
    """`count` new order numbers for the site: 'YYYY-NNNN', counting on from the year's highest."""
    pattern = re.compile(rf"^{year}-(\d{{4,}})$")
    taken = session.scalars(
        select(PurchaseOrder.order_number).where(
            PurchaseOrder.site_id == site_id, PurchaseOrder.order_number.like(f"{year}-%")
        ),
        execution_options={"include_deleted": True},
    )
    highest = max((int(m.group(1)) for n in taken if (m := pattern.match(n))), default=0)
    return [f"{year}-{highest + k:04d}" for k in range(1, count + 1)]


def draft_note(week: str, level: float | None) -> str:
    """The note a saved draft carries: its week and service level, read back by `recalc`."""
    if level is None:
        return f"Forslag for uge {week}"
    return f"Forslag for uge {week}, niveau {round(level * 100)} %"


def save_suggestion(db: Database, suggestion: Suggestion, *, today: date) -> list[str]:
    """Store every order of the suggestion as a draft; returns their numbers in order."""
    orders = [o for o in suggestion.orders if o.lines]
    with db.unit_of_work() as session:
        if session.get(Site, suggestion.site_id) is None:
            raise NotFoundError("no such site", site_id=suggestion.site_id)
        numbers = next_numbers(session, suggestion.site_id, today.year, len(orders))
        for number, order in zip(numbers, orders, strict=True):
            row = PurchaseOrder(
                site_id=suggestion.site_id,
                supplier_id=order.supplier_id,
                order_number=number,
                order_date=min(today, order.order_by.date()),
                delivery_date=order.delivery_date,
                status="draft",
                total_ore=order.total_ore,
                note=draft_note(suggestion.week, suggestion.service_level),
            )
            session.add(row)
            session.flush()
            session.add_all(
                PurchaseOrderLine(
                    site_id=suggestion.site_id,
                    order_id=row.id,
                    product_id=line.product_id,
                    packs=line.packs,
                    pack_price_ore=line.pack_price_ore,
                    need_quantity=round(max(0.0, line.to_order), 3),
                )
                for line in order.lines
            )
    return numbers


def check_statuses(statuses: Iterable[str] | None) -> tuple[str, ...] | None:
    """The statuses asked for, or a ValidationError naming one that does not exist."""
    if statuses is None:
        return None
    wanted = tuple(statuses)
    for status in wanted:
        if status not in ORDER_STATUSES:
            raise ValidationError(
                f"no order status {status!r}",
                field="status",
                reason="order_status",
                status=status,
                statuses=list(ORDER_STATUSES),
            )
    return wanted


def list_orders(
    db: Database, site_id: str, *, statuses: Iterable[str] | None = None
) -> list[OrderSummary]:
    """The site's purchase orders, latest delivery first (only `statuses` when given)."""
    wanted = check_statuses(statuses)
    lines = (
        select(PurchaseOrderLine.order_id, func.count().label("n"))
        .group_by(PurchaseOrderLine.order_id)
        .subquery()
    )
    query = (
        select(PurchaseOrder, Supplier.name, func.coalesce(lines.c.n, 0))
        .join(Supplier, Supplier.id == PurchaseOrder.supplier_id)
        .outerjoin(lines, lines.c.order_id == PurchaseOrder.id)
        .where(PurchaseOrder.site_id == site_id)
        .order_by(PurchaseOrder.delivery_date.desc(), PurchaseOrder.order_number.desc())
    )
    if wanted is not None:
        query = query.where(PurchaseOrder.status.in_(wanted))
    with db.reading() as session:
        return [
            OrderSummary(
                o.id,
                o.order_number,
                name,
                o.status,
                o.order_date,
                o.delivery_date,
                count,
                o.total_ore,
            )
            for o, name, count in session.execute(query)
        ]
