"""An order's life: draft → sent → confirmed → partly received → received, or cancelled.

Only a draft can be edited; each edit returns its undo as data (the lines as they were), so
the GUI's undo stack needs no database knowledge. Totals are kept net of VAT in øre.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from canteen.db.engine import Database
from canteen.db.models import PurchaseOrder, PurchaseOrderLine
from canteen.db.types import utcnow
from canteen.domain.numbers import NumberProblem, read_whole
from canteen.errors import NotFoundError, ValidationError

# Which status may follow which. 'partly_received' can still be cancelled: the rest will not come.
NEXT: dict[str, tuple[str, ...]] = {
    "draft": ("sent", "cancelled"),
    "sent": ("confirmed", "partly_received", "received", "cancelled"),
    "confirmed": ("partly_received", "received", "cancelled"),
    # A second short delivery keeps the order partly received.
    "partly_received": ("partly_received", "received", "cancelled"),
    "received": (),
    "cancelled": (),
}
MAX_PACKS = 9999  # more than any canteen stores; a typo such as 1000 for 10 is still allowed


class OrderStatusError(ValidationError):
    """A status change the lifecycle does not allow, or an edit of an order that is not a draft.

    `data`: reason ('order_transition' or 'order_not_draft'), order (its number), status,
    wanted (the status asked for, for a transition) and allowed (what may follow).
    """

    code = "order_status"


@dataclass(frozen=True)
class StatusChange:
    """An order moved from one status to another."""

    number: str
    before: str
    after: str


@dataclass(frozen=True)
class LineState:
    """One order line as an edit leaves it: packs, and whether it is removed."""

    line_id: str
    packs: int
    removed: bool = False
    need: float | None = None  # the suggested quantity behind the line, when it changes too


@dataclass(frozen=True)
class OrderEdit:
    """An edit of a draft: `redo` applies it again, `undo` puts the lines back as they were."""

    number: str
    redo: tuple[LineState, ...]
    undo: tuple[LineState, ...]
    total_ore: int


def allowed_next(status: str) -> tuple[str, ...]:
    """The statuses an order in `status` may move to."""
    return NEXT.get(status, ())


def find_order(session: Session, site_id: str, number: str) -> PurchaseOrder:
    """The site's order with this number, or NotFoundError naming it."""
    order = session.scalars(
        select(PurchaseOrder).where(
            PurchaseOrder.site_id == site_id, PurchaseOrder.order_number == number
        )
    ).one_or_none()
    if order is None:
        raise NotFoundError("no such order", reason="order_not_found", order=number)
    return order


def change_status(
    db: Database, site_id: str, number: str, to: str, *, at: datetime | None = None
) -> StatusChange:
    """Move an order on; 'sent' stamps `sent_at` (`at`, else now). Refused moves raise."""
    with db.unit_of_work() as session:
        order = find_order(session, site_id, number)
        return move(order, to, at=at)


def move(order: PurchaseOrder, to: str, *, at: datetime | None = None) -> StatusChange:
    """Move a loaded order on within the caller's session (goods receipt uses this too)."""
    before, number = order.status, order.order_number
    if to not in allowed_next(before):
        raise OrderStatusError(
            f"order {number} cannot go from {before} to {to}",
            reason="order_transition",
            order=number,
            status=before,
            wanted=to,
            allowed=list(allowed_next(before)),
        )
    order.status = to
    if to == "sent":
        order.sent_at = at or utcnow()
    return StatusChange(number, before, to)


def _draft_line(
    session: Session, site_id: str, line_id: str
) -> tuple[PurchaseOrder, PurchaseOrderLine]:
    line = session.scalars(
        select(PurchaseOrderLine).where(
            PurchaseOrderLine.id == line_id, PurchaseOrderLine.site_id == site_id
        ),
        execution_options={"include_deleted": True},
    ).one_or_none()
    if line is None:
        raise NotFoundError("no such order line", reason="order_line_not_found", line=line_id)
    order = session.get(PurchaseOrder, line.order_id)
    if order.status != "draft":
        raise OrderStatusError(
            f"order {order.order_number} is {order.status}, not a draft",
            reason="order_not_draft",
            order=order.order_number,
            status=order.status,
            allowed=list(allowed_next(order.status)),
        )
    return order, line


def _packs(value: object) -> int:
    try:
        packs = read_whole(value) if isinstance(value, str) else int(value)
    except (NumberProblem, TypeError, ValueError):
        raise ValidationError(
            f"not a number of packs: {value!r}", field="packs", reason="packs", value=str(value)
        ) from None
    if not 1 <= packs <= MAX_PACKS:
        raise ValidationError(
            f"packs out of range: {packs}",
            field="packs",
            reason="packs",
            value=str(value),
            maximum=MAX_PACKS,
        )
    return packs


def order_total(session: Session, order_id: str) -> int:
    """The order's net total in øre: whole packs × pack price over its live lines."""
    lines = session.scalars(select(PurchaseOrderLine).where(PurchaseOrderLine.order_id == order_id))
    return sum(x.packs * x.pack_price_ore for x in lines)


def put_states(
    session: Session, site_id: str, states: Sequence[LineState]
) -> tuple[list[LineState], list[PurchaseOrder]]:
    """Put draft lines into the given states in the caller's session; returns how they were
    (in reverse order, an undo) and the orders touched, their totals brought up to date."""
    undo, orders = [], {}
    for state in states:
        order, line = _draft_line(session, site_id, state.line_id)
        orders[order.id] = order
        need = line.need_quantity if state.need is not None else None
        undo.append(LineState(line.id, line.packs, line.deleted_at is not None, need))
        line.packs = _packs(state.packs)
        if state.need is not None:
            line.need_quantity = state.need
        if state.removed and line.deleted_at is None:
            line.deleted_at = utcnow()  # a tombstone, never a DELETE: the line syncs
        elif not state.removed:
            line.deleted_at = None
    session.flush()
    for order in orders.values():
        order.total_ore = order_total(session, order.id)
    return list(reversed(undo)), list(orders.values())


def apply_lines(db: Database, site_id: str, states: Sequence[LineState]) -> OrderEdit:
    """Put lines of one draft into the given states; returns the edit with its undo."""
    if not states:
        raise ValueError("an edit changes at least one line")
    with db.unit_of_work() as session:
        undo, orders = put_states(session, site_id, states)
        if len(orders) != 1:
            raise ValueError("one edit changes one order")
        order = orders[0]
        return OrderEdit(order.order_number, tuple(states), tuple(undo), order.total_ore)


def set_packs(db: Database, site_id: str, line_id: str, packs: object) -> OrderEdit:
    """Change a draft line's packs (typed text is read with the one number reader)."""
    return apply_lines(db, site_id, [LineState(line_id, _packs(packs))])


def remove_line(db: Database, site_id: str, line_id: str) -> OrderEdit:
    """Remove a line from a draft (soft delete); the undo brings it back."""
    with db.reading() as session:
        _order, line = _draft_line(session, site_id, line_id)
        packs = line.packs
    return apply_lines(db, site_id, [LineState(line_id, packs, removed=True)])
