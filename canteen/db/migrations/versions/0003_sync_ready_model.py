"""The data model, ready for sync: change capture, menu lines by id, scope checks.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 15:00:00

- Menu items and cycle items name their menu line by id (`menu_line_id`), not by its code. A code
  with no line at the site gets a removed line of that code, so no dish is lost.
- A budget's district is its site's, and a site's recipe line belongs to that site's recipe:
  composite foreign keys (rows that disagreed are first set to their parent's value), plus a
  guard trigger for a central line (site_id NULL) in a site's recipe.
- SQLite only (a canteen PC): the outbox, the echo flag and the change-capture triggers.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import canteen.db.types  # noqa: F401  (spells types as SQLite STRICT tables accept them)
from canteen.db import capture

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The app's column types as they were at this revision, so later changes cannot alter it.
GUID = sa.String(36).with_variant(postgresql.UUID(as_uuid=False), "postgresql")
UTC_TIMESTAMP = sa.DateTime(timezone=True)
STRICT = {"sqlite_strict": True}
ITEM_TABLES = {
    # table: (the columns of its unique key before the line, after it)
    "menu_item": (("menu_plan_id", "day", "service"), ("position",)),
    "menu_cycle_item": (("cycle_id", "week_index", "weekday", "service"), ("position",)),
}
GUARD_MESSAGE = "ck_recipe_line_site_matches_recipe: a line belongs to the site of its recipe"
SQLITE_GUARDS = [
    f"""CREATE TRIGGER guard_recipe_line_site_{when} BEFORE {event} ON recipe_line
WHEN NEW.site_id IS NULL
 AND (SELECT site_id FROM recipe WHERE id = NEW.recipe_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, '{GUARD_MESSAGE}');
END"""
    for when, event in (("insert", "INSERT"), ("update", "UPDATE OF site_id, recipe_id"))
]
POSTGRESQL_GUARDS = [
    f"""CREATE FUNCTION guard_recipe_line_site() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.site_id IS NULL AND EXISTS (
      SELECT 1 FROM recipe WHERE id = NEW.recipe_id AND site_id IS NOT NULL) THEN
    RAISE EXCEPTION '{GUARD_MESSAGE}' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$""",
    """CREATE TRIGGER guard_recipe_line_site BEFORE INSERT OR UPDATE OF site_id, recipe_id
