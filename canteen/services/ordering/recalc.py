"""Drafts kept in step with the plan: recompute a week's suggestion and diff it with its drafts.

A draft made from a suggestion carries its week and service level in its note. When the menu or
the forecast changes, the suggestion is made again (the drafts themselves left out of what is on
order; sent and confirmed orders still count) and compared product by product with the drafts'
lines. Applying the differences touches drafts only and returns the undo as data.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import Ingredient, PurchaseOrder, PurchaseOrderLine, SupplierProduct
from canteen.domain.weeks import IsoWeek
from canteen.services.ordering.lifecycle import LineState, find_order, put_states
from canteen.services.ordering.rows import SuggestedLine
from canteen.services.ordering.suggest import suggest_order

_NOTE = re.compile(r"^Forslag for uge (\d{4}-W\d{2})(?:, niveau (\d+) %)?$")

ADDED, CHANGED, REMOVED = "added", "changed", "removed"
TOLERANCE = 0.001  # need quantities are stored to three decimals


@dataclass(frozen=True)
class LineChange:
    """One difference between the drafts and the suggestion made again."""

    kind: str  # ADDED, CHANGED or REMOVED
    order: str  # the draft's number
    ingredient: str
    product_id: str
    before: int  # packs on the draft (0 when added)
    after: int  # packs suggested (0 when removed)
    line_id: str = ""  # the draft line ('' when added)
    pack_price_ore: int = 0
    need_quantity: float = 0.0


@dataclass(frozen=True)
class Recalculation:
    """A week's drafts against its suggestion now; `unplaced` lines have no draft to go in."""

    week: str
    service_level: float | None
    changes: tuple[LineChange, ...]
    unplaced: tuple[SuggestedLine, ...] = ()

    @property
    def stale(self) -> bool:
        """The drafts no longer match the plan and forecast."""
        return bool(self.changes or self.unplaced)


@dataclass(frozen=True)
class RecalcEdit:
    """Applied differences: `undo` puts the lines back, `redo` applies them again."""

    redo: tuple[LineState, ...]
    undo: tuple[LineState, ...]


def week_of_draft(note: str) -> tuple[str, float | None] | None:
    """The week and service level a draft was suggested for, from its note (None: typed)."""
    match = _NOTE.match(note or "")
    if match is None:
        return None
    level = int(match.group(2)) / 100 if match.group(2) else None
    return match.group(1), level


def recalculation_for(db: Database, site_id: str, number: str, *, now: datetime):
    """The recalculation of the week the draft `number` was suggested for, or None."""
    with db.reading() as session:
        order = find_order(session, site_id, number)
        found = week_of_draft(order.note) if order.status == "draft" else None
    if found is None:
        return None
    week, level = found
    return draft_changes(db, site_id, IsoWeek.parse(week), now=now, service_level=level)


def _drafts(db: Database, site_id: str, week: str):
    with db.reading() as session:
        orders = [
            o
            for o in session.scalars(
                select(PurchaseOrder).where(
                    PurchaseOrder.site_id == site_id, PurchaseOrder.status == "draft"
                )
            )
            if (found := week_of_draft(o.note)) is not None and found[0] == week
        ]
        lines = session.execute(
            select(PurchaseOrderLine, Ingredient.name)
            .join(SupplierProduct, SupplierProduct.id == PurchaseOrderLine.product_id)
            .join(Ingredient, Ingredient.id == SupplierProduct.ingredient_id)
            .where(PurchaseOrderLine.order_id.in_([o.id for o in orders]))
            .order_by(PurchaseOrderLine.id),
            execution_options={"include_deleted": True},
        ).all()
        session.expunge_all()
    return orders, lines


