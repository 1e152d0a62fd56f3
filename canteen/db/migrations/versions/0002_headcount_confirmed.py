"""Covers a manager confirmed as real although far outside the site's usual range.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add headcount.confirmed; rows written before were never questioned, so they start false."""
    op.add_column(
        "headcount",
        sa.Column("confirmed", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    """Drop the flag (the covers themselves stay); SQLite 3.35+ drops in place, keeping STRICT."""
    op.drop_column("headcount", "confirmed")
