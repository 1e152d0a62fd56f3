"""Goods receipt on a real SQLite file: stock, ledger, organic figures, over- and short delivery."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from canteen.db.models import CostEntry, GoodsReceiptLine, MenuLine, PurchaseOrder
from canteen.domain.weeks import IsoWeek
from canteen.errors import ValidationError
from canteen.services.ordering import save_suggestion, suggest_order
from canteen.services.receiving import (
    Arrival,
    receipt_form,
    receive_goods,
    short_delivery_impact,
)
from canteen.services.stock import expected_stock
from tests.factories import (
    make_ingredient,
    make_menu_plan,
    make_product,
    make_recipe,
    make_site,
    make_supplier,
)

WEEK = IsoWeek(2026, 11)
MONDAY, WEDNESDAY, FRIDAY = date(2026, 3, 9), date(2026, 3, 11), date(2026, 3, 13)
NOW = datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def order(db):
    """A sent order for week 11: 3 cases of 180 eggs, 10 organic chickens of 1.5 kg (by weight)."""
    site = make_site(db, usual_covers=100)
    supplier = make_supplier(db, name="Grossisten", delivery_weekdays="12345", min_order_ore=0)
    eggs = make_ingredient(db, name="Æg", base_unit="pcs", piece_weight_g=60.0, category="egg")
    chicken = make_ingredient(db, name="Kylling", base_unit="g", category="poultry")
    case = make_product(db, eggs, supplier, pack_size=180, price_ore=36000)
    bird = make_product(
        db, chicken, supplier, pack_size=1500, price_ore=9000, organic=True, variable_weight=True
    )
    # 10 portions: 1.2 kg eggs (20 pcs) and 1.5 kg chicken; 100 portions Monday and Friday.
    dish = make_recipe(db, [(eggs, 1.2, "kg"), (chicken, 1.5, "kg")], name="Kyllingetærte")
    with db.unit_of_work() as session:
        session.add(MenuLine(site_id=site, code="dish", name="Dagens ret", service="lunch"))
    make_menu_plan(db, site, 2026, 11, [(MONDAY, dish), (FRIDAY, dish)])
    suggestion = suggest_order(db, site, WEEK, now=NOW)
    (number,) = save_suggestion(db, suggestion, today=NOW.date())
    with db.unit_of_work() as session:
        row = session.scalars(select(PurchaseOrder).filter_by(order_number=number)).one()
        row.status = "sent"
        order_id, delivery = row.id, row.delivery_date
    form = receipt_form(db, order_id)
    lines = {line.ingredient: line for line in form.lines}
    return {"site": site, "id": order_id, "delivery": delivery, "lines": lines, "eggs": eggs,
            "chicken": chicken, "case": case, "bird": bird}  # fmt: skip


def _status(db, order_id):
    with db.reading() as session:
        return session.get(PurchaseOrder, order_id).status


def test_the_form_lists_what_was_ordered(db, order):
    eggs, chicken = order["lines"]["Æg"], order["lines"]["Kylling"]
    # 2 days × 100 portions × 20 eggs = 400 eggs: 3 cases; 30 kg chicken: 20 birds.
    assert (eggs.ordered_packs, eggs.outstanding_packs, eggs.unit) == (3, 3, "pcs")
    assert (chicken.ordered_packs, chicken.variable_weight, chicken.organic) == (20, True, True)


def test_a_full_receipt_posts_stock_ledger_and_organic_figures(db, order):
    eggs, chicken = order["lines"]["Æg"], order["lines"]["Kylling"]
    day = order["delivery"]
    outcome = receive_goods(
        db,
        order["id"],
        [Arrival(eggs.line_id, "3"), Arrival(chicken.line_id, "20", quantity="30600")],
        received_on=day,
        note="Kold kæde ok",
    )
    saved = outcome.saved
    assert outcome.questions == ()
    # Chicken is paid by weight: 20 × 90 kr × 30.6 / 30 = 1836 kr; eggs 3 × 360 kr.
    assert saved.total_ore == 108000 + 183600
    assert (saved.organic_ore, saved.organic_kg) == (183600, pytest.approx(30.6))
    assert saved.total_kg == pytest.approx(30.6 + 540 * 0.06)
    assert saved.shortfalls == ()
    assert saved.order_status == "received" == _status(db, order["id"])
    with db.reading() as session:
        (entry,) = session.scalars(select(CostEntry)).all()
        lines = session.scalars(select(GoodsReceiptLine)).all()
    assert (entry.category, entry.period, entry.amount_ore, entry.reference_id) == (
        "raw_materials", f"{day:%Y-%m}", 291600, saved.receipt_id,
    )  # fmt: skip
    assert sorted((x.quantity, x.organic) for x in lines) == [(540, False), (30600, True)]
    # Stock on Wednesday: what came minus Monday's 200 eggs.
    stock = expected_stock(db, order["site"], WEDNESDAY, [order["eggs"]])
    assert stock[order["eggs"]].received == 540
    assert stock[order["eggs"]].expected == pytest.approx(540 - 200)


def test_far_above_the_order_is_asked_not_stored(db, order):
    eggs = order["lines"]["Æg"]
    asked = receive_goods(db, order["id"], [Arrival(eggs.line_id, "30")],
                          received_on=order["delivery"])  # fmt: skip
    assert asked.saved is None
    assert [(q.ingredient, q.ordered, q.received) for q in asked.questions] == [("Æg", 540, 5400)]
    with db.reading() as session:
        assert session.scalars(select(GoodsReceiptLine)).all() == []
    sure = receive_goods(db, order["id"], [Arrival(eggs.line_id, "30")],
                         received_on=order["delivery"], confirmed=True)  # fmt: skip
    assert sure.saved.total_ore == 30 * 36000


def test_one_pack_extra_is_not_a_question(db, order):
    eggs = order["lines"]["Æg"]
    outcome = receive_goods(db, order["id"], [Arrival(eggs.line_id, "4")],
                            received_on=order["delivery"])  # fmt: skip
    assert outcome.saved is not None


def test_a_bad_number_stores_nothing_and_names_line_and_field(db, order):
    eggs, chicken = order["lines"]["Æg"], order["lines"]["Kylling"]
    with pytest.raises(ValidationError) as caught:
        receive_goods(db, order["id"],
                      [Arrival(eggs.line_id, "3"), Arrival(chicken.line_id, "20", quantity="tung")],
                      received_on=order["delivery"])  # fmt: skip
    assert (caught.value.data["line_id"], caught.value.data["field"]) == (
        chicken.line_id,
        "quantity",
    )
    with pytest.raises(ValidationError) as negative:
        receive_goods(db, order["id"], [Arrival(eggs.line_id, "-1")],
                      received_on=order["delivery"])  # fmt: skip
    assert negative.value.data["reason"] == "negative_quantity"
    with db.reading() as session:
        assert session.scalars(select(CostEntry)).all() == []
    assert _status(db, order["id"]) == "sent"


def test_a_draft_cannot_be_received(db, order):
    with db.unit_of_work() as session:
        session.get(PurchaseOrder, order["id"]).status = "draft"
    with pytest.raises(ValidationError) as caught:
        receive_goods(db, order["id"], [Arrival(order["lines"]["Æg"].line_id, "3")],
                      received_on=order["delivery"])  # fmt: skip
    assert caught.value.data["reason"] == "order_not_receivable"


def test_a_substitute_of_another_ingredient_is_refused_and_of_the_same_is_stored(db, order):
    eggs = order["lines"]["Æg"]
    with pytest.raises(ValidationError) as caught:
        receive_goods(db, order["id"], [Arrival(eggs.line_id, "3", substitute_id=order["bird"])],
                      received_on=order["delivery"])  # fmt: skip
    assert caught.value.data["reason"] == "wrong_substitute"
    trays = make_product(db, order["eggs"], pack_size=30, price_ore=7000, organic=True)
    outcome = receive_goods(db, order["id"], [Arrival(eggs.line_id, "18", substitute_id=trays)],
                            received_on=order["delivery"], closes_order=True)  # fmt: skip
    assert (outcome.saved.total_ore, outcome.saved.organic_ore) == (18 * 7000, 18 * 7000)
    assert outcome.saved.order_status == "received"


def test_a_short_delivery_names_the_dishes_it_hits(db, order):
    eggs, chicken = order["lines"]["Æg"], order["lines"]["Kylling"]
    day = order["delivery"]
    outcome = receive_goods(db, order["id"],
                            [Arrival(eggs.line_id, "1"), Arrival(chicken.line_id, "20")],
                            received_on=day)  # fmt: skip
    (short,) = outcome.saved.shortfalls
    assert (short.ingredient, short.ordered, short.received, short.missing) == ("Æg", 540, 180, 360)
    assert outcome.saved.order_status == "partly_received" == _status(db, order["id"])
    hits = short_delivery_impact(db, order["site"], day, outcome.saved.shortfalls)
    # 180 eggs cover none of Monday's 200: Monday is hit by 20, Friday by all 200.
    assert [(h.day, h.dish, h.ingredient, h.uncovered) for h in hits] == [
        (MONDAY, "Kyllingetærte", "Æg", pytest.approx(20)),
        (FRIDAY, "Kyllingetærte", "Æg", pytest.approx(200)),
    ]


def test_a_variable_weight_slightly_under_is_not_short(db, order):
    eggs, chicken = order["lines"]["Æg"], order["lines"]["Kylling"]
    outcome = receive_goods(db, order["id"],
                            [Arrival(eggs.line_id, "3"), Arrival(chicken.line_id, "20", "29100")],
                            received_on=order["delivery"])  # fmt: skip
    assert outcome.saved.shortfalls == ()


def test_a_second_short_delivery_keeps_the_order_open_and_the_last_one_closes_it(db, order):
    eggs, chicken = order["lines"]["Æg"], order["lines"]["Kylling"]
    day = order["delivery"]
    receive_goods(db, order["id"], [Arrival(eggs.line_id, "1")], received_on=day)
    assert _status(db, order["id"]) == "partly_received"
    receive_goods(db, order["id"], [Arrival(eggs.line_id, "1")], received_on=day)
    assert _status(db, order["id"]) == "partly_received"
    last = receive_goods(db, order["id"],
                         [Arrival(eggs.line_id, "1"), Arrival(chicken.line_id, "20")],
                         received_on=day)  # fmt: skip
    assert last.saved.order_status == "received" == _status(db, order["id"])
