"""The client's sync bookkeeping: the outbox of local changes and the echo-suppression flag."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from canteen.db.base import Base, one_of
from canteen.db.types import Guid, UtcTimestamp

OUTBOX_OPS = ("upsert", "delete")
OUTBOX_STATES = ("pending", "rejected")

# Tables that exist only in a canteen PC's SQLite file: the server (PostgreSQL) has no outbox.
CLIENT_ONLY = {"client_only": True}


class SyncOutbox(Base):
    """One row changed locally and not yet acknowledged by the server (SYNC.md §6.4).

    Written only by the change-capture triggers (`canteen.db.capture`): repeated changes to one
    row coalesce into one entry, which moves to a new, higher `seq` at every change.
    """

    __tablename__ = "_sync_outbox"
    __table_args__ = (
        UniqueConstraint("table_name", "row_id"),
        one_of("op", OUTBOX_OPS),
        one_of("state", OUTBOX_STATES),
        CheckConstraint("attempts >= 0", name="attempts_min"),
        {"sqlite_strict": True, "sqlite_autoincrement": True, "info": CLIENT_ONLY},
    )

    # AUTOINCREMENT: never reused, so a seq is assigned once and in commit order (one writer).
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(Guid())
    op: Mapped[str] = mapped_column(String(6))
    # JSON array of the columns changed since the last push; NULL = every column (a new row).
    changed_cols: Mapped[str | None] = mapped_column(Text, default=None)
    # The server_version the first pending change was based on (NULL for a row new here).
    base_version: Mapped[int | None] = mapped_column(default=None)
    changed_at: Mapped[datetime] = mapped_column(UtcTimestamp())
    state: Mapped[str] = mapped_column(String(8), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)


class SyncContext(Base):
    """One row: `applying_remote` is 1 while the sync client writes pulled rows (not captured)."""

    __tablename__ = "_sync_context"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("applying_remote IN (0, 1)", name="flag"),
        {"sqlite_strict": True, "info": CLIENT_ONLY},
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    applying_remote: Mapped[int] = mapped_column(default=0)


def schema_filter(dialect: str):
    """An Alembic `include_object` hook: client-only tables are compared on SQLite only."""

    def include(obj, name, type_, reflected, compare_to) -> bool:
        if type_ == "table" and dialect != "sqlite":
            table = compare_to if obj is None else obj
            return not (table is not None and table.info.get("client_only"))
        return True

    return include
