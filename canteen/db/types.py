"""The narrow type palette shared by SQLite and PostgreSQL (see docs/sync.md on type impedance)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Boolean, Date, DateTime, Double, Float, Integer, String, Text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.types import TypeDecorator


class Guid(TypeDecorator[str]):
    """A UUID as lowercase text: TEXT in SQLite, native uuid in PostgreSQL."""

    impl = String(36)
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            # Imported here: the desktop app never talks to PostgreSQL, and the dialect's
            # import costs about 40 ms of every start.
            from sqlalchemy.dialects import postgresql

            return dialect.type_descriptor(postgresql.UUID(as_uuid=False))
        return dialect.type_descriptor(String(36))

    def process_bind_param(self, value, dialect):
        return None if value is None else str(value).lower()

    def process_result_value(self, value, dialect):
        return None if value is None else str(value)


class IsoDate(TypeDecorator[date]):
    """A business date stored as 'YYYY-MM-DD' text in SQLite, native date in PostgreSQL."""

    impl = Date
    cache_ok = True


class UtcTimestamp(TypeDecorator[datetime]):
    """A UTC instant; naive values are taken as UTC, values always come back aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    """Now, in UTC, aware."""
    return datetime.now(UTC)


# SQLite STRICT tables accept only INTEGER, REAL, TEXT, BLOB and ANY as column types,
# so the generic types are spelled that way for SQLite.
@compiles(String, "sqlite")
@compiles(Text, "sqlite")
@compiles(Date, "sqlite")
@compiles(DateTime, "sqlite")
def _sqlite_text(type_, compiler, **kw):
    return "TEXT"


@compiles(Float, "sqlite")
@compiles(Double, "sqlite")
def _sqlite_real(type_, compiler, **kw):
    return "REAL"


@compiles(Integer, "sqlite")
@compiles(Boolean, "sqlite")
def _sqlite_integer(type_, compiler, **kw):
    return "INTEGER"
