"""The declarative base, the sync columns every synced row carries, and table ownership."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import ClassVar

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from canteen.db.types import Guid, UtcTimestamp, utcnow
from canteen.domain.ids import natural_id, new_id

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Ownership kinds (docs/data-model.md): who writes a table and who may see its rows.
CENTRAL = "central"  # master data, written centrally, read-only at sites, seen by all
DISTRICT = "district"  # central-written, seen only by the sites of one district
SITE = "site"  # written by one site, seen by that site, its district and central
SHARED = "shared"  # a row is central when site_id is NULL, else owned by that site


class Base(DeclarativeBase):
    """Every table; SQLite tables are STRICT so a wrong type is an error, not a surprise."""

    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """The identity and sync columns of SYNC.md §6.3, shared by every synced table."""

    sync_owner: ClassVar[str]
    # The columns a row is known by when two PCs could create it independently; such a row's
    # id is derived from them (`id_for`), so both creations are one row. Empty: a UUIDv7.
    natural_key: ClassVar[tuple[str, ...]] = ()

    id: Mapped[str] = mapped_column(Guid(), primary_key=True, default=new_id)
    # 64-bit on PostgreSQL (migration 0009); SQLite's INTEGER is 64-bit already, and a STRICT
    # table takes no BIGINT type name.
    server_version: Mapped[int | None] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), default=None
    )
    deleted_at: Mapped[datetime | None] = mapped_column(UtcTimestamp(), default=None)
    updated_at: Mapped[datetime] = mapped_column(UtcTimestamp(), default=utcnow, onupdate=utcnow)

    @classmethod
    def id_for(cls, *values: object) -> str:
        """The id of the row with this natural key (values in `natural_key` order)."""
        if not cls.natural_key or len(values) != len(cls.natural_key):
            raise TypeError(f"{cls.__name__}.id_for takes {cls.natural_key}, got {values!r}")
        return natural_id(cls.__tablename__, *values)


class CentralOwned(Synced):
    """Master data: written centrally, read-only at sites."""

    sync_owner: ClassVar[str] = CENTRAL


class SiteOwned(Synced):
    """Rows written by one site; `site_id` scopes who sees them."""

    sync_owner: ClassVar[str] = SITE

    site_id: Mapped[str] = mapped_column(Guid(), ForeignKey("site.id"), index=True)


def one_of(column: str, values: Sequence[str], name: str | None = None) -> CheckConstraint:
    """A CHECK that `column` holds one of `values` (the schema enforces it, not only Python)."""
    listed = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({listed})", name=name or f"{column}_valid")


def at_least(column: str, minimum: float = 0, name: str | None = None) -> CheckConstraint:
    """A CHECK that `column` is NULL or at least `minimum`."""
    return CheckConstraint(
        f"{column} IS NULL OR {column} >= {minimum}", name=name or f"{column}_min"
    )


def strict(*items) -> tuple:
    """`__table_args__` with SQLite STRICT switched on."""
    return (*items, {"sqlite_strict": True})
