"""What the sync has done and what waits, read for the Synkronisering page, and its two actions.

`read_status(db)` gathers pending and rejected changes, the last successful sync, scope, server,
clock skew and the conflicts the server resolved; `discard` gives a rejected change up (the
server's copy comes back at the next pull) and `retry` sends it again after the user fixed it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, select, text
from sqlalchemy.exc import IntegrityError

from canteen.db.capture import applying_remote
from canteen.db.engine import Database
from canteen.errors import CanteenError, NotFoundError
from canteen.sync import state
from canteen.sync import tables as synced

CONFLICTS = "sync.conflicts"  # a JSON list, newest last, of the conflicts the server reported
CLOCK_SKEW = "sync.clock_skew_s"  # written by hello: our clock minus the server's, in seconds
MAX_CONFLICTS = 200
SKEW_WARNING_S = 300
READ_ONLY_SCOPES = frozenset({"district", "central"})

# Columns that say which row it is, in the order they are shown.
_NAMING = ("name", "username", "order_number", "code", "period")
_DATES = ("day", "counted_on", "start_date", "order_date", "received_on", "valid_from")
# Foreign keys worth naming by their parent's name (site/district are already the page's scope).
_PARENTS = ("recipe_id", "menu_line_id", "ingredient_id", "supplier_id", "product_id")


@dataclass(frozen=True)
class RejectedChange:
    """A local change the server refused: which row, what it is about, and the reason code."""

    table: str
    row_id: str
    kind: str
    reason: str
    description: str
    seq: int


@dataclass(frozen=True)
class ResolvedConflict:
    """A conflict the server resolved on a push of ours: which row, by which rule, who won."""

    at: datetime
    table: str
    row_id: str
    description: str
    columns: tuple[str, ...]
    rule: str
    winner: str


@dataclass(frozen=True)
class SyncStatus:
    """The sync as this PC sees it."""

    enrolled: bool
    server: str | None
    scope: str | None
    device_id: str | None
    pending: int
    last_ok: datetime | None
    clock_skew_s: float | None
    rejected: tuple[RejectedChange, ...]
    conflicts: tuple[ResolvedConflict, ...]
    district_name: str | None = None  # a district PC's district, once pulled

    @property
    def read_only(self) -> bool:
        """A district or central PC: it pulls its scope and never sends changes."""
        return self.scope in READ_ONLY_SCOPES

    @property
    def skew_warning(self) -> bool:
        """This PC's clock is more than five minutes away from the server's."""
        return self.clock_skew_s is not None and abs(self.clock_skew_s) > SKEW_WARNING_S


def read_status(db: Database) -> SyncStatus:
    """Everything the sync page shows, read in one go."""
    with db.engine.connect() as connection:
        facts = {
            key: state.get(connection, key)
            for key in (state.SERVER, state.SCOPE, state.DEVICE, state.LAST_OK, CLOCK_SKEW)
        }
        pending = connection.execute(
            text("SELECT count(*) FROM _sync_outbox WHERE state = 'pending'")
        ).scalar_one()
        rejected = tuple(_rejected(connection))
        conflicts = tuple(_conflicts(connection))
        district_name = _district_name(connection, state.get(connection, state.DISTRICT))
    last_ok = facts[state.LAST_OK]
    skew = facts[CLOCK_SKEW]
    return SyncStatus(
        enrolled=bool(facts[state.SERVER] and facts[state.DEVICE]),
        server=facts[state.SERVER],
        scope=facts[state.SCOPE],
        device_id=facts[state.DEVICE],
        pending=pending,
        last_ok=datetime.fromisoformat(last_ok) if last_ok else None,
        clock_skew_s=float(skew) if skew else None,
        rejected=rejected,
        conflicts=conflicts,
        district_name=district_name,
    )


def _district_name(connection: Connection, district_id: str | None) -> str | None:
    if not district_id:
        return None
    t = synced.registry()["district"].table
    return connection.execute(select(t.c.name).where(t.c.id == district_id)).scalar()


def scope_of(db: Database) -> str | None:
    """This PC's sync scope (site, district, central), or None when it is not enrolled."""
    with db.engine.connect() as connection:
        return state.get(connection, state.SCOPE)


def outbox_mark(db: Database) -> tuple[int, int]:
    """(newest outbox seq, entries): changes when a local write was captured; cheap to poll."""
    with db.engine.connect() as connection:
        newest, count = connection.execute(
            text("SELECT coalesce(max(seq), 0), count(*) FROM _sync_outbox")
        ).one()
    return int(newest), int(count)


def _rejected(connection: Connection):
    entries = connection.execute(
        text(
            """SELECT table_name, row_id, op, coalesce(last_error, ''), max(seq)
               FROM _sync_outbox WHERE state = 'rejected'
               GROUP BY table_name, row_id ORDER BY max(seq)"""
        )
    ).all()
    for name, row_id, kind, reason, seq in entries:
        yield RejectedChange(name, row_id, kind, reason, describe(connection, name, row_id), seq)


