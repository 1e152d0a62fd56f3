"""Each site's terms with its suppliers, and the product a site prefers for an ingredient.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 15:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The app's column types as they were at this revision, so later changes cannot alter it.
GUID = sa.String(36).with_variant(postgresql.UUID(as_uuid=False), "postgresql")
UTC_TIMESTAMP = sa.DateTime(timezone=True)
WEEKDAYS_CHECK = (
    "replace(replace(replace(replace(replace(replace(replace(delivery_weekdays, '1', ''),"
    " '2', ''), '3', ''), '4', ''), '5', ''), '6', ''), '7', '') = ''"
    " AND length(delivery_weekdays) <= 7"
)
CUTOFF_CHECK = (
    "length(cutoff_time) = 5 AND substr(cutoff_time, 3, 1) = ':'"
    " AND substr(cutoff_time, 1, 2) BETWEEN '00' AND '23'"
    " AND substr(cutoff_time, 4, 2) BETWEEN '00' AND '59'"
)


def _synced(table: str) -> list:
    return [
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f(f"fk_{table}_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    """Create supplier_site_terms and preferred_product (both empty: sites fill them in)."""
    op.create_table(
        "preferred_product",
        sa.Column("ingredient_id", GUID, nullable=False),
        sa.Column("product_id", GUID, nullable=False),
        *_synced("preferred_product"),
        sa.ForeignKeyConstraint(
            ["ingredient_id"],
            ["ingredient.id"],
            name=op.f("fk_preferred_product_ingredient_id_ingredient"),
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["supplier_product.id"],
            name=op.f("fk_preferred_product_product_id_supplier_product"),
        ),
        sa.UniqueConstraint(
            "site_id", "ingredient_id", name=op.f("uq_preferred_product_site_id_ingredient_id")
        ),
        sqlite_strict=True,
    )
    op.create_index(
        op.f("ix_preferred_product_ingredient_id"), "preferred_product", ["ingredient_id"]
    )
    op.create_index(op.f("ix_preferred_product_site_id"), "preferred_product", ["site_id"])

    op.create_table(
        "supplier_site_terms",
        sa.Column("supplier_id", GUID, nullable=False),
        sa.Column("customer_number", sa.String(length=40), nullable=False),
        sa.Column("delivery_weekdays", sa.String(length=7), nullable=False),
        sa.Column("cutoff_days_before", sa.Integer(), nullable=False),
        sa.Column("cutoff_time", sa.String(length=5), nullable=False),
        sa.Column("lead_time_days", sa.Integer(), nullable=False),
        sa.Column("min_order_ore", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_synced("supplier_site_terms"),
        sa.CheckConstraint(CUTOFF_CHECK, name=op.f("ck_supplier_site_terms_cutoff_time_format")),
        sa.CheckConstraint(
            WEEKDAYS_CHECK, name=op.f("ck_supplier_site_terms_delivery_weekdays_digits")
        ),
        sa.CheckConstraint(
            "cutoff_days_before BETWEEN 0 AND 14",
            name=op.f("ck_supplier_site_terms_cutoff_days_range"),
        ),
        sa.CheckConstraint(
            "lead_time_days BETWEEN 0 AND 28", name=op.f("ck_supplier_site_terms_lead_time_range")
        ),
        sa.CheckConstraint(
            "min_order_ore IS NULL OR min_order_ore >= 0",
            name=op.f("ck_supplier_site_terms_min_order_ore_min"),
        ),
        sa.ForeignKeyConstraint(
            ["supplier_id"],
            ["supplier.id"],
            name=op.f("fk_supplier_site_terms_supplier_id_supplier"),
        ),
        sa.UniqueConstraint(
            "site_id", "supplier_id", name=op.f("uq_supplier_site_terms_site_id_supplier_id")
        ),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_supplier_site_terms_site_id"), "supplier_site_terms", ["site_id"])
    op.create_index(
        op.f("ix_supplier_site_terms_supplier_id"), "supplier_site_terms", ["supplier_id"]
    )


def downgrade() -> None:
    """Drop both tables (a site's terms and preferences go with them)."""
    op.drop_table("supplier_site_terms")
    op.drop_table("preferred_product")
