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
    Float,
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
    # The cursor epoch (§6.9): bumped when this device must reset; `reset_reason` says why
    # until the device has reset (restored, other_file, purged).
    Column("epoch", Integer, nullable=False, default=1, server_default="1"),
    Column("reset_reason", String(20)),
    # The seq part of the last cursor this device pulled from (the purge horizon reads it).
    Column("last_pull_cursor", BigInteger),
    # The random id of the device's database file, and its clock's offset at the last hello.
    Column("db_instance_id", String(64)),
    Column("clock_skew_s", Float),
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

# Per-op dedupe (§6.7): every processed op of a device, with the answer it got.
applied_op = Table(
    "sync_applied_op",
    server_metadata,
    Column("device_id", String(36), ForeignKey("sync_device.id"), primary_key=True),
    Column("op_id", String(64), primary_key=True),
    Column("seq_to", BigInteger),
    Column("result", Text, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

# Per-column versions of site rows (§6.8), so only a change to the same column is a conflict.
# `versions` is JSON {"_v": row version it describes, column: [version, device id or null]};
# a row without one (or describing an older version) falls back to its row version.
field_version = Table(
    "sync_field_version",
    server_metadata,
    Column("table_name", String(60), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("versions", Text, nullable=False),
)

# Tombstone purges (§6.9): a cursor below the highest horizon cannot be served.
purge_log = Table(
    "sync_purge",
    server_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("horizon", BigInteger, nullable=False),
    Column("deleted", Integer, nullable=False),
    Column("purged_at", DateTime(timezone=True), nullable=False),
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


def upgrade(connection) -> list[str]:
    """Create missing server tables and add missing columns; returns what was added."""
    from sqlalchemy import inspect

    added = []
    present = set(inspect(connection).get_table_names())
    for table in server_metadata.sorted_tables:
        if table.name not in present:
            table.create(connection)
            added.append(table.name)
            continue
        have = {c["name"] for c in inspect(connection).get_columns(table.name)}
        for column in table.columns:
            if column.name in have:
                continue
            kind = column.type.compile(dialect=connection.dialect)
            default = ""
            if column.server_default is not None:
                default = f" DEFAULT {column.server_default.arg}"
            connection.exec_driver_sql(
                f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {kind}{default}'
            )
            added.append(f"{table.name}.{column.name}")
    return added
