"""The suggestion read from a real SQLite file: units, dishes planned twice, stock, saving drafts."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from canteen.db.models import (
    Forecast,
    GoodsReceipt,
    GoodsReceiptLine,
    MenuLine,
    SupplierSiteTerms,
)
from canteen.domain.weeks import IsoWeek
from canteen.errors import ValidationError
from canteen.services.ordering import list_orders, save_suggestion, suggest_order
from canteen.services.stock_sheet import count_sheet, save_counts
from tests.factories import (
    make_ingredient,
    make_menu_plan,
    make_product,
    make_recipe,
    make_site,
    make_supplier,
)

WEEK = IsoWeek(2026, 11)
MONDAY, WEDNESDAY = date(2026, 3, 9), date(2026, 3, 11)
NOW = datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def kitchen(db):
    """A site of 100 lunches; eggs bought in cases of 180 pcs, flour in 2 kg bags."""
    site = make_site(db, usual_covers=100)
    supplier = make_supplier(db, name="Grossisten", delivery_weekdays="12345", min_order_ore=0)
    eggs = make_ingredient(db, name="Æg", base_unit="pcs", piece_weight_g=60.0, category="egg")
    flour = make_ingredient(db, name="Hvedemel", base_unit="g")
    salt = make_ingredient(db, name="Salt", base_unit="g")
    egg_case = make_product(db, eggs, supplier, pack_size=180, price_ore=36000)
    make_product(db, flour, supplier, pack_size=2000, price_ore=3000)
    # 10 portions: 1.2 kg of eggs (20 pcs), 0.5 kg flour; salt has no product at all.
    pancakes = make_recipe(db, [(eggs, 1.2, "kg"), (flour, 0.5, "kg"), (salt, 10, "g")])
    with db.unit_of_work() as session:
        session.add(MenuLine(site_id=site, code="dish", name="Dagens ret", service="lunch"))
    make_menu_plan(db, site, 2026, 11, [(MONDAY, pancakes), (WEDNESDAY, pancakes)])
    return {"site": site, "supplier": supplier, "eggs": eggs, "flour": flour, "case": egg_case}


def _line(suggestion, name):
    return next(x for x in suggestion.lines if x.ingredient == name)


def test_kilos_of_eggs_become_pieces_and_a_dish_planned_twice_counts_twice(db, kitchen):
    s = suggest_order(db, kitchen["site"], WEEK, now=NOW)
    eggs = _line(s, "Æg")
    # 100 portions a day, twice: 2 × 10 × 1200 g ÷ 60 g = 400 eggs, three cases of 180.
    assert eggs.needed == pytest.approx(400)
    assert (eggs.unit, eggs.packs, eggs.line_total_ore) == ("pcs", 3, 108000)
    assert [(u.day, u.portions) for u in eggs.uses] == [(MONDAY, 100), (WEDNESDAY, 100)]
    flour = _line(s, "Hvedemel")
    assert (flour.needed, flour.packs) == (pytest.approx(10000), 5)
    assert [(f.code, f.ingredient) for f in s.flags if f.code == "no_product"] == [
        ("no_product", "Salt")
    ]


def test_a_service_level_raises_forecast_portions_towards_the_upper_bound(db, kitchen):
    with db.unit_of_work() as session:
        for day in (MONDAY, WEDNESDAY):
            session.add(
                Forecast(
                    site_id=kitchen["site"], day=day, service="lunch", made_on=date(2026, 3, 1),
                    covers=100.0, low=80.0, high=130.0, model="test",
                )
            )  # fmt: skip
    plain = _line(suggest_order(db, kitchen["site"], WEEK, now=NOW), "Æg")
    upper = _line(suggest_order(db, kitchen["site"], WEEK, now=NOW, service_level=0.8), "Æg")
    assert [u.portions for u in plain.uses] == [100, 100]
    assert [u.portions for u in upper.uses] == [130, 130]
    with pytest.raises(ValidationError):
        suggest_order(db, kitchen["site"], WEEK, now=NOW, service_level=1.5)


def test_counted_stock_and_receipts_minus_planned_use_are_subtracted(db, kitchen):
    save_counts(db, kitchen["site"], date(2026, 3, 2), {kitchen["eggs"]: "100"})
    with db.unit_of_work() as session:
        receipt = GoodsReceipt(
            site_id=kitchen["site"], supplier_id=kitchen["supplier"], received_on=date(2026, 3, 4)
        )
        session.add(receipt)
        session.flush()
        session.add(
            GoodsReceiptLine(
                site_id=kitchen["site"],
                receipt_id=receipt.id,
                product_id=kitchen["case"],
                packs=1,
                quantity=180,
                amount_ore=36000,
            )
        )
    eggs = _line(suggest_order(db, kitchen["site"], WEEK, now=NOW), "Æg")
    assert eggs.in_stock == pytest.approx(280)
    assert (eggs.to_order, eggs.packs) == (pytest.approx(120), 1)
    sheet = count_sheet(db, kitchen["site"], "cold", MONDAY)
    assert [(r.name, r.last_count, r.expected) for r in sheet] == [("Æg", 100, 280)]
    assert sheet[0].expected_value_ore == 280 * 200


def test_a_bad_count_stores_nothing_and_names_the_ingredient(db, kitchen):
    with pytest.raises(ValidationError) as caught:
        save_counts(db, kitchen["site"], MONDAY, {kitchen["flour"]: "5", kitchen["eggs"]: "mange"})
    assert caught.value.data["ingredient_id"] == kitchen["eggs"]
    assert count_sheet(db, kitchen["site"], "dry", MONDAY) == []


def test_saved_drafts_are_numbered_per_site_and_count_as_on_order(db, kitchen):
    first = suggest_order(db, kitchen["site"], WEEK, now=NOW)
    numbers = save_suggestion(db, first, today=NOW.date())
    assert numbers == ["2026-0001"]
    listed = list_orders(db, kitchen["site"], statuses=["draft"])
    assert [(o.number, o.lines, o.total_ore) for o in listed] == [("2026-0001", 2, 108000 + 15000)]
    again = suggest_order(db, kitchen["site"], WEEK, now=NOW)
    assert again.orders == ()
    assert {c.ingredient: c.on_order for c in again.covered} == {"Æg": 540, "Hvedemel": 10000}
    more = suggest_order(db, kitchen["site"], IsoWeek(2026, 12), now=NOW)
    assert more.orders == ()


def test_a_week_with_no_menu_is_flagged_not_refused(db, kitchen):
    s = suggest_order(db, kitchen["site"], IsoWeek(2026, 20), now=NOW)
    assert s.orders == ()
    assert [f.code for f in s.flags] == ["no_menu"]


def test_the_sites_own_terms_override_the_suppliers(db, kitchen):
    with db.unit_of_work() as session:
        session.add(
            SupplierSiteTerms(
                site_id=kitchen["site"], supplier_id=kitchen["supplier"],
                delivery_weekdays="3", customer_number="K-77", min_order_ore=500000,
            )
        )  # fmt: skip
    s = suggest_order(db, kitchen["site"], WEEK, now=NOW)
    (order,) = s.orders
    assert (order.delivery_date, order.customer_number) == (date(2026, 3, 4), "K-77")
    assert "under_minimum" in [f.code for f in s.flags]
