"""Facts about this database file itself; never synced."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from canteen.db.base import Base, strict


class LocalInfo(Base):
    """Key/value facts about this file, e.g. that it holds generated demo data."""

    __tablename__ = "local_info"
    __table_args__ = strict()

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