ON recipe_line FOR EACH ROW EXECUTE FUNCTION guard_recipe_line_site()""",
]


def _unique_name(table: str, line_column: str) -> str:
    before, after = ITEM_TABLES[table]
    return "_".join(["uq", table, *before, line_column, *after])


def _unique_columns(table: str, line_column: str) -> list[str]:
    before, after = ITEM_TABLES[table]
    return [*before, line_column, *after]


def upgrade() -> None:
    """Scope checks, menu lines by id, then (SQLite) the outbox and its triggers."""
    dialect = op.get_bind().dialect.name
    _scope_checks(dialect)
    _lines_for_orphan_codes()
    for table in ITEM_TABLES:
        _line_code_to_id(table)
    if dialect == "sqlite":
        _create_outbox()
        # Generated from the tables the file holds now (read from it, not from the models),
        # and generated again after every later upgrade.
        capture.install(op.get_bind())


def _scope_checks(dialect: str) -> None:
    # Parents' values win: a budget is the site's, a recipe line is its recipe's.
    op.execute(
        "UPDATE budget SET district_id = (SELECT district_id FROM site WHERE site.id = budget.site_id)"
        " WHERE district_id <> (SELECT district_id FROM site WHERE site.id = budget.site_id)"
    )
    op.execute(
        "UPDATE recipe_line SET site_id = (SELECT site_id FROM recipe"
        " WHERE recipe.id = recipe_line.recipe_id)"
        " WHERE site_id IS DISTINCT FROM (SELECT site_id FROM recipe"
        " WHERE recipe.id = recipe_line.recipe_id)"
        if dialect == "postgresql"
        else "UPDATE recipe_line SET site_id = (SELECT site_id FROM recipe"
        " WHERE recipe.id = recipe_line.recipe_id)"
        " WHERE site_id IS NOT (SELECT site_id FROM recipe WHERE recipe.id = recipe_line.recipe_id)"
    )
    with op.batch_alter_table("site", table_kwargs=STRICT) as batch:
        batch.create_unique_constraint(batch.f("uq_site_id_district_id"), ["id", "district_id"])
    with op.batch_alter_table("recipe", table_kwargs=STRICT) as batch:
        batch.create_unique_constraint(batch.f("uq_recipe_id_site_id"), ["id", "site_id"])
    with op.batch_alter_table("budget", table_kwargs=STRICT) as batch:
        batch.create_foreign_key(
            batch.f("fk_budget_site_district_site"),
            "site",
            ["site_id", "district_id"],
            ["id", "district_id"],
            onupdate="CASCADE",
        )
    with op.batch_alter_table("recipe_line", table_kwargs=STRICT) as batch:
        batch.create_foreign_key(
            batch.f("fk_recipe_line_recipe_site_recipe"),
            "recipe",
            ["recipe_id", "site_id"],
            ["id", "site_id"],
            onupdate="CASCADE",
        )
    for statement in SQLITE_GUARDS if dialect == "sqlite" else POSTGRESQL_GUARDS:
        op.get_bind().exec_driver_sql(statement)


def _lines_for_orphan_codes() -> None:
    """A code that names no line of the site becomes a removed line, so its dishes keep a line."""
    bind = op.get_bind()
    orphans: dict[tuple[str, str], str] = {}
    for table in ITEM_TABLES:
        rows = bind.execute(
            sa.text(
                f"SELECT DISTINCT site_id, menu_line, service FROM {table} AS item"
                " WHERE NOT EXISTS (SELECT 1 FROM menu_line AS line"
                " WHERE line.site_id = item.site_id AND line.code = item.menu_line)"
                " ORDER BY site_id, menu_line, service"
            )
        )
        for site_id, code, service in rows:
            orphans.setdefault((str(site_id), code), service)
    if not orphans:
        return
    now = datetime.now(UTC)
    lines = sa.table(
        "menu_line",
        *(sa.column(c) for c in ("id", "site_id", "code", "name", "name_en", "service")),
        *(sa.column(c) for c in ("position", "vegetarian", "active", "deleted_at", "updated_at")),
    )
    op.bulk_insert(
        lines,
        [
            {
                "id": str(uuid.uuid4()),
                "site_id": site_id,
                "code": code,
                "name": code,
                "name_en": code,
                "service": service,
                "position": 99,
                "vegetarian": False,
                "active": False,
                "deleted_at": now.replace(tzinfo=None) if bind.dialect.name == "sqlite" else now,
                "updated_at": now.replace(tzinfo=None) if bind.dialect.name == "sqlite" else now,
            }
            for (site_id, code), service in orphans.items()
        ],
    )


def _line_code_to_id(table: str) -> None:
    with op.batch_alter_table(table, table_kwargs=STRICT) as batch:
        batch.add_column(sa.Column("menu_line_id", GUID, nullable=True))
    op.execute(
        f"UPDATE {table} SET menu_line_id = (SELECT line.id FROM menu_line AS line"
        f" WHERE line.site_id = {table}.site_id AND line.code = {table}.menu_line)"
    )
    with op.batch_alter_table(table, table_kwargs=STRICT) as batch:
        batch.drop_constraint(batch.f(_unique_name(table, "menu_line")), type_="unique")
        batch.drop_column("menu_line")
        batch.alter_column("menu_line_id", existing_type=GUID, nullable=False)
        batch.create_index(batch.f(f"ix_{table}_menu_line_id"), ["menu_line_id"])
        batch.create_unique_constraint(
            batch.f(_unique_name(table, "menu_line_id")), _unique_columns(table, "menu_line_id")
        )
        batch.create_foreign_key(
            batch.f(f"fk_{table}_menu_line_id_menu_line"), "menu_line", ["menu_line_id"], ["id"]
        )


def _create_outbox() -> None:
    op.create_table(
        "_sync_context",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("applying_remote", sa.Integer(), nullable=False),
        sa.CheckConstraint("applying_remote IN (0, 1)", name=op.f("ck__sync_context_flag")),
        sa.CheckConstraint("id = 1", name=op.f("ck__sync_context_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk__sync_context")),
        sqlite_strict=True,
    )
    op.create_table(
        "_sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", GUID, nullable=False),
        sa.Column("op", sa.String(length=6), nullable=False),
        sa.Column("changed_cols", sa.Text(), nullable=True),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("changed_at", UTC_TIMESTAMP, nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.CheckConstraint("op IN ('upsert', 'delete')", name=op.f("ck__sync_outbox_op_valid")),
        sa.CheckConstraint(
            "state IN ('pending', 'rejected')", name=op.f("ck__sync_outbox_state_valid")
        ),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck__sync_outbox_attempts_min")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk__sync_outbox")),
        sa.UniqueConstraint("table_name", "row_id", name=op.f("uq__sync_outbox_table_name_row_id")),
        sqlite_autoincrement=True,
        sqlite_strict=True,
    )
    op.execute("INSERT INTO _sync_context (id, applying_remote) VALUES (1, 0)")


def downgrade() -> None:
    """Back to line codes and no scope checks; the outbox (and what it held) is dropped."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for (trigger,) in (
            op.get_bind()
            .exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync%'"
            )
            .all()
        ):
            op.execute(f'DROP TRIGGER "{trigger}"')
        op.drop_table("_sync_outbox")
        op.drop_table("_sync_context")
    for table in ITEM_TABLES:
        with op.batch_alter_table(table, table_kwargs=STRICT) as batch:
            batch.add_column(sa.Column("menu_line", sa.String(length=20), nullable=True))
        op.execute(
            f"UPDATE {table} SET menu_line = (SELECT line.code FROM menu_line AS line"
            f" WHERE line.id = {table}.menu_line_id)"
        )
        with op.batch_alter_table(table, table_kwargs=STRICT) as batch:
            batch.drop_constraint(batch.f(f"fk_{table}_menu_line_id_menu_line"), type_="foreignkey")
            batch.drop_constraint(batch.f(_unique_name(table, "menu_line_id")), type_="unique")
            batch.drop_index(batch.f(f"ix_{table}_menu_line_id"))
            batch.drop_column("menu_line_id")
            batch.alter_column("menu_line", existing_type=sa.String(length=20), nullable=False)
            batch.create_unique_constraint(
                batch.f(_unique_name(table, "menu_line")), _unique_columns(table, "menu_line")
            )
    if dialect == "sqlite":
        for when in ("insert", "update"):
            op.execute(f"DROP TRIGGER guard_recipe_line_site_{when}")
    else:
        op.execute("DROP TRIGGER guard_recipe_line_site ON recipe_line")
        op.execute("DROP FUNCTION guard_recipe_line_site()")
    with op.batch_alter_table("recipe_line", table_kwargs=STRICT) as batch:
        batch.drop_constraint(batch.f("fk_recipe_line_recipe_site_recipe"), type_="foreignkey")
    with op.batch_alter_table("budget", table_kwargs=STRICT) as batch:
        batch.drop_constraint(batch.f("fk_budget_site_district_site"), type_="foreignkey")
    with op.batch_alter_table("recipe", table_kwargs=STRICT) as batch:
        batch.drop_constraint(batch.f("uq_recipe_id_site_id"), type_="unique")
    with op.batch_alter_table("site", table_kwargs=STRICT) as batch:
        batch.drop_constraint(batch.f("uq_site_id_district_id"), type_="unique")
