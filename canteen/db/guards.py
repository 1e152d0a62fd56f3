"""Rules a foreign key cannot state, as triggers on SQLite and on PostgreSQL.

A recipe line of a site's recipe must carry that site: the (recipe_id, site_id) foreign key
checks lines that name a site, but a foreign key skips a row with a NULL in it, so a central
line (site_id NULL) slipped into a site's recipe is refused here. Migration 0003 holds its own
frozen copy of this SQL; tests/canteen/db check both build the same triggers.
"""

from __future__ import annotations

from sqlalchemy import Connection

MESSAGE = "ck_recipe_line_site_matches_recipe: a line belongs to the site of its recipe"

SQLITE = [
    f"""CREATE TRIGGER IF NOT EXISTS guard_recipe_line_site_{when} BEFORE {event} ON recipe_line
WHEN NEW.site_id IS NULL
 AND (SELECT site_id FROM recipe WHERE id = NEW.recipe_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, '{MESSAGE}');
END"""
    for when, event in (("insert", "INSERT"), ("update", "UPDATE OF site_id, recipe_id"))
]

POSTGRESQL = [
    f"""CREATE OR REPLACE FUNCTION guard_recipe_line_site() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.site_id IS NULL AND EXISTS (
      SELECT 1 FROM recipe WHERE id = NEW.recipe_id AND site_id IS NOT NULL) THEN
    RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$""",
    """CREATE OR REPLACE TRIGGER guard_recipe_line_site BEFORE INSERT OR UPDATE OF site_id, recipe_id
ON recipe_line FOR EACH ROW EXECUTE FUNCTION guard_recipe_line_site()""",
]


def install_guards(connection: Connection) -> None:
    """Create the guard triggers where missing (after create_all, or after a table rebuild)."""
    statements = {"sqlite": SQLITE, "postgresql": POSTGRESQL}.get(connection.dialect.name, [])
    for statement in statements:
        connection.exec_driver_sql(statement)


def after_create(metadata, connection: Connection, **kw) -> None:
    """`create_all` listener: a database made from the models gets the guards too."""
    if "recipe_line" in metadata.tables and "recipe" in metadata.tables:
        install_guards(connection)
