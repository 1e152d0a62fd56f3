"""The server's own tables (devices, enrollment codes, push log, conflicts, the version counter).

They live only in the central database, so they are on their own MetaData, not the app's: the
Alembic migrations (shared with every canteen PC's SQLite file) never see them, and
`canteen admin init` creates them after upgrading the shared schema (docs/sync.md).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

server_metadata = MetaData()

device = Table(
    "sync_device",
    server_metadata,
    Column("id", String(36), primary_key=True),
    # The device's scope: 'site', 'district' or 'central', with the site or district it names.
    Column("scope", String(10), nullable=False),
    Column("site_id", String(36)),
    Column("district_id", String(36)),
    # sha256 of the bearer token; the token itself is never stored.
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("label", String(120), nullable=False, default=""),
    Column("enrolled_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True)),
    Column("last_seen_at", DateTime(timezone=True)),
    # The highest client outbox seq a push from this device has covered.
    Column("high_seq", BigInteger, nullable=False, default=0),
    Column("schema_version", Integer),
)

enrollment = Table(
    "sync_enrollment",
    server_metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("scope", String(10), nullable=False),
    Column("site_id", String(36)),
    Column("district_id", String(36)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True)),
    Column("device_id", String(36)),
)

# One row per processed push batch: the duplicate check and the stored answer (§6.7).
push_log = Table(
    "sync_push",
    server_metadata,
    Column("device_id", String(36), ForeignKey("sync_device.id"), primary_key=True),
    Column("batch_id", String(36), primary_key=True),
    Column("result", Text, nullable=False),
    Column("applied", Integer, nullable=False),
    Column("rejected", Integer, nullable=False),
    Column("conflicts", Integer, nullable=False),
    Column("pushed_at", DateTime(timezone=True), nullable=False),
)

conflict = Table(
    "sync_conflict",
    server_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("table_name", String(60), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("site_id", String(36)),
    Column("device_id", String(36), nullable=False),
    Column("columns", Text, nullable=False),
    Column("base_version", BigInteger),
    Column("server_version", BigInteger),
    Column("rule", String(30), nullable=False),
    Column("winner", String(10), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# One row: the last server_version handed out. Writers bump it inside their transaction, so
# the row lock orders versions by commit (SYNC.md §6.5); see canteen.sync.server.versions.
counter = Table(
    "sync_counter",
    server_metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("value", BigInteger, nullable=False),
)

# The push audit beyond sync_push's totals (syncsec): every rejection reason of a batch with its
# count, and whether it marks the device as suspicious (a site writing central data or another
# site's rows, unknown names, a read-only PC pushing). `canteen admin … devices` shows the flags.
rejection = Table(
    "sync_rejection",
    server_metadata,
    Column("device_id", String(36), ForeignKey("sync_device.id"), primary_key=True),
    Column("batch_id", String(64), primary_key=True),
    Column("reason", String(30), primary_key=True),
    Column("ops", Integer, nullable=False),
    Column("flagged", Boolean, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
