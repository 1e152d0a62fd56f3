"""The suggestion's rules on hand-built inputs: packs, stock, deliveries, choice, flags."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from canteen.services.ordering.choice import Offer, Price
from canteen.services.ordering.deliveries import Terms, latest_delivery, order_deadline
from canteen.services.ordering.engine import Inputs, Need, build_suggestion
from canteen.services.ordering.rows import Use

MONDAY = date(2026, 3, 9)  # ISO week 2026-W11, no holidays
NOW = datetime(2026, 3, 2, 9, 0)  # the Monday before
WHOLESALER = Terms("w", "Grossisten", "12345", 1, time(12, 0), 1, 0, "K-1")


def need(name="Gulerødder", quantity=2400.0, day=MONDAY, category="grain", uses=None) -> Need:
    uses = uses or (Use(day, "lunch", "dish", "Suppe", 100, quantity),)
    return Need(name, name, "g", category, tuple(uses))


def offer(product="p1", ingredient="Gulerødder", supplier="w", pack=1000.0, price=2000, **kw):
    prices = kw.pop("prices", (Price(price, date(2020, 1, 1)),))
    return Offer(product, ingredient, supplier, f"V-{product}", "Vare", pack, prices=prices, **kw)


def suggest(needs, offers, terms=(WHOLESALER,), now=NOW, **kw):
    by_ingredient: dict[str, list[Offer]] = {}
    for o in offers:
        by_ingredient.setdefault(o.ingredient_id, []).append(o)
    return build_suggestion(
        Inputs(
            "site", "2026-W11", now, needs, by_ingredient, {t.supplier_id: t for t in terms}, **kw
        )
    )


def codes(suggestion) -> list[tuple[str, str]]:
    return [(f.code, f.ingredient or f.supplier) for f in suggestion.flags]


def test_packs_are_rounded_up_and_priced():
    s = suggest([need(quantity=2400)], [offer(pack=1000, price=2000)])
    (line,) = s.lines
    assert (line.packs, line.ordered, line.line_total_ore) == (3, 3000, 6000)
    assert s.total_ore == 6000


def test_an_exact_need_is_not_rounded_up_by_float_noise():
    s = suggest([need(quantity=0.1 + 0.2)], [offer(pack=0.3)])
    assert s.lines[0].packs == 1


def test_stock_and_open_orders_are_subtracted():
    s = suggest(
        [need(quantity=5000)],
        [offer(pack=1000)],
        stock={"Gulerødder": 1200.0},
        on_order={"Gulerødder": 1000.0},
    )
    (line,) = s.lines
    assert (line.in_stock, line.on_order, line.to_order, line.packs) == (1200, 1000, 2800, 3)


def test_a_need_covered_by_stock_makes_no_line_but_is_listed_as_covered():
    s = suggest([need(quantity=500)], [offer()], stock={"Gulerødder": 800.0})
    assert s.orders == ()
    assert [c.ingredient for c in s.covered] == ["Gulerødder"]


def test_the_cut_off_for_a_monday_delivery_lies_before_the_weekend():
    # Delivered Mon/Wed/Fri: a Monday need comes on Friday, ordered Thursday by noon.
    terms = Terms("w", "Grossisten", "135", 1, time(12, 0), 1)
    assert latest_delivery(terms, MONDAY, NOW) == date(2026, 3, 6)
    assert order_deadline(terms, date(2026, 3, 6)) == datetime(2026, 3, 5, 12, 0)
    assert order_deadline(terms, date(2026, 3, 9)) == datetime(2026, 3, 6, 12, 0)
    # Two order days' cut-off, or a three-day lead time, move it back.
    two_days = Terms("w", "G", "135", 2, time(12), 1)
    assert order_deadline(two_days, date(2026, 3, 9)) == datetime(2026, 3, 5, 12, 0)
    assert order_deadline(Terms("w", "G", "135", 1, time(12), 3), date(2026, 3, 6)) == datetime(
        2026, 3, 3, 12, 0
    )


def test_easter_holidays_move_the_delivery_and_the_cut_off_back():
    # Tuesday 7 April 2026 follows Easter Monday; Maundy Thursday and Good Friday are holidays
    # too, so the last delivery before it is Wednesday 1 April, ordered by Tuesday noon.
    tuesday = date(2026, 4, 7)
    assert latest_delivery(WHOLESALER, tuesday, datetime(2026, 3, 31, 11, 0)) == date(2026, 4, 1)
    assert order_deadline(WHOLESALER, date(2026, 4, 7)) == datetime(2026, 4, 1, 12, 0)
    s = suggest([need(day=tuesday)], [offer()], now=datetime(2026, 3, 31, 11, 0))
    assert s.orders[0].delivery_date == date(2026, 4, 1)
    assert s.orders[0].order_by == datetime(2026, 3, 31, 12, 0)


def test_past_the_cut_off_the_need_is_flagged_too_late_and_delivered_as_soon_as_possible():
    s = suggest([need(day=date(2026, 4, 7))], [offer()], now=datetime(2026, 3, 31, 13, 0))
    assert ("too_late", "Gulerødder") in codes(s)
    assert s.lines[0].late
    assert s.lines[0].delivery_date == date(2026, 4, 7)


def test_a_line_goes_on_the_latest_delivery_before_it_is_first_needed():
    uses = [
        Use(date(2026, 3, 12), "lunch", "dish", "Suppe", 100, 1000.0),
        Use(date(2026, 3, 10), "lunch", "dish", "Gryde", 100, 500.0),
    ]
    terms = Terms("w", "Grossisten", "24", 1, time(12, 0), 1)  # Tuesdays and Thursdays
    s = suggest([need(uses=uses)], [offer()], terms=(terms,))
    (line,) = s.lines
    assert line.first_needed == date(2026, 3, 10)
    assert line.delivery_date == date(2026, 3, 5)  # the Thursday before; Tuesday is the day itself
    assert line.needed == 1500
    assert [u.recipe for u in line.uses] == ["Suppe", "Gryde"]


def test_one_draft_order_per_supplier_and_delivery_day():
    dairy = Terms("d", "Mejeriet", "135", 1, time(10, 0), 1)
    s = suggest(
        [need("Mælk", 3000), need("Ost", 1000), need("Ris", 2000)],
        [offer("m", "Mælk", "d"), offer("o", "Ost", "d"), offer("r", "Ris", "w")],
        terms=(WHOLESALER, dairy),
    )
    assert [(o.supplier, o.delivery_date, len(o.lines)) for o in s.orders] == [
        ("Grossisten", date(2026, 3, 6), 1),
        ("Mejeriet", date(2026, 3, 6), 2),
    ]


def test_an_order_under_the_minimum_is_flagged_and_small_orders_join_the_previous_one():
    terms = Terms("w", "Grossisten", "12345", 1, time(12, 0), 1, 10000)
    s = suggest(
        [need("Ris", 1000, MONDAY), need("Mel", 1000, date(2026, 3, 11))],
        [offer("r", "Ris"), offer("m", "Mel")],
        terms=(terms,),
    )
    (order,) = s.orders
    assert order.delivery_date == date(2026, 3, 6)
    assert [x.ingredient for x in order.lines] == ["Ris", "Mel"]
    assert ("under_minimum", "Grossisten") in codes(s)
    assert s.flags[-1].data == {"total_ore": 4000, "min_order_ore": 10000}


def test_the_cheapest_price_per_unit_wins_and_organic_when_preferred():
    offers = [
        offer("big", pack=5000, price=7500),  # 1.50 per g
        offer("small", pack=1000, price=1800),  # 1.80 per g
        offer("eco", pack=1000, price=2500, organic=True, preferred=False),
    ]
    assert suggest([need()], offers).lines[0].product_id == "big"
    chosen = suggest([need()], offers, prefer_organic=True).lines[0]
    assert (chosen.product_id, chosen.organic) == ("eco", True)


def test_the_sites_preferred_product_beats_a_cheaper_one():
    offers = [offer("cheap", price=1000), offer("house", price=3000)]
    s = suggest([need()], offers, preferred={"Gulerødder": "house"})
    assert s.lines[0].product_id == "house"


def test_the_price_valid_on_the_order_day_is_used():
    prices = (Price(2000, date(2020, 1, 1), date(2026, 3, 4)), Price(2600, date(2026, 3, 5)))
    s = suggest([need(quantity=1000)], [offer(prices=prices)])
    assert s.lines[0].pack_price_ore == 2600  # ordered Thursday 5 March


@pytest.mark.parametrize(
    ("offers", "flag"),
    [
        ([], "no_product"),
        ([offer(prices=())], "no_price"),
        ([offer(prices=(Price(2000, date(2027, 1, 1)),))], "no_price"),
        ([offer(pack=0.0)], "zero_pack"),
    ],
)
def test_an_ingredient_that_cannot_be_bought_is_named_and_the_rest_still_suggested(offers, flag):
    s = suggest([need("Gulerødder"), need("Ris")], [*offers, offer("r", "Ris")])
    assert (flag, "Gulerødder") in codes(s)
    assert [x.ingredient for x in s.lines] == ["Ris"]


def test_a_supplier_with_no_delivery_days_is_named_and_another_one_delivers():
    idle = Terms("x", "Nattevagten", "", 1, time(12, 0), 1)
    s = suggest(
        [need()], [offer("a", supplier="x", price=100), offer("b")], terms=(WHOLESALER, idle)
    )
    assert s.lines[0].supplier == "Grossisten"
    assert ("no_delivery_days", "Gulerødder") in codes(s)
    assert next(f for f in s.flags if f.code == "no_delivery_days").supplier == "Nattevagten"


def test_a_perishable_mostly_left_over_is_flagged():
    s = suggest([need("Dild", 50, category="vegetable")], [offer("d", "Dild", pack=500)])
    assert ("perishable_leftover", "Dild") in codes(s)
    s = suggest([need("Ris", 50, category="grain")], [offer("d", "Ris", pack=500)])
    assert "perishable_leftover" not in [c for c, _ in codes(s)]