def _conflicts(connection: Connection):
    for item in reversed(_stored_conflicts(connection)):
        yield ResolvedConflict(
            at=datetime.fromisoformat(item["at"]),
            table=item["table"],
            row_id=item["id"],
            description=describe(connection, item["table"], item["id"]),
            columns=tuple(item.get("columns") or ()),
            rule=item.get("rule", ""),
            winner=item.get("winner", ""),
        )


def _stored_conflicts(connection: Connection) -> list[dict]:
    stored = state.get(connection, CONFLICTS)
    try:
        found = json.loads(stored) if stored else []
    except ValueError:
        return []
    return found if isinstance(found, list) else []


def record_conflicts(
    connection: Connection, table: str, row_id: str, conflicts: list[dict], at: datetime
) -> None:
    """Keep the conflicts a push answer reported for one row (the newest 200 are kept)."""
    if not conflicts:
        return
    kept = _stored_conflicts(connection)
    for conflict in conflicts:
        kept.append(
            {
                "at": at.isoformat(),
                "table": table,
                "id": row_id,
                "columns": [str(c) for c in conflict.get("columns") or ()],
                "rule": str(conflict.get("rule", "")),
                "winner": str(conflict.get("winner", "")),
            }
        )
    state.put(connection, CONFLICTS, json.dumps(kept[-MAX_CONFLICTS:]))


def describe(connection: Connection, table_name: str, row_id: str) -> str:
    """A short, readable account of a row: its name or number, date, service and parents."""
    table = synced.registry().get(table_name)
    if table is None:
        return ""
    t = table.table
    row = connection.execute(select(t).where(t.c.id == row_id)).mappings().first()
    if row is None:
        return ""
    parts: list[str] = []
    # Only the table's own columns: a mapping also answers "<table>_id" with the row's id.
    own = set(t.c.keys())
    for column in (*_DATES, "service", *_NAMING):
        value = row[column] if column in own else None
        if value is None:
            continue
        parts.append(value.isoformat() if isinstance(value, date) else str(value))
    for column in _PARENTS:
        if column in own and row[column] is not None:
            parts.append(_parent_name(connection, t.c[column], row[column]))
    return " · ".join(part for part in parts if part)


def _parent_name(connection: Connection, column, value: str) -> str:
    for key in column.foreign_keys:
        parent = key.column.table
        for name in ("name", "description"):
            if name in parent.c:
                found = connection.execute(
                    select(parent.c[name]).where(key.column == value)
                ).scalar()
                return str(found) if found is not None else ""
    return ""


class DiscardRefused(CanteenError):
    """A rejected new row cannot be given up while other local rows still point to it."""

    code = "sync_discard_refused"


def discard(db: Database, table_name: str, row_id: str) -> None:
    """Give up a rejected change: the local row goes back to the server's copy at the next pull.

    A row the server never had is removed; a row it has is re-fetched: the cursor goes back to
    just before the row's last known version (pulls skip rows with local changes, so the server
    may have moved on meanwhile).
    """
    registry = synced.registry()
    if table_name not in registry:
        raise NotFoundError(f"no synced table {table_name}", table=table_name)
    t = registry[table_name].table
    with db.engine.begin() as connection:
        gone = connection.execute(
            text(
                """DELETE FROM _sync_outbox
                   WHERE table_name = :t AND row_id = :r AND state = 'rejected'"""
            ),
            {"t": table_name, "r": row_id},
        ).rowcount
        if not gone:
            raise NotFoundError(f"no rejected change of {table_name} {row_id}", row=row_id)
        known = connection.execute(select(t.c.server_version).where(t.c.id == row_id)).scalar()
        if known is None:
            _remove_unsent(connection, t, table_name, row_id)
            return
        cursor = int(state.get(connection, state.CURSOR) or 0)
        state.put(connection, state.CURSOR, str(min(cursor, int(known) - 1)))


def _remove_unsent(connection: Connection, t, table_name: str, row_id: str) -> None:
    # A savepoint: other local rows may still point at it, and then nothing is removed.
    nested = connection.begin_nested()
    try:
        with applying_remote(connection):
            connection.execute(t.delete().where(t.c.id == row_id))
        nested.commit()
    except IntegrityError as error:
        nested.rollback()
        raise DiscardRefused(
            f"{table_name} {row_id} is still used by other rows", table=table_name
        ) from error


def retry(db: Database, table_name: str, row_id: str) -> None:
    """Send a rejected change again (after the user fixed the row)."""
    with db.engine.begin() as connection:
        changed = connection.execute(
            text(
                """UPDATE _sync_outbox SET state = 'pending', last_error = NULL
                   WHERE table_name = :t AND row_id = :r AND state = 'rejected'"""
            ),
            {"t": table_name, "r": row_id},
        ).rowcount
    if not changed:
        raise NotFoundError(f"no rejected change of {table_name} {row_id}", row=row_id)
