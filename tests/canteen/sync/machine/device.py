"""One device of the model: its client file, fault transport, clock, backup and what it saw."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from canteen.db.engine import Database
from canteen.db.lifecycle import open_database
from canteen.sync import reset, state
from canteen.sync.client import SyncClient
from tests.canteen.sync.harness.transport import FaultTransport

# The value column the model changes in each table it writes.
VALUE = {"headcount": "covers", "cost_entry": "amount_ore", "waste_record": "weight_g"}
# The device clocks' common start: a device's writes are stamped with WHEN plus its offset.
WHEN = datetime(2026, 10, 8, 12, tzinfo=UTC)


class Device:
    """An enrolled client file and the model's view of it."""

    def __init__(
        self,
        name: str,
        site: str | None,
        path: Path,
        faulty: FaultTransport,
        schema: int | None = None,
    ) -> None:
        self.name, self.site, self.path, self.faulty = name, site, path, faulty
        # An older release's PC (its file at that migration, its client speaking that schema)
        # until `upgrade` runs the real migrations; None: this release.
        self.schema = schema
        self.offset = timedelta(0)  # this PC's clock minus the true time (advance_clock)
        self.backup: Path | None = None
        self.backup_seq = 0  # the backup's outbox counter
        # Monotonic reads: the highest cursor and row versions seen, and the epoch they hold in.
        self.cursor = 0
        self.versions: dict[tuple[str, str], int] = {}
        self.epoch: str | None = None
        self.expect_reset = False  # a rule asked for a reset (or restored an old file)
        self.restored = False  # its refused replays may stay in the outbox, rejected
        self.open()

    def open(self) -> None:
        """Open the file as a new process would: a fresh engine and client. An older release
        opens its file as it is; this release upgrades it (and records the backfill)."""
        self.db = Database.sqlite(self.path) if self.schema else open_database(self.path)
        self.client = SyncClient(
            self.db, transport=self.faulty, clock=self.clock, schema=self.schema
        )

    def upgrade(self) -> None:
        """Install this release over the older one: the next start migrates the file."""
        self.close()
        self.schema = None
        self.open()

    def close(self) -> None:
        """Let go of the file (every pooled connection closed)."""
        self.db.engine.dispose()

    def clock(self) -> datetime:
        """This PC's wall clock, as the sync client reads it."""
        return datetime.now(UTC) + self.offset

    def stamp(self) -> datetime:
        """The time this PC writes on a local change (updated_at, deleted_at)."""
        return WHEN + self.offset

    def fact(self, key: str) -> str | None:
        """One of the client's sync facts (canteen/sync/state.py)."""
        with self.db.engine.connect() as connection:
            return state.get(connection, key)

    def has_site(self) -> bool:
        """Whether the file holds its site's row (a reset whose pull was cut has not)."""
        with self.db.engine.connect() as connection:
            found = connection.execute(text("SELECT 1 FROM site WHERE id = :s"), {"s": self.site})
            return found.scalar() is not None

    def sale_adjustments(self) -> set[str] | None:
        """Ids of the sale corrections the file holds; None when its schema has no such table."""
        with self.db.engine.connect() as connection:
            if not connection.execute(
                text("SELECT 1 FROM sqlite_master WHERE name = 'sale_adjustment'")
            ).scalar():
                return None
            return {r for (r,) in connection.execute(text("SELECT id FROM sale_adjustment"))}

    def max_seq(self) -> int:
        """The file's outbox counter."""
        with self.db.engine.connect() as connection:
            return reset.max_outbox_seq(connection)

    def outbox(self) -> list[tuple]:
        """The outbox entries: (table, row id, state, last_error)."""
        with self.db.engine.connect() as connection:
            return [
                tuple(r)
                for r in connection.execute(
                    text("SELECT table_name, row_id, state, last_error FROM _sync_outbox")
                )
            ]

    def rows(self, table: str) -> dict[str, tuple]:
        """This device's rows of `table`: id -> (site_id, value, deleted, server_version)."""
        with self.db.engine.connect() as connection:
            found = connection.execute(
                text(
                    f"SELECT id, site_id, {VALUE[table]}, deleted_at IS NOT NULL, server_version "
                    f"FROM {table}"
                )
            ).all()
        return {r[0]: tuple(r[1:]) for r in found}

    def take_backup(self, to: Path) -> None:
        """Copy the file as a backup tool does (connections closed, the WAL folded in)."""
        self.close()
        shutil.copyfile(self.path, to)
        self.backup = to
        self.backup_seq = self.max_seq()

    def put_backup_back(self) -> None:
        """Replace the file with the backup copy, then open it as the PC's next start would."""
        self.close()
        for suffix in ("-wal", "-shm"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
        shutil.copyfile(self.backup, self.path)
        self.open()
        # The file went back in time on purpose: what it shows now is the new baseline.
        self.cursor = int(self.fact(state.CURSOR) or 0)
        self.epoch = self.fact(state.EPOCH)
        self.versions = {
            (table, row_id): row[3] or 0
            for table in VALUE
            for row_id, row in self.rows(table).items()
        }
        self.expect_reset = True
        self.restored = True
