"""Orders can be partly received, and a site has its EAN location number (GLN) for e-orders.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 16:00:00
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

from canteen.db import capture

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

OLD = ("draft", "sent", "confirmed", "received", "cancelled")
NEW = ("draft", "sent", "confirmed", "partly_received", "received", "cancelled")
CHECK = "ck_purchase_order_status_valid"


def _listed(values) -> str:
    return "status IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _sqlite_swap_check(old: str, new: str) -> None:
    """Rebuild purchase_order with one CHECK changed, keeping STRICT, indexes and triggers.

    SQLite cannot alter a CHECK; batch mode would rebuild the table without STRICT, so this
    follows SQLite's own recipe: new table, copy, drop, rename, then indexes and triggers again.
    """
    bind = op.get_bind()
    create = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'purchase_order'"
    ).scalar_one()
    if old not in create:
        raise RuntimeError("purchase_order's status CHECK is not the one this revision expects")
    extras = (
        bind.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'purchase_order'"
            " AND type IN ('index', 'trigger') AND sql IS NOT NULL"
        )
        .scalars()
        .all()
    )
    # After a rename SQLite keeps the name quoted: match it either way.
    rebuilt = re.sub(
        r'^CREATE TABLE\s+("?)purchase_order\1', "CREATE TABLE _new_purchase_order", create
    ).replace(old, new)
    # Lines and receipts point at the orders: the app migrates with foreign keys off and checks
    # them all afterwards, which is what SQLite's recipe asks for.
    op.execute(rebuilt)
    op.execute("INSERT INTO _new_purchase_order SELECT * FROM purchase_order")
    op.execute("DROP TABLE purchase_order")
    op.execute("ALTER TABLE _new_purchase_order RENAME TO purchase_order")
    for sql in extras:
        op.execute(sql)


def _swap(old, new) -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_swap_check(_listed(old), _listed(new))
        return
    op.drop_constraint(op.f(CHECK), "purchase_order", type_="check")
    op.alter_column(
        "purchase_order",
        "status",
        type_=sa.String(16) if new is NEW else sa.String(10),
        existing_nullable=False,
    )
    op.create_check_constraint(op.f(CHECK), "purchase_order", _listed(new))


def upgrade() -> None:
    """Allow 'partly_received' (status widened to 16); add site.gln, empty until filled in."""
    _swap(OLD, NEW)
    op.add_column("site", sa.Column("gln", sa.String(13), nullable=True))
    capture.install(op.get_bind())  # the site's update trigger now records gln changes too


def downgrade() -> None:
    """Partly received orders become received again (nothing else can hold them)."""
    capture.drop_synced_column(op, "site", "gln")
    op.execute("UPDATE purchase_order SET status = 'received' WHERE status = 'partly_received'")
    _swap(NEW, OLD)
