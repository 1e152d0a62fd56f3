"""Closed cost months per site, and the menu line a waste record was weighed for.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from canteen.db import capture

revision = "0006"
down_revision = "0005"
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


def upgrade() -> None:
    """Create closed_month (empty: nothing was closed before) and waste_record.menu_line_id."""
    op.create_table(
        "closed_month",
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("closed_by", sa.String(length=80), nullable=False),
        sa.Column("site_id", GUID, nullable=False),
        sa.Column("id", GUID, nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", UTC_TIMESTAMP, nullable=True),
        sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
        sa.CheckConstraint(PERIOD_CHECK, name=op.f("ck_closed_month_period_format")),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_closed_month_site_id_site")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closed_month")),
        sa.UniqueConstraint("site_id", "period", name=op.f("uq_closed_month_site_id_period")),
        sqlite_strict=True,
    )
    op.create_index(op.f("ix_closed_month_site_id"), "closed_month", ["site_id"])
    op.add_column("waste_record", sa.Column("menu_line_id", GUID, nullable=True))
    capture.install(op.get_bind())  # the update trigger records the new column too
    op.create_index(op.f("ix_waste_record_menu_line_id"), "waste_record", ["menu_line_id"])


def downgrade() -> None:
    """Drop both again (closed months and per-line waste are lost)."""
    op.drop_index(op.f("ix_waste_record_menu_line_id"), table_name="waste_record")
    capture.drop_synced_column(op, "waste_record", "menu_line_id")
    op.drop_index(op.f("ix_closed_month_site_id"), table_name="closed_month")
    op.drop_table("closed_month")
