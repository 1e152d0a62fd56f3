"""Order lifecycle on a real SQLite file: every transition, draft-only edits with undo, VAT."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from canteen.db.models import PurchaseOrder, PurchaseOrderLine
from canteen.db.models.purchasing import ORDER_STATUSES
from canteen.errors import NotFoundError, ValidationError
from canteen.reports.purchase_order_rows import vat_of
from canteen.services.ordering import list_orders
from canteen.services.ordering.documents import order_document
from canteen.services.ordering.lifecycle import (
    NEXT,
    LineState,
    OrderStatusError,
    apply_lines,
    change_status,
    remove_line,
    set_packs,
)
from tests.canteen.ordering.stored import store_order

LEGAL = {
    ("draft", "sent"),
    ("draft", "cancelled"),
    ("sent", "confirmed"),
    ("sent", "partly_received"),
    ("sent", "received"),
    ("sent", "cancelled"),
    ("confirmed", "partly_received"),
    ("confirmed", "received"),
    ("confirmed", "cancelled"),
    ("partly_received", "partly_received"),
    ("partly_received", "received"),
    ("partly_received", "cancelled"),
}
PAIRS = [(a, b) for a in ORDER_STATUSES for b in ORDER_STATUSES]


def _status(db, order_id):
    with db.reading() as session:
        return session.get(PurchaseOrder, order_id).status


def test_the_table_of_next_statuses_is_the_documented_one():
    assert {(a, b) for a, nexts in NEXT.items() for b in nexts} == LEGAL
    assert set(NEXT) == set(ORDER_STATUSES)


@pytest.mark.parametrize(("before", "after"), PAIRS)
def test_every_transition_is_allowed_or_refused_as_documented(db, before, after):
    stored = store_order(db, status=before)
    if (before, after) in LEGAL:
        change = change_status(db, stored.site, stored.number, after)
        assert (change.before, change.after) == (before, after)
        assert _status(db, stored.order) == after
    else:
        with pytest.raises(OrderStatusError) as caught:
            change_status(db, stored.site, stored.number, after)
        assert caught.value.data["reason"] == "order_transition"
        assert caught.value.data["wanted"] == after
        assert _status(db, stored.order) == before


def test_sending_stamps_the_time_and_an_unknown_order_is_named(db):
    stored = store_order(db)
    at = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
    change_status(db, stored.site, stored.number, "sent", at=at)
    with db.reading() as session:
        assert session.get(PurchaseOrder, stored.order).sent_at == at
    with pytest.raises(NotFoundError) as caught:
        change_status(db, stored.site, "2026-9999", "sent")
    assert caught.value.data == {"reason": "order_not_found", "order": "2026-9999"}


def test_changing_packs_recomputes_the_total_and_the_undo_puts_it_back(db):
    stored = store_order(db)
    first = stored.lines[0]
    before = order_document(db, stored.site, stored.number).totals.net_ore
    edit = set_packs(db, stored.site, first, "10")
    # Line 1: 10 × 123,45 kr; line 2: 4 × 246,90 kr.
    assert edit.total_ore == 10 * 12345 + 4 * 24690
    assert [o.total_ore for o in list_orders(db, stored.site)] == [edit.total_ore]
    undone = apply_lines(db, stored.site, edit.undo)
    assert undone.total_ore == before
    assert apply_lines(db, stored.site, undone.undo).total_ore == edit.total_ore


def test_removing_a_line_is_a_tombstone_and_undo_revives_it(db):
    stored = store_order(db)
    edit = remove_line(db, stored.site, stored.lines[1])
    assert edit.total_ore == 3 * 12345
    document = order_document(db, stored.site, stored.number)
    assert [x.item_number for x in document.lines] == ["IT-001"]
    assert list_orders(db, stored.site)[0].lines == 1
    with db.reading() as session:
        tomb = session.scalars(
            select(PurchaseOrderLine).where(PurchaseOrderLine.id == stored.lines[1]),
            execution_options={"include_deleted": True},
        ).one()
        assert tomb.deleted_at is not None
    assert edit.undo == (LineState(stored.lines[1], 4, False),)
    apply_lines(db, stored.site, edit.undo)
    assert len(order_document(db, stored.site, stored.number).lines) == 2


@pytest.mark.parametrize("status", [s for s in ORDER_STATUSES if s != "draft"])
def test_only_drafts_can_be_edited(db, status):
    stored = store_order(db, status=status)
    with pytest.raises(OrderStatusError) as caught:
        set_packs(db, stored.site, stored.lines[0], 9)
    assert caught.value.data["reason"] == "order_not_draft"
    with pytest.raises(OrderStatusError):
        remove_line(db, stored.site, stored.lines[0])
    assert order_document(db, stored.site, stored.number).lines[0].packs == 3


@pytest.mark.parametrize("typed", ["0", "-2", "2,5", "mange", "10000"])
def test_bad_packs_are_refused_and_nothing_changes(db, typed):
    stored = store_order(db)
    with pytest.raises(ValidationError) as caught:
        set_packs(db, stored.site, stored.lines[0], typed)
    assert caught.value.data["reason"] == "packs"
    assert caught.value.data["value"] == typed
    assert order_document(db, stored.site, stored.number).lines[0].packs == 3


def test_vat_is_a_quarter_rounded_half_away_from_zero_in_ore():
    assert vat_of(100) == 25
    assert vat_of(2) == 1  # 0,5 øre rounds up
    assert vat_of(1) == 0
    assert vat_of(-2) == -1
    assert vat_of(3219775) == 804944


def test_totals_show_net_vat_and_gross(db):
    stored = store_order(db)
    totals = order_document(db, stored.site, stored.number).totals
    net = 3 * 12345 + 4 * 24690
    assert (totals.net_ore, totals.vat_ore, totals.gross_ore) == (
        net,
        vat_of(net),
        net + vat_of(net),
    )
