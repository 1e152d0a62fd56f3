"""Sales corrections as reversing entries: the sale_adjustment table.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 20:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from canteen.db import capture

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# The app's column types as they were at this revision, so later changes cannot alter it.
GUID = sa.String(36).with_variant(postgresql.UUID(as_uuid=False), "postgresql")
UTC_TIMESTAMP = sa.DateTime(timezone=True)
PERIOD_CHECK = (
    "length(period) = 7 AND "
    + "replace(" * 10
    + "period"
    + "".join(f", '{digit}', '')" for digit in "0123456789")
    + " = '-' AND substr(period, 5, 1) = '-' AND substr(period, 6, 2) BETWEEN '01' AND '12'"
)
SERVICES = "service IN ('breakfast', 'lunch', 'dinner')"


def upgrade() -> None:
    """Create sale_adjustment, empty: before this revision a correction overwrote the sale."""
    op.create_table(
        "sale_adjustment",
        sa.Column("sale_id", GUID, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("service", sa.String(length=10), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("covers_sold", sa.Integer(), nullable=False),
        sa.Column("revenue_ore", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "kind IN ('reversal', 'entry')", name=op.f("ck_sale_adjustment_kind_valid")
        ),
        sa.CheckConstraint(SERVICES, name=op.f("ck_sale_adjustment_service_valid")),
        sa.CheckConstraint(PERIOD_CHECK, name=op.f("ck_sale_adjustment_period_format")),
        sa.CheckConstraint(
            "revision IS NULL OR revision >= 1", name=op.f("ck_sale_adjustment_revision_min")
        ),
        sa.CheckConstraint(
            "(kind = 'reversal' AND covers_sold <= 0 AND revenue_ore <= 0)"
            " OR (kind = 'entry' AND covers_sold >= 0 AND revenue_ore >= 0)",
            name=op.f("ck_sale_adjustment_sign_of_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sale.id"], name=op.f("fk_sale_adjustment_sale_id_sale")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_sale_adjustment_site_id_site")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_adjustment")),
        sa.UniqueConstraint(
            "site_id",
            "day",
            "service",
            "revision",
            "kind",
            name=op.f("uq_sale_adjustment_site_id_day_service_revision_kind"),
        ),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_sale_adjustment_sale_id"), "sale_adjustment", ["sale_id"])
    op.create_index(op.f("ix_sale_adjustment_site_id"), "sale_adjustment", ["site_id"])
    capture.install(op.get_bind())  # a new synced table: its changes go to the outbox too


def downgrade() -> None:
    """Drop it again (corrections made since are lost; the sales keep their first figures)."""
    op.drop_index(op.f("ix_sale_adjustment_site_id"), table_name="sale_adjustment")
    op.drop_index(op.f("ix_sale_adjustment_sale_id"), table_name="sale_adjustment")
    op.drop_table("sale_adjustment")
