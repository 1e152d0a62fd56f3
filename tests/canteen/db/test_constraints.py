"""The schema itself rejects bad rows: each case is a valid row with one field made bad."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from canteen.db.base import Base
from canteen.db.lifecycle import open_database
from canteen.db.models import (
    GoodsReceipt,
    MenuCycle,
    MenuLine,
    MenuPlan,
    PurchaseOrder,
    Sale,
)
from canteen.domain.ids import new_id
from tests.factories import (
    make_district,
    make_ingredient,
    make_product,
    make_recipe,
    make_site,
    make_supplier,
)

DAY = date(2025, 3, 3)
SOLD = date(2025, 1, 2)  # the world's booked sale, which the adjustment cases correct


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> dict:
    """A migrated database with one parent row of each kind; cases roll their own rows back."""
    database = open_database(tmp_path_factory.mktemp("constraints") / "kantine.db", create=True)
    ids = {"district": make_district(database)}
    ids["site"] = make_site(database, ids["district"])
    ids["supplier"] = make_supplier(database)
    ids["ingredient"] = make_ingredient(database)
    ids["product"] = make_product(database, ids["ingredient"], ids["supplier"])
    ids["recipe"] = make_recipe(database, [(ids["ingredient"], 100, "g")])
    ids["site_recipe"] = make_recipe(database, [(ids["ingredient"], 100, "g")], site_id=ids["site"])
    ids["other_district"] = make_district(database, code="D-OTHER")
    ids["other_site"] = make_site(database, ids["other_district"], code="S-OTHER")
    parents = {
        "plan": MenuPlan(site_id=ids["site"], iso_year=2025, iso_week=1),
        "cycle": MenuCycle(site_id=ids["site"], name="Forår"),
        "line": MenuLine(site_id=ids["site"], code="dish", name="Dagens ret"),
        "order": PurchaseOrder(
            site_id=ids["site"],
            supplier_id=ids["supplier"],
            order_number="PO-1",
            order_date=DAY,
            delivery_date=DAY,
        ),
    }
    with database.unit_of_work() as session:
        session.add_all(parents.values())
        session.flush()
        receipt = GoodsReceipt(site_id=ids["site"], supplier_id=ids["supplier"], received_on=DAY)
        session.add(receipt)
        sale = Sale(site_id=ids["site"], day=SOLD, covers_sold=120, revenue_ore=600_000)
        session.add(sale)
    ids.update({name: row.id for name, row in parents.items()}, receipt=receipt.id, sale=sale.id)
    with database.engine.begin() as connection:
        # The one flag row exists from the migration; cases insert their own (rolled back).
        connection.exec_driver_sql("DELETE FROM _sync_context")
    yield {"database": database, **ids}
    database.dispose()


# One valid row per table, built from the world's parent ids.
VALID: dict[str, Callable[[dict], dict]] = {
    "district": lambda w: {"code": "D-NEW", "name": "Nordjylland", "kind": "police_district"},
    "site": lambda w: {
        "district_id": w["district"],
        "code": "S-NEW",
        "name": "Aalborg",
        "town": "Aalborg",
        "cost_centre": "CC-9",
        "services": "breakfast,lunch",
        "capacity": 200,
    },
    "app_user": lambda w: {
        "username": "kbh",
        "display_name": "Kantineleder",
        "role": "site",
        "site_id": w["site"],
    },
    "supplier": lambda w: {
        "name": "Grønt A/S",
        "kind": "greengrocer",
        "cvr": "12345678",
        "gln": "5790000000001",
        "lead_time_days": 1,
        "min_order_ore": 50000,
    },
    "ingredient": lambda w: {
        "name": "Gulerod",
        "base_unit": "g",
        "piece_weight_g": 80.0,
        "density_g_per_ml": None,
        "co2e_per_kg": 0.3,
        "allergen_milk": "free",
        "allergen_gluten": "may_contain",
    },
    "supplier_product": lambda w: {
        "supplier_id": w["supplier"],
        "ingredient_id": w["ingredient"],
        "item_number": "G-10",
        "description": "Gulerødder 10 kg",
        "pack_size": 10000.0,
    },
    "product_price": lambda w: {
        "product_id": w["product"],
        "price_ore": 8950,
        "valid_from": date(2025, 1, 1),
        "valid_to": date(2025, 6, 30),
    },
    "recipe": lambda w: {"site_id": w["site"], "name": "Boller i karry", "yield_portions": 40},
    "recipe_line": lambda w: {
        "recipe_id": w["recipe"],
        "ingredient_id": w["ingredient"],
        "quantity": 2.5,
        "unit": "kg",
        "prep_loss_pct": 12.0,
    },
    "menu_line": lambda w: {"site_id": w["site"], "code": "veg", "name": "Grøn ret"},
    "menu_plan": lambda w: {"site_id": w["site"], "iso_year": 2025, "iso_week": 10},
    "menu_item": lambda w: {
        "site_id": w["site"],
        "menu_plan_id": w["plan"],
        "day": DAY,
        "menu_line_id": w["line"],
        "recipe_id": w["recipe"],
        "planned_portions": 120,
    },
    "menu_cycle": lambda w: {"site_id": w["site"], "name": "Efterår", "weeks": 6},
    "menu_cycle_item": lambda w: {
        "site_id": w["site"],
        "cycle_id": w["cycle"],
        "week_index": 0,
        "weekday": 5,
        "menu_line_id": w["line"],
        "recipe_id": w["recipe"],
    },
    "headcount": lambda w: {"site_id": w["site"], "day": DAY, "service": "lunch", "covers": 140},
    "site_event": lambda w: {
        "site_id": w["site"],
        "start_date": DAY,
        "end_date": date(2025, 3, 7),
        "kind": "course",
        "effect_pct": -30.0,
    },
    "forecast": lambda w: {
        "site_id": w["site"],
        "day": DAY,
        "made_on": date(2025, 2, 24),
        "covers": 130.0,
        "low": 110.0,
        "high": 150.0,
        "model": "seasonal_naive",
    },
    "forecast_override": lambda w: {
        "site_id": w["site"],
        "day": DAY,
        "covers": 90,
        "made_at": datetime(2025, 3, 1, 9, 30, tzinfo=UTC),
    },
    "stock_count": lambda w: {
        "site_id": w["site"],
        "ingredient_id": w["ingredient"],
        "counted_on": DAY,
        "quantity": 2500.0,
    },
    "purchase_order": lambda w: {
        "site_id": w["site"],
        "supplier_id": w["supplier"],
        "order_number": "PO-2",
        "order_date": DAY,
        "delivery_date": date(2025, 3, 5),
        "status": "sent",
        "total_ore": 125000,
    },
    "purchase_order_line": lambda w: {
        "site_id": w["site"],
        "order_id": w["order"],
        "product_id": w["product"],
        "packs": 3,
        "pack_price_ore": 8950,
        "need_quantity": 2400.0,
    },
    "goods_receipt": lambda w: {
        "site_id": w["site"],
        "supplier_id": w["supplier"],
        "order_id": w["order"],
        "received_on": DAY,
    },
    "goods_receipt_line": lambda w: {
        "site_id": w["site"],
        "receipt_id": w["receipt"],
        "product_id": w["product"],
        "packs": 3,
        "quantity": 3050.0,
        "amount_ore": 27300,
    },
    "sale": lambda w: {
        "site_id": w["site"],
        "day": DAY,
        "covers_sold": 130,
        "revenue_ore": 520000,
    },
    "sale_adjustment": lambda w: {
        "site_id": w["site"],
        "sale_id": w["sale"],
        "day": SOLD,
        "service": "lunch",
        "revision": 1,
        "kind": "reversal",
        "period": "2025-01",
        "covers_sold": -120,  # a reversal takes the day's figures away
        "revenue_ore": -600_000,
    },
    "cost_entry": lambda w: {
        "site_id": w["site"],
        "period": "2025-03",
        "day": DAY,
        "category": "raw_materials",
        "amount_ore": -4500,  # a reversing entry: negative amounts are allowed in the ledger
    },
    "budget": lambda w: {
        "district_id": w["district"],
        "site_id": w["site"],
        "period": "2025-12",
        "category": "labour",
        "amount_ore": 9000000,
    },
    "waste_record": lambda w: {
        "site_id": w["site"],
        "day": DAY,
        "kind": "plate",
        "weight_g": 3200.0,
        "cost_ore": 6400,
    },
    "closed_month": lambda w: {
        "site_id": w["site"],
        "period": "2025-12",
        "closed_on": DAY,
        "closed_by": "Controller",
    },
    "local_info": lambda w: {"key": "demo", "value": "yes"},
    "supplier_site_terms": lambda w: {
        "site_id": w["site"],
        "supplier_id": w["supplier"],
        "customer_number": "K-40021",
        "delivery_weekdays": "135",
        "cutoff_days_before": 1,
        "cutoff_time": "12:00",
        "lead_time_days": 2,
        "min_order_ore": 50000,
        "active": True,
    },
    "preferred_product": lambda w: {
        "site_id": w["site"],
        "ingredient_id": w["ingredient"],
        "product_id": w["product"],
    },
    "_sync_outbox": lambda w: {
        "table_name": "headcount",
        "row_id": new_id(),
        "op": "upsert",
        "changed_cols": '["covers"]',
        "changed_at": datetime(2025, 3, 3, 12, 0, tzinfo=UTC),
    },
    "_sync_context": lambda w: {"id": 1, "applying_remote": 0},
}

DUPLICATE = "duplicate"  # the change: insert the valid row twice (with two different ids)
MISSING = "missing"  # the change: point a foreign key at a row that does not exist
OTHER_DISTRICT = "other_district"  # the change: a district that is not the site's
# The changes: a site's line in a central recipe; a central line (no site) in a site's recipe.
SITE_LINE_IN_CENTRAL_RECIPE = "site_line_in_central_recipe"
CENTRAL_LINE_IN_SITE_RECIPE = "central_line_in_site_recipe"

# (table, column, bad value, what the error must name)
CASES = [
    # org
    ("district", "kind", "county", "ck_district_kind_valid"),
    ("district", "code", DUPLICATE, "district.code"),
    ("site", "capacity", -1, "ck_site_capacity_min"),
    ("site", "services", "", "ck_site_services_not_empty"),
    ("site", "district_id", MISSING, "FOREIGN KEY"),
    ("site", "code", DUPLICATE, "site.code"),
    ("app_user", "role", "admin", "ck_app_user_role_valid"),
    ("app_user", "site_id", None, "ck_app_user_site_user_has_site"),
    ("app_user", "username", DUPLICATE, "app_user.username"),
    # catalogue
    ("supplier", "cvr", "1234567", "ck_supplier_cvr_8_digits"),
    ("supplier", "cvr", "123456789", "ck_supplier_cvr_8_digits"),
    ("supplier", "cvr", DUPLICATE, "supplier.cvr"),
    ("supplier", "gln", "579000000000", "ck_supplier_gln_13_digits"),
    ("supplier", "lead_time_days", -1, "ck_supplier_lead_time_days_min"),
    ("supplier", "min_order_ore", -100, "ck_supplier_min_order_ore_min"),
    ("supplier", "kind", "grocer", "ck_supplier_kind_valid"),
    ("ingredient", "allergen_milk", "maybe", "ck_ingredient_allergen_milk_valid"),
    ("ingredient", "allergen_gluten", "CONTAINS", "ck_ingredient_allergen_gluten_valid"),
    ("ingredient", "allergen_molluscs", "", "ck_ingredient_allergen_molluscs_valid"),
    ("ingredient", "base_unit", "kg", "ck_ingredient_base_unit_valid"),
    ("ingredient", "piece_weight_g", 0.0, "ck_ingredient_piece_weight_pos"),
    ("ingredient", "density_g_per_ml", -1.0, "ck_ingredient_density_pos"),
    ("ingredient", "co2e_per_kg", -0.1, "ck_ingredient_co2e_per_kg_min"),
    ("ingredient", "name", DUPLICATE, "ingredient.name"),
    ("supplier_product", "pack_size", 0.0, "ck_supplier_product_pack_size_pos"),
    ("supplier_product", "ingredient_id", MISSING, "FOREIGN KEY"),
    ("supplier_product", "item_number", DUPLICATE, "supplier_product.supplier_id"),
    ("product_price", "price_ore", -1, "ck_product_price_price_not_negative"),
    ("product_price", "valid_to", date(2024, 12, 31), "ck_product_price_valid_range"),
    ("product_price", "valid_from", DUPLICATE, "product_price.product_id"),
    # recipes
    ("recipe", "yield_portions", 0, "ck_recipe_yield_positive"),
    ("recipe", "portion_size_g", 0.0, "ck_recipe_portion_pos"),
    ("recipe", "site_id", MISSING, "FOREIGN KEY"),
    ("recipe", "name", None, "NOT NULL constraint failed: recipe.name"),
    ("recipe_line", "ingredient_id", MISSING, "FOREIGN KEY"),
    ("recipe_line", "recipe_id", MISSING, "FOREIGN KEY"),
    ("recipe_line", "quantity", 0.0, "ck_recipe_line_quantity_positive"),
    ("recipe_line", "quantity", -2.0, "ck_recipe_line_quantity_positive"),
    ("recipe_line", "prep_loss_pct", 100.0, "ck_recipe_line_prep_loss_range"),
    ("recipe_line", "prep_loss_pct", -1.0, "ck_recipe_line_prep_loss_range"),
    ("recipe_line", "unit", "cup", "ck_recipe_line_unit_valid"),
    # a line carries its recipe's site: not another site, not central in a site's recipe
    ("recipe_line", "site_id", SITE_LINE_IN_CENTRAL_RECIPE, "FOREIGN KEY"),
    ("recipe_line", "site_id", CENTRAL_LINE_IN_SITE_RECIPE, "ck_recipe_line_site_matches_recipe"),
    # menus
    ("menu_plan", "iso_week", 54, "ck_menu_plan_iso_week_range"),
    ("menu_plan", "iso_week", 0, "ck_menu_plan_iso_week_range"),
    ("menu_plan", "status", "final", "ck_menu_plan_status_valid"),
    ("menu_plan", "iso_week", DUPLICATE, "menu_plan.site_id, menu_plan.iso_year"),
    ("menu_line", "service", "brunch", "ck_menu_line_service_valid"),
    ("menu_line", "code", DUPLICATE, "menu_line.site_id, menu_line.code"),
    ("menu_item", "planned_portions", -1, "ck_menu_item_planned_portions_min"),
    ("menu_item", "recipe_id", MISSING, "FOREIGN KEY"),
    ("menu_item", "day", DUPLICATE, "menu_item.menu_plan_id"),
    ("menu_item", "menu_line_id", MISSING, "FOREIGN KEY"),
    ("menu_cycle_item", "menu_line_id", MISSING, "FOREIGN KEY"),
    ("menu_cycle", "weeks", 0, "ck_menu_cycle_weeks_positive"),
    ("menu_cycle_item", "weekday", 8, "ck_menu_cycle_item_iso_weekday"),
    ("menu_cycle_item", "weekday", 0, "ck_menu_cycle_item_iso_weekday"),
    ("menu_cycle_item", "week_index", -1, "ck_menu_cycle_item_week_index_min"),
    # covers
    ("headcount", "covers", -1, "ck_headcount_covers_min"),
    ("headcount", "service", "brunch", "ck_headcount_service_valid"),
    ("headcount", "source", "guess", "ck_headcount_source_valid"),
    ("headcount", "day", DUPLICATE, "headcount.site_id, headcount.day, headcount.service"),
    ("headcount", "site_id", MISSING, "FOREIGN KEY"),
    ("site_event", "end_date", date(2025, 3, 2), "ck_site_event_end_after_start"),
    ("site_event", "effect_pct", -101.0, "ck_site_event_effect_range"),
    ("site_event", "kind", "party", "ck_site_event_kind_valid"),
    ("forecast", "low", 131.0, "ck_forecast_interval_holds_point"),
    ("forecast", "high", 129.0, "ck_forecast_interval_holds_point"),
    ("forecast", "made_on", DUPLICATE, "forecast.site_id"),
    ("forecast_override", "covers", -5, "ck_forecast_override_covers_min"),
    # purchasing
    ("stock_count", "quantity", -1.0, "ck_stock_count_quantity_min"),
    ("stock_count", "counted_on", DUPLICATE, "stock_count.site_id"),
    ("purchase_order", "status", "lost", "ck_purchase_order_status_valid"),
    ("purchase_order", "total_ore", -1, "ck_purchase_order_total_ore_min"),
    ("purchase_order", "supplier_id", MISSING, "FOREIGN KEY"),
    ("purchase_order", "order_number", DUPLICATE, "purchase_order.site_id"),
    ("purchase_order_line", "packs", 0, "ck_purchase_order_line_packs_positive"),
    ("purchase_order_line", "pack_price_ore", -1, "ck_purchase_order_line_pack_price_ore_min"),
    ("purchase_order_line", "need_quantity", -1.0, "ck_purchase_order_line_need_quantity_min"),
    ("goods_receipt", "order_id", MISSING, "FOREIGN KEY"),
    ("goods_receipt_line", "packs", -1, "ck_goods_receipt_line_packs_min"),
    ("goods_receipt_line", "quantity", -1.0, "ck_goods_receipt_line_quantity_min"),
    ("goods_receipt_line", "amount_ore", -1, "ck_goods_receipt_line_amount_ore_min"),
    # costs
    ("sale", "covers_sold", -1, "ck_sale_covers_sold_min"),
    ("sale", "revenue_ore", -1, "ck_sale_revenue_ore_min"),
    ("sale", "day", DUPLICATE, "sale.site_id, sale.day, sale.service"),
    ("sale_adjustment", "kind", "undo", "ck_sale_adjustment_kind_valid"),
    ("sale_adjustment", "covers_sold", 5, "ck_sale_adjustment_sign_of_kind"),
    ("sale_adjustment", "revision", 0, "ck_sale_adjustment_revision_min"),
    ("sale_adjustment", "period", "2025-13", "ck_sale_adjustment_period_format"),
    ("sale_adjustment", "sale_id", MISSING, "FOREIGN KEY"),
    ("sale_adjustment", "kind", DUPLICATE, "sale_adjustment.site_id, sale_adjustment.day"),
    ("cost_entry", "period", "2025-13", "ck_cost_entry_period_format"),
    ("cost_entry", "period", "2025-00", "ck_cost_entry_period_format"),
    ("cost_entry", "period", "2025-3", "ck_cost_entry_period_format"),
    ("cost_entry", "period", "25-03", "ck_cost_entry_period_format"),
    ("cost_entry", "period", "2025/03", "ck_cost_entry_period_format"),
    ("cost_entry", "period", "20x5-03", "ck_cost_entry_period_format"),
    ("cost_entry", "category", "food", "ck_cost_entry_category_valid"),
    ("budget", "amount_ore", -1, "ck_budget_amount_ore_min"),
    ("budget", "period", "2025-1", "ck_budget_period_format"),
    ("budget", "category", DUPLICATE, "budget.site_id, budget.period, budget.category"),
    ("budget", "district_id", OTHER_DISTRICT, "FOREIGN KEY"),
    ("waste_record", "kind", "leftover", "ck_waste_record_kind_valid"),
    ("closed_month", "period", "2025-13", "ck_closed_month_period_format"),
    ("closed_month", "period", DUPLICATE, "closed_month.site_id, closed_month.period"),
    ("waste_record", "weight_g", -1.0, "ck_waste_record_weight_g_min"),
    ("waste_record", "cost_ore", -1, "ck_waste_record_cost_ore_min"),
    # local
    ("local_info", "key", DUPLICATE, "local_info.key"),
    # supplier terms
    ("supplier_site_terms", "delivery_weekdays", "1238", "delivery_weekdays_digits"),
    ("supplier_site_terms", "delivery_weekdays", "Mon", "delivery_weekdays_digits"),
    ("supplier_site_terms", "cutoff_time", "12.00", "ck_supplier_site_terms_cutoff_time_format"),
    ("supplier_site_terms", "cutoff_time", "24:00", "ck_supplier_site_terms_cutoff_time_format"),
    ("supplier_site_terms", "cutoff_time", "9:00", "ck_supplier_site_terms_cutoff_time_format"),
    ("supplier_site_terms", "cutoff_days_before", -1, "ck_supplier_site_terms_cutoff_days_range"),
    ("supplier_site_terms", "lead_time_days", 29, "ck_supplier_site_terms_lead_time_range"),
    ("supplier_site_terms", "min_order_ore", -1, "ck_supplier_site_terms_min_order_ore_min"),
    ("supplier_site_terms", "supplier_id", DUPLICATE, "supplier_site_terms.site_id"),
    ("supplier_site_terms", "supplier_id", MISSING, "FOREIGN KEY"),
    ("preferred_product", "product_id", MISSING, "FOREIGN KEY"),
    ("preferred_product", "ingredient_id", DUPLICATE, "preferred_product.site_id"),
    # sync bookkeeping (a canteen PC's file only)
    ("_sync_outbox", "op", "insert", "ck__sync_outbox_op_valid"),
    ("_sync_outbox", "state", "sent", "ck__sync_outbox_state_valid"),
    ("_sync_outbox", "row_id", DUPLICATE, "_sync_outbox.table_name, _sync_outbox.row_id"),
    ("_sync_context", "id", 2, "ck__sync_context_single_row"),
    ("_sync_context", "applying_remote", 2, "ck__sync_context_flag"),
]


def attempt(world: dict, table_name: str, rows: list[dict]) -> None:
    """Insert `rows` into the table in one transaction that is always rolled back."""
    table = Base.metadata.tables[table_name]
    with world["database"].engine.connect() as connection, connection.begin() as transaction:
        try:
            for row in rows:
                connection.execute(insert(table).values(row))
        finally:
            transaction.rollback()


def bad_rows(world: dict, table: str, valid: dict, column: str, bad) -> list[dict]:
    """The rows that make one case: the valid row with one change."""
    if bad == OTHER_DISTRICT:
        return [{**valid, column: world["other_district"]}]
    if bad == SITE_LINE_IN_CENTRAL_RECIPE:
        return [{**valid, "site_id": world["site"]}]
    if bad == CENTRAL_LINE_IN_SITE_RECIPE:
        return [{**valid, "recipe_id": world["site_recipe"], "site_id": None}]
    if bad == DUPLICATE:
        # A second row with the same natural key but its own id: the UNIQUE backstop must hold.
        has_id = "id" in Base.metadata.tables[table].c and table != "_sync_context"
        return [valid, {**valid, "id": new_id()} if has_id else valid]
    return [{**valid, column: new_id() if bad == MISSING else bad}]


@pytest.mark.parametrize(("table", "column", "bad", "named"), CASES)
def test_a_valid_row_passes_and_one_bad_field_fails(world, table, column, bad, named):
    valid = VALID[table](world)
    assert column in Base.metadata.tables[table].c
    attempt(world, table, [valid])
    with pytest.raises(IntegrityError, match=re.escape(named)):
        attempt(world, table, bad_rows(world, table, valid, column, bad))


# STRICT tables refuse a value of the wrong type; SQLAlchemy would convert or reject it before
# SQLite sees it, so these go in as plain driver SQL.
WRONG_TYPES = [
    ("ingredient", "piece_weight_g", "heavy", "cannot store TEXT value in REAL column"),
    ("ingredient", "organic", "yes", "cannot store TEXT value in INTEGER column"),
    ("headcount", "covers", "many", "cannot store TEXT value in INTEGER column"),
    ("sale", "revenue_ore", 12.5, "cannot store REAL value in INTEGER column"),
    ("product_price", "price_ore", "89,50", "cannot store TEXT value in INTEGER column"),
    ("recipe_line", "quantity", b"\x01", "cannot store BLOB value in REAL column"),
]


@pytest.mark.parametrize(("table", "column", "raw", "named"), WRONG_TYPES)
def test_strict_tables_refuse_a_value_of_the_wrong_type(world, table, column, raw, named):
    row = {**VALID[table](world), "id": new_id()}
    change = f"UPDATE {table} SET {column} = ? WHERE id = ?"
    with world["database"].engine.connect() as connection, connection.begin() as transaction:
        try:
            connection.execute(insert(Base.metadata.tables[table]).values(row))
            with pytest.raises(IntegrityError, match=re.escape(f"{named} {table}.{column}")):
                connection.exec_driver_sql(change, (raw, row["id"]))
        finally:
            transaction.rollback()


def test_every_table_has_a_valid_row_and_a_case():
    assert set(VALID) == set(Base.metadata.tables)
    assert {case[0] for case in CASES} == set(Base.metadata.tables)


PERIOD = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")


@given(
    st.one_of(
        st.from_regex(PERIOD, fullmatch=True),
        st.from_regex(r"[0-9]{4}-[0-9]{2}", fullmatch=True),
        st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=9),
    )
)
def test_the_period_check_accepts_exactly_year_dash_month(world, period):
    row = {**VALID["cost_entry"](world), "period": period}
    if PERIOD.fullmatch(period):
        attempt(world, "cost_entry", [row])
    else:
        with pytest.raises(IntegrityError, match="ck_cost_entry_period_format"):
            attempt(world, "cost_entry", [row])
