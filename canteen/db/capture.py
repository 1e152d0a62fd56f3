"""Change capture on a canteen PC: SQLite triggers record every local write in the outbox.

SYNC.md §6.4. The triggers are generated from the tables themselves (every table with a
`server_version` column is synced), so ORM, Core, bulk and raw SQL writes are all seen, and a
table added later gets its triggers from its declaration alone. PostgreSQL (the server) has none.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, MetaData, Table

OUTBOX = "_sync_outbox"
CONTEXT = "_sync_context"
TRIGGER_PREFIX = "sync_"
KINDS = ("insert", "update", "delete")
# Bookkeeping columns: a change to only these is not a change to send.
NOT_SENT = frozenset({"id", "server_version", "updated_at"})
# The format SQLAlchemy stores a naive UTC datetime in on SQLite (microseconds, 6 digits).
NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'"
LOCAL_WRITE = f"coalesce((SELECT applying_remote FROM {CONTEXT} WHERE id = 1), 0) = 0"


def synced_tables(tables: Iterable[Table]) -> list[Table]:
    """The tables whose rows are synced (they carry `server_version`), by name."""
    return sorted(
        (t for t in tables if {"id", "server_version", "deleted_at"} <= set(t.c.keys())),
        key=lambda t: t.name,
    )


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _record(table: str, *, changed_new: str, changed_merged: str, base_new: str) -> str:
    """The statements that coalesce this change into the row's one outbox entry.

    None of them can meet a conflict: SQLite runs a trigger's statements under the outer
    statement's conflict clause, so an `INSERT OR REPLACE` here would fail under an UPSERT and
    be skipped under an `UPDATE OR IGNORE`. A row with an entry has it updated in place and
    moved to a fresh, higher seq (drawn from sqlite_sequence, as AUTOINCREMENT would, so the
    restore check's counter stays true); a row without one gets a new entry.
    """
    mine = f"table_name = '{table}' AND row_id = NEW.id"
    op = "CASE WHEN NEW.deleted_at IS NULL THEN 'upsert' ELSE 'delete' END"
    return f"""
  UPDATE sqlite_sequence SET seq = seq + 1
   WHERE name = '{OUTBOX}' AND EXISTS (SELECT 1 FROM {OUTBOX} WHERE {mine});
  UPDATE {OUTBOX}
     SET seq = (SELECT seq FROM sqlite_sequence WHERE name = '{OUTBOX}'), op = {op},
         changed_cols = {changed_merged}, changed_at = {NOW}, state = 'pending', attempts = 0,
         last_error = NULL
   WHERE {mine};
  INSERT INTO {OUTBOX}
      (table_name, row_id, op, changed_cols, base_version, changed_at, state, attempts)
  SELECT '{table}', NEW.id, {op}, {changed_new}, {base_new}, {NOW}, 'pending', 0
   WHERE NOT EXISTS (SELECT 1 FROM {OUTBOX} WHERE {mine});"""


def trigger_sql(table: Table) -> dict[str, str]:
    """The CREATE TRIGGER statements of one synced table, by kind (insert, update, delete)."""
    name, quoted = table.name, _quote(table.name)
    columns = [c.name for c in table.c if c.name not in NOT_SENT]
    changed_any = " OR ".join(f"OLD.{_quote(c)} IS NOT NEW.{_quote(c)}" for c in columns)
    cases = ", ".join(
        f"CASE WHEN OLD.{_quote(c)} IS NOT NEW.{_quote(c)} THEN '{c}' END" for c in columns
    )

    def union(gathered: str) -> str:
        """The columns gathered so far and those this statement changed, once each, sorted."""
        return f"""(SELECT json_group_array(value) FROM (
                 SELECT value FROM json_each({gathered})
                 UNION SELECT value FROM json_each(json_array({cases})) WHERE value IS NOT NULL))"""

    # An entry with NULL columns (a new row) stays NULL: all columns are sent.
    merged = f"CASE WHEN {OUTBOX}.changed_cols IS NULL THEN NULL ELSE {union(OUTBOX + '.changed_cols')} END"
    # An entry keeps the base version it started from (the version the server last gave).
    inserted = _record(name, changed_new="NULL", changed_merged="NULL", base_new="NULL")
    updated = _record(
        name, changed_new=union("'[]'"), changed_merged=merged, base_new="OLD.server_version"
    )
    return {
        "insert": f"""CREATE TRIGGER {TRIGGER_PREFIX}insert_{name} AFTER INSERT ON {quoted}
WHEN {LOCAL_WRITE}
BEGIN{inserted}
END""",
        # Also stamps updated_at when the statement left it alone (raw SQL, some Core paths).
        "update": f"""CREATE TRIGGER {TRIGGER_PREFIX}update_{name} AFTER UPDATE ON {quoted}
WHEN {LOCAL_WRITE} AND ({changed_any})
BEGIN{updated}
  UPDATE {quoted} SET updated_at = {NOW} WHERE id = NEW.id AND NEW.updated_at IS OLD.updated_at;
END""",
        "delete": f"""CREATE TRIGGER {TRIGGER_PREFIX}delete_{name} BEFORE DELETE ON {quoted}
WHEN {LOCAL_WRITE}
BEGIN
  SELECT RAISE(ABORT, 'synced rows are never deleted, set deleted_at: {name}');
END""",
    }


def install(connection: Connection, tables: Iterable[Table] | None = None) -> int:
    """(Re)create the capture triggers on a SQLite database; returns the tables covered.

    `tables` defaults to the database's own tables, read from it. Runs after every upgrade,
    because rebuilding a table in batch mode drops its triggers. Does nothing on PostgreSQL.
    """
    if connection.dialect.name != "sqlite":
        return 0
    if tables is None:
        reflected = MetaData()
        reflected.reflect(connection)
        tables = reflected.tables.values()
    present = {
        name
        for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
    }
    if OUTBOX not in present or CONTEXT not in present:
        return 0
    for (trigger,) in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ? ESCAPE '\\'",
        (TRIGGER_PREFIX.replace("_", "\\_") + "%",),
    ).all():
        connection.exec_driver_sql(f"DROP TRIGGER {_quote(trigger)}")
    covered = [t for t in synced_tables(tables) if t.name in present]
    for table in covered:
        for statement in trigger_sql(table).values():
            connection.exec_driver_sql(statement)
    connection.exec_driver_sql(
        f"INSERT OR IGNORE INTO {CONTEXT} (id, applying_remote) VALUES (1, 0)"
    )
    return len(covered)


def installed(connection: Connection) -> dict[str, set[str]]:
    """The capture triggers a SQLite database has: table -> kinds (insert, update, delete)."""
    found: dict[str, set[str]] = {}
    rows = connection.exec_driver_sql(
        "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'"
    )
    for name, table in rows:
        for kind in KINDS:
            if name == f"{TRIGGER_PREFIX}{kind}_{table}":
                found.setdefault(table, set()).add(kind)
    return found


@contextmanager
def applying_remote(connection: Connection) -> Iterator[None]:
    """Writes inside the block are the server's (pulled rows): not captured, hard deletes allowed.

    Use inside the apply transaction: SQLite has one writer, so no other connection ever sees
    the flag set, and a rollback takes it back with the rows.
    """
    set_flag = f"""INSERT INTO {CONTEXT} (id, applying_remote) VALUES (1, ?)
                   ON CONFLICT (id) DO UPDATE SET applying_remote = excluded.applying_remote"""
    connection.exec_driver_sql(set_flag, (1,))
    try:
        yield
    finally:
        connection.exec_driver_sql(set_flag, (0,))


def after_create(metadata: MetaData, connection: Connection, **kw) -> None:
    """`create_all` listener: a file made from the models gets its triggers too."""
    install(connection, metadata.tables.values())


def drop_synced_column(op, table: str, column: str) -> None:
    """For migrations: drop a column of a synced table. On SQLite its capture triggers name every
    column, so SQLite refuses the drop while they exist: they go first and are made again from the
    new schema. `op` is Alembic's operations object."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        triggers = bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
        ).scalars()
        for name in list(triggers):
            op.execute(f"DROP TRIGGER {_quote(name)}")
    op.drop_column(table, column)
    install(bind)
