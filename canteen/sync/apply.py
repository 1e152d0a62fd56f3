"""Writing the server's rows into the local file (pulled pages, server-kept copies)."""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.dialects.sqlite import insert

from canteen.sync import tables as synced


def upsert_rows(connection: Connection, table: synced.SyncTable, rows: list[dict]) -> None:
    """Insert or replace `rows` (wire form) by id; call inside `applying_remote`."""
    known = set(table.table.c.keys())
    # Columns this app does not know (a newer server) are left out (SYNC.md §6.6).
    decoded = [synced.decode_row(table, {k: v for k, v in r.items() if k in known}) for r in rows]
    if not decoded:
        return
    statement = insert(table.table)
    columns = [c for c in decoded[0] if c != "id"]
    statement = statement.on_conflict_do_update(
        index_elements=["id"], set_={c: statement.excluded[c] for c in columns}
    )
    connection.execute(statement, decoded)


def local_changes(connection: Connection) -> set[tuple[str, str]]:
    """(table, id) of every row with a local change the server's copy must not overwrite."""
    # A row whose change was discarded (a reset, a refused replay) takes the server's copy.
    return {
        (t, r)
        for t, r in connection.execute(
            text(
                "SELECT table_name, row_id FROM _sync_outbox "
                "WHERE NOT (state = 'rejected' AND last_error IN ('reset', 'replay_refused'))"
            )
        )
    }


def apply_page(connection: Connection, changes: list[dict]) -> int:
    """Apply one pulled page, skipping rows with local changes still to push; returns rows written."""
    registry = synced.registry()
    pending = local_changes(connection)
    # Foreign keys are checked at commit, so a page's order within one version range is free.
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    written, run, run_table = 0, [], None
    for change in changes:
        table = registry.get(change["t"])
        if table is None or (change["t"], change["id"]) in pending:
            continue
        if table is not run_table and run:
            upsert_rows(connection, run_table, run)
            written += len(run)
            run = []
        run_table = table
        run.append(change["row"])
    if run:
        upsert_rows(connection, run_table, run)
        written += len(run)
    return written
