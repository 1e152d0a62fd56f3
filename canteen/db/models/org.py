"""Districts, sites and users: the organisation the canteens belong to."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from canteen.db.base import Base, CentralOwned, at_least, one_of, strict
from canteen.db.types import Guid
from canteen.domain.meals import SERVICES, service_list  # noqa: F401  (imported from here too)

DISTRICT_KINDS = ("police_district", "national_unit", "other")
ROLES = ("site", "district", "central")


class District(CentralOwned, Base):
    """A police district (politikreds) or a district-like cost unit such as a national unit."""

    __tablename__ = "district"
    __table_args__ = strict(one_of("kind", DISTRICT_KINDS))

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20), default="police_district")


class Site(CentralOwned, Base):
    """One police site with a canteen; its rows are the site-owned data."""

    __tablename__ = "site"
    __table_args__ = strict(
        at_least("capacity"),
        # Services offered, comma separated, e.g. "breakfast,lunch".
        CheckConstraint("services <> ''", name="services_not_empty"),
        # The parent key of budget's (site, district) foreign key.
        UniqueConstraint("id", "district_id"),
    )

    district_id: Mapped[str] = mapped_column(Guid(), ForeignKey("district.id"), index=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    town: Mapped[str] = mapped_column(String(80))
    address: Mapped[str] = mapped_column(String(200), default="")
    cost_centre: Mapped[str] = mapped_column(String(20))
    # The site's EAN location number (GLN, 13 digits): how e-orders and invoices name the buyer.
    gln: Mapped[str | None] = mapped_column(String(13), default=None)
    services: Mapped[str] = mapped_column(String(40), default="lunch")
    capacity: Mapped[int] = mapped_column(default=0)
    # Typical weekday lunch covers; planning uses it until a forecast exists.
    usual_covers: Mapped[int] = mapped_column(default=0)

    @property
    def service_list(self) -> list[str]:
        """The services as a list, in the order breakfast, lunch, dinner."""
        return service_list(self.services)


class AppUser(CentralOwned, Base):
    """A person who uses the app: a site user sees one site, district and central users choose."""

    __tablename__ = "app_user"
    __table_args__ = strict(
        one_of("role", ROLES),
        CheckConstraint("role <> 'site' OR site_id IS NOT NULL", name="site_user_has_site"),
        CheckConstraint(
            "role <> 'district' OR district_id IS NOT NULL", name="district_user_has_district"
        ),
    )

    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(10))
    site_id: Mapped[str | None] = mapped_column(Guid(), ForeignKey("site.id"), default=None)
    district_id: Mapped[str | None] = mapped_column(Guid(), ForeignKey("district.id"), default=None)