def draft_changes(
    db: Database,
    site_id: str,
    week: IsoWeek,
    *,
    now: datetime,
    service_level: float | None = None,
) -> Recalculation:
    """The differences between the week's drafts and its suggestion made again now.

    A line differs when the need behind it changed (the menu, forecast, stock or what is on
    order), not when its packs were typed over or it was removed by hand.
    """
    orders, lines = _drafts(db, site_id, str(week))
    suggestion = suggest_order(
        db, site_id, week, now=now, service_level=service_level,
        not_on_order=[o.id for o in orders],
    )  # fmt: skip
    by_id = {o.id: o for o in orders}
    live: dict[str, list[PurchaseOrderLine]] = defaultdict(list)
    dropped: dict[str, list[PurchaseOrderLine]] = defaultdict(list)
    names = {}
    for line, name in lines:
        (dropped if line.deleted_at is not None else live)[line.product_id].append(line)
        names[line.product_id] = name
    changes, unplaced = [], []
    for wanted in suggestion.lines:
        need = _need(wanted)
        held = live.pop(wanted.product_id, [])
        if held:
            # Packs typed by hand stand while the need behind the line is the same.
            first = held[0]
            if abs(first.need_quantity - need) > TOLERANCE:
                changes.append(_change(CHANGED, by_id[first.order_id], first, wanted, names))
            changes.extend(_change(REMOVED, by_id[x.order_id], x, None, names) for x in held[1:])
            continue
        if any(abs(x.need_quantity - need) <= TOLERANCE for x in dropped[wanted.product_id]):
            continue  # removed by hand, and nothing changed since
        home = _home(orders, wanted)
        if home is None:
            unplaced.append(wanted)
        else:
            changes.append(_change(ADDED, home, None, wanted, names))
    for held in live.values():
        changes.extend(_change(REMOVED, by_id[x.order_id], x, None, names) for x in held)
    return Recalculation(str(week), service_level, tuple(changes), tuple(unplaced))


def _home(orders: list[PurchaseOrder], wanted: SuggestedLine) -> PurchaseOrder | None:
    """The draft an added line goes in: the supplier's for that delivery day, else its first."""
    same = [o for o in orders if o.supplier_id == wanted.supplier_id]
    exact = [o for o in same if o.delivery_date == wanted.delivery_date]
    return (exact or same or [None])[0]


def _need(wanted: SuggestedLine) -> float:
    """What a line is for, as a draft line stores it (the packs may be typed over)."""
    return round(max(0.0, wanted.to_order), 3)


def _change(kind, order, line, wanted, names) -> LineChange:
    product_id = wanted.product_id if wanted is not None else line.product_id
    return LineChange(
        kind,
        order.order_number,
        wanted.ingredient if wanted is not None else names.get(product_id, ""),
        product_id,
        before=line.packs if line is not None else 0,
        after=wanted.packs if wanted is not None else 0,
        line_id=line.id if line is not None else "",
        pack_price_ore=wanted.pack_price_ore if wanted is not None else 0,
        need_quantity=_need(wanted) if wanted is not None else line.need_quantity,
    )


def apply_changes(db: Database, site_id: str, recalculation: Recalculation) -> RecalcEdit:
    """Apply the differences to the drafts in one transaction; returns the undo as data."""
    if not recalculation.changes:
        raise ValueError("nothing to apply")
    with db.unit_of_work() as session:
        states, added = [], []
        for change in recalculation.changes:
            if change.kind == ADDED:
                order = find_order(session, site_id, change.order)
                line = PurchaseOrderLine(
                    site_id=site_id,
                    order_id=order.id,
                    product_id=change.product_id,
                    packs=change.after,
                    pack_price_ore=change.pack_price_ore,
                    need_quantity=change.need_quantity,
                )
                session.add(line)
                session.flush()
                added.append(LineState(line.id, change.after))
            else:
                removed = change.kind == REMOVED
                packs = change.before if removed else change.after
                states.append(LineState(change.line_id, packs, removed, change.need_quantity))
        # New lines go in first so put_states brings every touched order's total up to date.
        undo, _orders = put_states(session, site_id, [*added, *states])
        # An added line was not there before: its undo is a tombstone, not its packs.
        undo = undo[: len(states)] + [LineState(x.line_id, x.packs, True) for x in added[::-1]]
    return RecalcEdit((*added, *states), tuple(undo))


def replay(db: Database, site_id: str, states) -> None:
    """Put the drafts' lines into recorded states: the undo or redo of `apply_changes`."""
    with db.unit_of_work() as session:
        put_states(session, site_id, states)
