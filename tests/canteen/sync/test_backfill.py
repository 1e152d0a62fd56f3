"""Applying a backfill page: new tables whole, new columns only, never over a local change."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from canteen.db.capture import applying_remote
from canteen.db.lifecycle import open_database
from canteen.db.models import WasteRecord
from canteen.domain.ids import new_id
from canteen.sync import backfill, tables

SITE = new_id()
LINE = new_id()


def _change(row: dict, version: int) -> dict:
    return {"t": "waste_record", "id": row["id"], "v": version, "deleted": False, "row": row}


def test_a_new_column_is_set_alone_and_never_over_a_local_change(tmp_path):
    db = open_database(tmp_path / "pc.db", create=True)
    pushed, edited = new_id(), new_id()
    with db.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
    with db.sessions.begin() as session:
        for row_id in (pushed, edited):
            session.add(
                WasteRecord(
                    id=row_id, site_id=SITE, day=date(2026, 5, 4), kind="plate", weight_g=100.0
                )
            )
    waste = tables.registry()["waste_record"]
    with db.engine.begin() as connection:
        # `pushed` went to the server already; `edited` still waits in the outbox.
        connection.execute(text("DELETE FROM _sync_outbox WHERE row_id = :r"), {"r": pushed})
        rows = {
            r["id"]: tables.encode_row(waste, r)
            for r in connection.execute(waste.table.select()).mappings()
        }
    plan = backfill.Backfill({"waste_record": ["menu_line_id"]}, 0)
    server = {
        row_id: {**rows[row_id], "menu_line_id": LINE, "weight_g": 999.0}
        for row_id in (pushed, edited)
    }

    with db.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        with applying_remote(connection):
            written = backfill.apply_page(
                connection, plan, [_change(server[pushed], 5), _change(server[edited], 6)], upto=9
            )

    assert written == 1
    with db.sessions() as session:
        done, kept = session.get(WasteRecord, pushed), session.get(WasteRecord, edited)
        assert (done.menu_line_id, done.weight_g) == (LINE, 100.0)  # the new column only
        assert kept.menu_line_id is None  # its local change waits: the server's copy comes later

    later = {**server[pushed], "menu_line_id": new_id()}
    with db.engine.begin() as connection, applying_remote(connection):
        # Past the main cursor: the main pull brings that version whole, not the backfill.
        assert backfill.apply_page(connection, plan, [_change(later, 10)], upto=9) == 0
