"""Waste can be buffet waste: food set out on the buffet and not eaten.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 19:00:00
"""

from __future__ import annotations

import re

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLE, COLUMN = "waste_record", "kind"
OLD = ("production", "plate", "spoilage")
NEW = ("production", "buffet", "plate", "spoilage")
CHECK = "ck_waste_record_kind_valid"


def _listed(values) -> str:
    return f"{COLUMN} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def sqlite_swap_check(table: str, old: str, new: str) -> None:
    """Rebuild `table` with the CHECK text `old` replaced by `new`, keeping STRICT, indexes, triggers.

    SQLite cannot alter a CHECK and batch mode would drop STRICT, so this is SQLite's own recipe:
    new table, copy, drop, rename, then the indexes and triggers again.
    """
    bind = op.get_bind()
    create = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).scalar_one()
    if old not in create:
        raise RuntimeError(f"{table}'s CHECK is not the one this revision expects")
    extras = (
        bind.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ?"
            " AND type IN ('index', 'trigger') AND sql IS NOT NULL",
            (table,),
        )
        .scalars()
        .all()
    )
    # After a rename SQLite keeps the name quoted: match it either way.
    pattern = r'^CREATE TABLE\s+("?)' + re.escape(table) + r"\1"
    rebuilt = re.sub(pattern, f"CREATE TABLE _new_{table}", create).replace(old, new)
    op.execute(rebuilt)
    op.execute(f"INSERT INTO _new_{table} SELECT * FROM {table}")
    op.execute(f"DROP TABLE {table}")
    op.execute(f"ALTER TABLE _new_{table} RENAME TO {table}")
    for sql in extras:
        op.execute(sql)


def _swap(old, new) -> None:
    if op.get_bind().dialect.name == "sqlite":
        sqlite_swap_check(TABLE, _listed(old), _listed(new))
        return
    op.drop_constraint(op.f(CHECK), TABLE, type_="check")
    op.create_check_constraint(op.f(CHECK), TABLE, _listed(new))


def upgrade() -> None:
    """Allow kind 'buffet' (the column's width, 12, already holds it)."""
    _swap(OLD, NEW)


def downgrade() -> None:
    """Buffet waste becomes production waste: food made and not eaten, the nearest older kind."""
    op.execute(f"UPDATE {TABLE} SET {COLUMN} = 'production' WHERE {COLUMN} = 'buffet'")
    _swap(NEW, OLD)
