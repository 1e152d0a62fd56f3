"""The first schema: every table of the canteen app.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 20:53:26.236394
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import canteen.db.types  # noqa: F401  (spells types as SQLite STRICT tables accept them)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The app's column types as they were at this revision, so later changes cannot alter it.
GUID = sa.String(36).with_variant(postgresql.UUID(as_uuid=False), "postgresql")
UTC_TIMESTAMP = sa.DateTime(timezone=True)
# 'YYYY-MM' with a month 01-12 (portable: no GLOB, no regex).
PERIOD_CHECK = "length(period) = 7 AND replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(period, '0', ''), '1', ''), '2', ''), '3', ''), '4', ''), '5', ''), '6', ''), '7', ''), '8', ''), '9', '') = '-' AND substr(period, 5, 1) = '-' AND substr(period, 6, 2) BETWEEN '01' AND '12'"


def upgrade() -> None:
    """Create every table, with its constraints and indexes."""
    op.create_table(
        "district",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "kind IN ('police_district', 'national_unit', 'other')",
            name=op.f("ck_district_kind_valid"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_district")),
        sa.UniqueConstraint("code", name=op.f("uq_district_code")),
        sqlite_strict=True,
    )
    op.create_table(
        "ingredient",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("base_unit", sa.String(length=3), nullable=False),
        sa.Column("piece_weight_g", sa.Double(), nullable=True),
        sa.Column("density_g_per_ml", sa.Double(), nullable=True),
        sa.Column("organic", sa.Boolean(), nullable=False),
        sa.Column("co2e_per_kg", sa.Double(), nullable=True),
        sa.Column("energy_kj_100g", sa.Double(), nullable=True),
        sa.Column("protein_g_100g", sa.Double(), nullable=True),
        sa.Column("fat_g_100g", sa.Double(), nullable=True),
        sa.Column("carbs_g_100g", sa.Double(), nullable=True),
        sa.Column(
            "allergen_gluten", sa.String(length=12), server_default="unknown", nullable=False
        ),
        sa.Column(
            "allergen_crustaceans", sa.String(length=12), server_default="unknown", nullable=False
        ),
        sa.Column("allergen_eggs", sa.String(length=12), server_default="unknown", nullable=False),
        sa.Column("allergen_fish", sa.String(length=12), server_default="unknown", nullable=False),
        sa.Column(
            "allergen_peanuts", sa.String(length=12), server_default="unknown", nullable=False
        ),
        sa.Column(
            "allergen_soybeans", sa.String(length=12), server_default="unknown", nullable=False
        ),
        sa.Column("allergen_milk", sa.String(length=12), server_default="unknown", nullable=False),
        sa.Column("allergen_nuts", sa.String(length=12), server_default="unknown", nullable=False),
        sa.Column(
            "allergen_celery", sa.String(length=12), server_default="unknown", nullable=False
        ),
        sa.Column(
            "allergen_mustard", sa.String(length=12), server_default="unknown", nullable=False
        ),
        sa.Column(
            "allergen_sesame", sa.String(length=12), server_default="unknown", nullable=False
        ),
        sa.Column(
            "allergen_sulphites", sa.String(length=12), server_default="unknown", nullable=False
        ),
        sa.Column("allergen_lupin", sa.String(length=12), server_default="unknown", nullable=False),
        sa.Column(
            "allergen_molluscs", sa.String(length=12), server_default="unknown", nullable=False
        ),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "allergen_celery IN ('contains', 'may_contain', 'free', 'unknown')",
            name=op.f("ck_ingredient_allergen_celery_valid"),
        ),
        sa.CheckConstraint(
            "allergen_crustaceans IN ('contains', 'may_contain', 'free', 'unknown')",
            name=op.f("ck_ingredient_allergen_crustaceans_valid"),
        ),
        sa.CheckConstraint(
            "allergen_eggs IN ('contains', 'may_contain', 'free', 'unknown')",
            name=op.f("ck_ingredient_allergen_eggs_valid"),
        ),
        sa.CheckConstraint(
            "allergen_fish IN ('contains', 'may_contain', 'free', 'unknown')",
            name=op.f("ck_ingredient_allergen_fish_valid"),
        ),
        sa.CheckConstraint(
            "allergen_gluten IN ('contains', 'may_contain', 'free', 'unknown')",
            name=op.f("ck_ingredient_allergen_gluten_valid"),
        ),
        sa.CheckConstraint(
            "allergen_lupin IN ('contains', 'may_contain', 'free', 'unknown')",
            name=op.f("ck_ingredient_allergen_lupin_valid"),
        ),
        sa.CheckConstraint(
            "allergen_milk IN ('contains', 'may_contain', 'free', 'unknown')",
            name=op.f("ck_ingredient_allergen_milk_valid"),
        ),
        sa.CheckConstraint(
            "allergen_molluscs IN ('contains', 'may_contain', 'free', 'unknown')",
            name=op.f("ck_ingredient_allergen_molluscs_valid"),
        ),
        sa.CheckConstraint(
            "allergen_mustard IN ('contains', 'may_contain', 'free', 'unknown')",
            name=op.f("ck_ingredient_allergen_mustard_valid"),
        ),
        sa.CheckConstraint(
            "allergen_nuts IN ('contains', 'may_contain', 'free', 'unknown')",
            name=op.f("ck_ingredient_allergen_nuts_valid"),
        ),
        sa.CheckConstraint(
            "allergen_peanuts IN ('contains', 'may_contain', 'free', 'unknown')",
            name=op.f("ck_ingredient_allergen_peanuts_valid"),
        ),
        sa.CheckConstraint(
            "allergen_sesame IN ('contains', 'may_contain', 'free', 'unknown')",
            name=op.f("ck_ingredient_allergen_sesame_valid"),
        ),
        sa.CheckConstraint(
            "allergen_soybeans IN ('contains', 'may_contain', 'free', 'unknown')",
            name=op.f("ck_ingredient_allergen_soybeans_valid"),
        ),
        sa.CheckConstraint(
            "allergen_sulphites IN ('contains', 'may_contain', 'free', 'unknown')",
            name=op.f("ck_ingredient_allergen_sulphites_valid"),
        ),
        sa.CheckConstraint(
            "base_unit IN ('g', 'ml', 'pcs')", name=op.f("ck_ingredient_base_unit_valid")
        ),
        sa.CheckConstraint(
            "carbs_g_100g IS NULL OR carbs_g_100g >= 0", name=op.f("ck_ingredient_carbs_g_100g_min")
        ),
        sa.CheckConstraint(
            "co2e_per_kg IS NULL OR co2e_per_kg >= 0", name=op.f("ck_ingredient_co2e_per_kg_min")
        ),
        sa.CheckConstraint(
            "density_g_per_ml IS NULL OR density_g_per_ml > 0",
            name=op.f("ck_ingredient_density_pos"),
        ),
        sa.CheckConstraint(
            "energy_kj_100g IS NULL OR energy_kj_100g >= 0",
            name=op.f("ck_ingredient_energy_kj_100g_min"),
        ),
        sa.CheckConstraint(
            "fat_g_100g IS NULL OR fat_g_100g >= 0", name=op.f("ck_ingredient_fat_g_100g_min")
        ),
        sa.CheckConstraint(
            "piece_weight_g IS NULL OR piece_weight_g > 0",
            name=op.f("ck_ingredient_piece_weight_pos"),
        ),
        sa.CheckConstraint(
            "protein_g_100g IS NULL OR protein_g_100g >= 0",
            name=op.f("ck_ingredient_protein_g_100g_min"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ingredient")),
        sa.UniqueConstraint("name", name=op.f("uq_ingredient_name")),
        sqlite_strict=True,
    )
    op.create_table(
        "local_info",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_info")),
        sqlite_strict=True,
    )
    op.create_table(
        "supplier",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("cvr", sa.String(length=8), nullable=False),
        sa.Column("gln", sa.String(length=13), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("delivery_weekdays", sa.String(length=7), nullable=False),
        sa.Column("cutoff_time", sa.String(length=5), nullable=False),
        sa.Column("lead_time_days", sa.Integer(), nullable=False),
        sa.Column("min_order_ore", sa.Integer(), nullable=False),
        sa.Column("e_ordering", sa.Boolean(), nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "kind IN ('wholesaler', 'greengrocer', 'dairy', 'bakery', 'fishmonger', 'butcher', 'other')",
            name=op.f("ck_supplier_kind_valid"),
        ),
        sa.CheckConstraint(
            "gln IS NULL OR length(gln) = 13", name=op.f("ck_supplier_gln_13_digits")
        ),
        sa.CheckConstraint(
            "lead_time_days IS NULL OR lead_time_days >= 0",
            name=op.f("ck_supplier_lead_time_days_min"),
        ),
        sa.CheckConstraint("length(cvr) = 8", name=op.f("ck_supplier_cvr_8_digits")),
        sa.CheckConstraint(
            "min_order_ore IS NULL OR min_order_ore >= 0",
            name=op.f("ck_supplier_min_order_ore_min"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supplier")),
        sa.UniqueConstraint("cvr", name=op.f("uq_supplier_cvr")),
        sqlite_strict=True,
    )
    op.create_table(
        "site",
        sa.Column("district_id", GUID, nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("town", sa.String(length=80), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("cost_centre", sa.String(length=20), nullable=False),
        sa.Column("services", sa.String(length=40), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("usual_covers", sa.Integer(), nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint("services <> ''", name=op.f("ck_site_services_not_empty")),
        sa.CheckConstraint("capacity IS NULL OR capacity >= 0", name=op.f("ck_site_capacity_min")),
        sa.ForeignKeyConstraint(
            ["district_id"], ["district.id"], name=op.f("fk_site_district_id_district")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site")),
        sa.UniqueConstraint("code", name=op.f("uq_site_code")),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_site_district_id"), "site", ["district_id"])

    op.create_table(
        "supplier_product",
        sa.Column("supplier_id", GUID, nullable=False),
        sa.Column("ingredient_id", GUID, nullable=False),
        sa.Column("item_number", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=160), nullable=False),
        sa.Column("pack_size", sa.Double(), nullable=False),
        sa.Column("pack_description", sa.String(length=60), nullable=False),
        sa.Column("gtin", sa.String(length=14), nullable=True),
        sa.Column("organic", sa.Boolean(), nullable=False),
        sa.Column("variable_weight", sa.Boolean(), nullable=False),
        sa.Column("preferred", sa.Boolean(), nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint("pack_size > 0", name=op.f("ck_supplier_product_pack_size_pos")),
        sa.ForeignKeyConstraint(
            ["ingredient_id"],
            ["ingredient.id"],
            name=op.f("fk_supplier_product_ingredient_id_ingredient"),
        ),
        sa.ForeignKeyConstraint(
            ["supplier_id"], ["supplier.id"], name=op.f("fk_supplier_product_supplier_id_supplier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supplier_product")),
        sa.UniqueConstraint(
            "supplier_id", "item_number", name=op.f("uq_supplier_product_supplier_id_item_number")
        ),
        sqlite_strict=True,
    )
    op.create_index(
        op.f("ix_supplier_product_ingredient_id"), "supplier_product", ["ingredient_id"]
    )
    op.create_index(op.f("ix_supplier_product_supplier_id"), "supplier_product", ["supplier_id"])

    op.create_table(
        "app_user",
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("site_id", GUID, nullable=True),
        sa.Column("district_id", GUID, nullable=True),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "role <> 'district' OR district_id IS NOT NULL",
            name=op.f("ck_app_user_district_user_has_district"),
        ),
        sa.CheckConstraint(
            "role <> 'site' OR site_id IS NOT NULL", name=op.f("ck_app_user_site_user_has_site")
        ),
        sa.CheckConstraint(
            "role IN ('site', 'district', 'central')", name=op.f("ck_app_user_role_valid")
        ),
        sa.ForeignKeyConstraint(
            ["district_id"], ["district.id"], name=op.f("fk_app_user_district_id_district")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_app_user_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
        sqlite_strict=True,
    )
    op.create_table(
        "budget",
        sa.Column("district_id", GUID, nullable=False),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("amount_ore", sa.Integer(), nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "category IN ('raw_materials', 'labour', 'other', 'waste')",
            name=op.f("ck_budget_category_valid"),
        ),
        sa.CheckConstraint(PERIOD_CHECK, name=op.f("ck_budget_period_format")),
        sa.CheckConstraint(
            "amount_ore IS NULL OR amount_ore >= 0", name=op.f("ck_budget_amount_ore_min")
        ),
        sa.ForeignKeyConstraint(
            ["district_id"], ["district.id"], name=op.f("fk_budget_district_id_district")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_budget_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget")),
        sa.UniqueConstraint(
            "site_id", "period", "category", name=op.f("uq_budget_site_id_period_category")
        ),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_budget_district_id"), "budget", ["district_id"])
    op.create_index(op.f("ix_budget_site_id"), "budget", ["site_id"])

    op.create_table(
        "cost_entry",
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("amount_ore", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("reference_id", GUID, nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "category IN ('raw_materials', 'labour', 'other', 'waste')",
            name=op.f("ck_cost_entry_category_valid"),
        ),
        sa.CheckConstraint(PERIOD_CHECK, name=op.f("ck_cost_entry_period_format")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_cost_entry_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cost_entry")),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_cost_entry_site_id"), "cost_entry", ["site_id"])

    op.create_table(
        "forecast",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("service", sa.String(length=10), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("covers", sa.Double(), nullable=False),
        sa.Column("low", sa.Double(), nullable=False),
        sa.Column("high", sa.Double(), nullable=False),
        sa.Column("model", sa.String(length=40), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("line_shares", sa.Text(), nullable=True),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "service IN ('breakfast', 'lunch', 'dinner')", name=op.f("ck_forecast_service_valid")
        ),
        sa.CheckConstraint("covers IS NULL OR covers >= 0", name=op.f("ck_forecast_covers_min")),
        sa.CheckConstraint(
            "low <= covers AND covers <= high", name=op.f("ck_forecast_interval_holds_point")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_forecast_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forecast")),
        sa.UniqueConstraint(
            "site_id",
            "day",
            "service",
            "made_on",
            name=op.f("uq_forecast_site_id_day_service_made_on"),
        ),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_forecast_site_id"), "forecast", ["site_id"])

    op.create_table(
        "forecast_override",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("service", sa.String(length=10), nullable=False),
        sa.Column("covers", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("made_at", UTC_TIMESTAMP, nullable=False),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "service IN ('breakfast', 'lunch', 'dinner')",
            name=op.f("ck_forecast_override_service_valid"),
        ),
        sa.CheckConstraint(
            "covers IS NULL OR covers >= 0", name=op.f("ck_forecast_override_covers_min")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_forecast_override_site_id_site")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forecast_override")),
        sa.UniqueConstraint(
            "site_id", "day", "service", name=op.f("uq_forecast_override_site_id_day_service")
        ),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_forecast_override_site_id"), "forecast_override", ["site_id"])

    op.create_table(
        "headcount",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("service", sa.String(length=10), nullable=False),
        sa.Column("covers", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("line_portions", sa.Text(), nullable=True),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "service IN ('breakfast', 'lunch', 'dinner')", name=op.f("ck_headcount_service_valid")
        ),
        sa.CheckConstraint(
            "source IN ('manual', 'pos', 'import', 'demo')", name=op.f("ck_headcount_source_valid")
        ),
        sa.CheckConstraint("covers IS NULL OR covers >= 0", name=op.f("ck_headcount_covers_min")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_headcount_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_headcount")),
        sa.UniqueConstraint(
            "site_id", "day", "service", name=op.f("uq_headcount_site_id_day_service")
        ),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_headcount_site_id"), "headcount", ["site_id"])

    op.create_table(
        "menu_cycle",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("weeks", sa.Integer(), nullable=False),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint("weeks >= 1", name=op.f("ck_menu_cycle_weeks_positive")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_menu_cycle_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_menu_cycle")),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_menu_cycle_site_id"), "menu_cycle", ["site_id"])

    op.create_table(
        "menu_line",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("name_en", sa.String(length=60), nullable=False),
        sa.Column("service", sa.String(length=10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("vegetarian", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "service IN ('breakfast', 'lunch', 'dinner')", name=op.f("ck_menu_line_service_valid")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_menu_line_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_menu_line")),
        sa.UniqueConstraint("site_id", "code", name=op.f("uq_menu_line_site_id_code")),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_menu_line_site_id"), "menu_line", ["site_id"])

    op.create_table(
        "menu_plan",
        sa.Column("iso_year", sa.Integer(), nullable=False),
        sa.Column("iso_week", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("printed_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("printed_fingerprint", sa.Text(), nullable=True),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "status IN ('draft', 'published')", name=op.f("ck_menu_plan_status_valid")
        ),
        sa.CheckConstraint("iso_week BETWEEN 1 AND 53", name=op.f("ck_menu_plan_iso_week_range")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_menu_plan_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_menu_plan")),
        sa.UniqueConstraint(
            "site_id", "iso_year", "iso_week", name=op.f("uq_menu_plan_site_id_iso_year_iso_week")
        ),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_menu_plan_site_id"), "menu_plan", ["site_id"])

    op.create_table(
        "product_price",
        sa.Column("product_id", GUID, nullable=False),
        sa.Column("price_ore", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint("price_ore >= 0", name=op.f("ck_product_price_price_not_negative")),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_product_price_valid_range")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["supplier_product.id"],
            name=op.f("fk_product_price_product_id_supplier_product"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_price")),
        sa.UniqueConstraint(
            "product_id", "valid_from", name=op.f("uq_product_price_product_id_valid_from")
        ),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_product_price_product_id"), "product_price", ["product_id"])

    op.create_table(
        "purchase_order",
        sa.Column("supplier_id", GUID, nullable=False),
        sa.Column("order_number", sa.String(length=30), nullable=False),
        sa.Column("order_date", sa.Date(), nullable=False),
        sa.Column("delivery_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("sent_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("total_ore", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "status IN ('draft', 'sent', 'confirmed', 'received', 'cancelled')",
            name=op.f("ck_purchase_order_status_valid"),
        ),
        sa.CheckConstraint(
            "total_ore IS NULL OR total_ore >= 0", name=op.f("ck_purchase_order_total_ore_min")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_purchase_order_site_id_site")
        ),
        sa.ForeignKeyConstraint(
            ["supplier_id"], ["supplier.id"], name=op.f("fk_purchase_order_supplier_id_supplier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase_order")),
        sa.UniqueConstraint(
            "site_id", "order_number", name=op.f("uq_purchase_order_site_id_order_number")
        ),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_purchase_order_site_id"), "purchase_order", ["site_id"])
    op.create_index(op.f("ix_purchase_order_supplier_id"), "purchase_order", ["supplier_id"])

    op.create_table(
        "recipe",
        sa.Column("site_id", GUID, nullable=True),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("name_en", sa.String(length=160), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("diet_tags", sa.String(length=120), nullable=False),
        sa.Column("yield_portions", sa.Integer(), nullable=False),
        sa.Column("portion_size_g", sa.Double(), nullable=True),
        sa.Column("method", sa.Text(), nullable=False),
        sa.Column("copied_from_id", GUID, nullable=True),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "portion_size_g IS NULL OR portion_size_g > 0", name=op.f("ck_recipe_portion_pos")
        ),
        sa.CheckConstraint("yield_portions > 0", name=op.f("ck_recipe_yield_positive")),
        sa.ForeignKeyConstraint(
            ["copied_from_id"], ["recipe.id"], name=op.f("fk_recipe_copied_from_id_recipe")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_recipe_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipe")),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_recipe_site_id"), "recipe", ["site_id"])

    op.create_table(
        "sale",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("service", sa.String(length=10), nullable=False),
        sa.Column("covers_sold", sa.Integer(), nullable=False),
        sa.Column("revenue_ore", sa.Integer(), nullable=False),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "service IN ('breakfast', 'lunch', 'dinner')", name=op.f("ck_sale_service_valid")
        ),
        sa.CheckConstraint(
            "covers_sold IS NULL OR covers_sold >= 0", name=op.f("ck_sale_covers_sold_min")
        ),
        sa.CheckConstraint(
            "revenue_ore IS NULL OR revenue_ore >= 0", name=op.f("ck_sale_revenue_ore_min")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_sale_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale")),
        sa.UniqueConstraint("site_id", "day", "service", name=op.f("uq_sale_site_id_day_service")),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_sale_site_id"), "sale", ["site_id"])

    op.create_table(
        "site_event",
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("effect_pct", sa.Double(), nullable=True),
        sa.Column("service", sa.String(length=10), nullable=True),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "kind IN ('closed', 'course', 'operation', 'visit', 'building_works', 'other')",
            name=op.f("ck_site_event_kind_valid"),
        ),
        sa.CheckConstraint(
            "effect_pct IS NULL OR effect_pct >= -100", name=op.f("ck_site_event_effect_range")
        ),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_site_event_end_after_start")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_site_event_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_event")),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_site_event_site_id"), "site_event", ["site_id"])

    op.create_table(
        "stock_count",
        sa.Column("ingredient_id", GUID, nullable=False),
        sa.Column("counted_on", sa.Date(), nullable=False),
        sa.Column("quantity", sa.Double(), nullable=False),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "quantity IS NULL OR quantity >= 0", name=op.f("ck_stock_count_quantity_min")
        ),
        sa.ForeignKeyConstraint(
            ["ingredient_id"],
            ["ingredient.id"],
            name=op.f("fk_stock_count_ingredient_id_ingredient"),
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_stock_count_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_count")),
        sa.UniqueConstraint(
            "site_id",
            "ingredient_id",
            "counted_on",
            name=op.f("uq_stock_count_site_id_ingredient_id_counted_on"),
        ),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_stock_count_ingredient_id"), "stock_count", ["ingredient_id"])
    op.create_index(op.f("ix_stock_count_site_id"), "stock_count", ["site_id"])

    op.create_table(
        "waste_record",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("service", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("weight_g", sa.Double(), nullable=False),
        sa.Column("cost_ore", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "kind IN ('production', 'plate', 'spoilage')", name=op.f("ck_waste_record_kind_valid")
        ),
        sa.CheckConstraint(
            "cost_ore IS NULL OR cost_ore >= 0", name=op.f("ck_waste_record_cost_ore_min")
        ),
        sa.CheckConstraint(
            "weight_g IS NULL OR weight_g >= 0", name=op.f("ck_waste_record_weight_g_min")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_waste_record_site_id_site")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waste_record")),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_waste_record_site_id"), "waste_record", ["site_id"])

    op.create_table(
        "goods_receipt",
        sa.Column("supplier_id", GUID, nullable=False),
        sa.Column("order_id", GUID, nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["purchase_order.id"],
            name=op.f("fk_goods_receipt_order_id_purchase_order"),
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_goods_receipt_site_id_site")
        ),
        sa.ForeignKeyConstraint(
            ["supplier_id"], ["supplier.id"], name=op.f("fk_goods_receipt_supplier_id_supplier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goods_receipt")),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_goods_receipt_site_id"), "goods_receipt", ["site_id"])
    op.create_index(op.f("ix_goods_receipt_supplier_id"), "goods_receipt", ["supplier_id"])

    op.create_table(
        "menu_cycle_item",
        sa.Column("cycle_id", GUID, nullable=False),
        sa.Column("week_index", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=10), nullable=False),
        sa.Column("menu_line", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("recipe_id", GUID, nullable=False),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "service IN ('breakfast', 'lunch', 'dinner')",
            name=op.f("ck_menu_cycle_item_service_valid"),
        ),
        sa.CheckConstraint("week_index >= 0", name=op.f("ck_menu_cycle_item_week_index_min")),
        sa.CheckConstraint("weekday BETWEEN 1 AND 7", name=op.f("ck_menu_cycle_item_iso_weekday")),
        sa.ForeignKeyConstraint(
            ["cycle_id"], ["menu_cycle.id"], name=op.f("fk_menu_cycle_item_cycle_id_menu_cycle")
        ),
        sa.ForeignKeyConstraint(
            ["recipe_id"], ["recipe.id"], name=op.f("fk_menu_cycle_item_recipe_id_recipe")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_menu_cycle_item_site_id_site")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_menu_cycle_item")),
        sa.UniqueConstraint(
            "cycle_id",
            "week_index",
            "weekday",
            "service",
            "menu_line",
            "position",
            name=op.f("uq_menu_cycle_item_cycle_id_week_index_weekday_service_menu_line_position"),
        ),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_menu_cycle_item_cycle_id"), "menu_cycle_item", ["cycle_id"])
    op.create_index(op.f("ix_menu_cycle_item_recipe_id"), "menu_cycle_item", ["recipe_id"])
    op.create_index(op.f("ix_menu_cycle_item_site_id"), "menu_cycle_item", ["site_id"])

    op.create_table(
        "menu_item",
        sa.Column("menu_plan_id", GUID, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("service", sa.String(length=10), nullable=False),
        sa.Column("menu_line", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("recipe_id", GUID, nullable=False),
        sa.Column("planned_portions", sa.Integer(), nullable=False),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "service IN ('breakfast', 'lunch', 'dinner')", name=op.f("ck_menu_item_service_valid")
        ),
        sa.CheckConstraint(
            "planned_portions IS NULL OR planned_portions >= 0",
            name=op.f("ck_menu_item_planned_portions_min"),
        ),
        sa.ForeignKeyConstraint(
            ["menu_plan_id"], ["menu_plan.id"], name=op.f("fk_menu_item_menu_plan_id_menu_plan")
        ),
        sa.ForeignKeyConstraint(
            ["recipe_id"], ["recipe.id"], name=op.f("fk_menu_item_recipe_id_recipe")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_menu_item_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_menu_item")),
        sa.UniqueConstraint(
            "menu_plan_id",
            "day",
            "service",
            "menu_line",
            "position",
            name=op.f("uq_menu_item_menu_plan_id_day_service_menu_line_position"),
        ),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_menu_item_menu_plan_id"), "menu_item", ["menu_plan_id"])
    op.create_index(op.f("ix_menu_item_recipe_id"), "menu_item", ["recipe_id"])
    op.create_index(op.f("ix_menu_item_site_id"), "menu_item", ["site_id"])

    op.create_table(
        "purchase_order_line",
        sa.Column("order_id", GUID, nullable=False),
        sa.Column("product_id", GUID, nullable=False),
        sa.Column("packs", sa.Integer(), nullable=False),
        sa.Column("pack_price_ore", sa.Integer(), nullable=False),
        sa.Column("need_quantity", sa.Double(), nullable=True),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "need_quantity IS NULL OR need_quantity >= 0",
            name=op.f("ck_purchase_order_line_need_quantity_min"),
        ),
        sa.CheckConstraint(
            "pack_price_ore IS NULL OR pack_price_ore >= 0",
            name=op.f("ck_purchase_order_line_pack_price_ore_min"),
        ),
        sa.CheckConstraint("packs > 0", name=op.f("ck_purchase_order_line_packs_positive")),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["purchase_order.id"],
            name=op.f("fk_purchase_order_line_order_id_purchase_order"),
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["supplier_product.id"],
            name=op.f("fk_purchase_order_line_product_id_supplier_product"),
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_purchase_order_line_site_id_site")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase_order_line")),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_purchase_order_line_order_id"), "purchase_order_line", ["order_id"])
    op.create_index(op.f("ix_purchase_order_line_site_id"), "purchase_order_line", ["site_id"])

    op.create_table(
        "recipe_line",
        sa.Column("site_id", GUID, nullable=True),
        sa.Column("recipe_id", GUID, nullable=False),
        sa.Column("ingredient_id", GUID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Double(), nullable=False),
        sa.Column("unit", sa.String(length=3), nullable=False),
        sa.Column("prep_loss_pct", sa.Double(), nullable=False),
        sa.Column("note", sa.String(length=120), nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "unit IN ('g', 'kg', 'ml', 'dl', 'l', 'pcs')", name=op.f("ck_recipe_line_unit_valid")
        ),
        sa.CheckConstraint(
            "prep_loss_pct >= 0 AND prep_loss_pct < 100",
            name=op.f("ck_recipe_line_prep_loss_range"),
        ),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_recipe_line_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["ingredient_id"],
            ["ingredient.id"],
            name=op.f("fk_recipe_line_ingredient_id_ingredient"),
        ),
        sa.ForeignKeyConstraint(
            ["recipe_id"], ["recipe.id"], name=op.f("fk_recipe_line_recipe_id_recipe")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_recipe_line_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipe_line")),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_recipe_line_ingredient_id"), "recipe_line", ["ingredient_id"])
    op.create_index(op.f("ix_recipe_line_recipe_id"), "recipe_line", ["recipe_id"])
    op.create_index(op.f("ix_recipe_line_site_id"), "recipe_line", ["site_id"])

    op.create_table(
        "goods_receipt_line",
        sa.Column("receipt_id", GUID, nullable=False),
        sa.Column("product_id", GUID, nullable=False),
        sa.Column("packs", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Double(), nullable=False),
        sa.Column("amount_ore", sa.Integer(), nullable=False),
        sa.Column("organic", sa.Boolean(), nullable=False),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "amount_ore IS NULL OR amount_ore >= 0",
            name=op.f("ck_goods_receipt_line_amount_ore_min"),
        ),
        sa.CheckConstraint(
            "packs IS NULL OR packs >= 0", name=op.f("ck_goods_receipt_line_packs_min")
        ),
        sa.CheckConstraint(
            "quantity IS NULL OR quantity >= 0", name=op.f("ck_goods_receipt_line_quantity_min")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["supplier_product.id"],
            name=op.f("fk_goods_receipt_line_product_id_supplier_product"),
        ),
        sa.ForeignKeyConstraint(
            ["receipt_id"],
            ["goods_receipt.id"],
            name=op.f("fk_goods_receipt_line_receipt_id_goods_receipt"),
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_goods_receipt_line_site_id_site")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goods_receipt_line")),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_goods_receipt_line_receipt_id"), "goods_receipt_line", ["receipt_id"])
    op.create_index(op.f("ix_goods_receipt_line_site_id"), "goods_receipt_line", ["site_id"])


def downgrade() -> None:
    """Drop every table (their indexes go with them)."""
    op.drop_table("goods_receipt_line")
    op.drop_table("recipe_line")
    op.drop_table("purchase_order_line")
    op.drop_table("menu_item")
    op.drop_table("menu_cycle_item")
    op.drop_table("goods_receipt")
    op.drop_table("waste_record")
    op.drop_table("stock_count")
    op.drop_table("site_event")
    op.drop_table("sale")
    op.drop_table("recipe")
    op.drop_table("purchase_order")
    op.drop_table("product_price")
    op.drop_table("menu_plan")
    op.drop_table("menu_line")
    op.drop_table("menu_cycle")
    op.drop_table("headcount")
    op.drop_table("forecast_override")
    op.drop_table("forecast")
    op.drop_table("cost_entry")
    op.drop_table("budget")
    op.drop_table("app_user")
    op.drop_table("supplier_product")
    op.drop_table("site")
    op.drop_table("supplier")
    op.drop_table("local_info")
    op.drop_table("ingredient")
    op.drop_table("district")
