"""Server versions as 64-bit integers on PostgreSQL (2**31 would run out on a busy server).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 21:00:00

SQLite's INTEGER already holds 64 bits, so a canteen PC's file is left as it is (its capture
triggers are reinstalled after the upgrade, as after every upgrade).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _synced_tables() -> list[str]:
    """Every table with a server_version column, read from the database itself."""
    inspector = sa.inspect(op.get_bind())
    return sorted(
        name
        for name in inspector.get_table_names()
        if "server_version" in {c["name"] for c in inspector.get_columns(name)}
    )


def _retype(kind: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in _synced_tables():
        op.execute(f'ALTER TABLE "{name}" ALTER COLUMN server_version TYPE {kind}')


def upgrade() -> None:
    """server_version becomes BIGINT on PostgreSQL."""
    _retype("BIGINT")


def downgrade() -> None:
    """Back to INTEGER (fails if a version past 2**31 - 1 was handed out, as it should)."""
    _retype("INTEGER")
