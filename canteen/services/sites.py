"""Districts and sites, and which of them a user may see."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import District, Site
from canteen.errors import NotFoundError


@dataclass(frozen=True)
class DistrictRow:
    """A district as the GUI and reports see it."""

    id: str
    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class SiteRow:
    """A site as the GUI and reports see it."""

    id: str
    code: str
    name: str
    town: str
    district_id: str
    district_name: str
    cost_centre: str
    services: tuple[str, ...]
    capacity: int
    usual_covers: int


def _site_row(site: Site, district: District) -> SiteRow:
    return SiteRow(
        id=site.id,
        code=site.code,
        name=site.name,
        town=site.town,
        district_id=district.id,
        district_name=district.name,
        cost_centre=site.cost_centre,
        services=tuple(site.service_list),
        capacity=site.capacity,
        usual_covers=site.usual_covers,
    )


def list_districts(db: Database) -> list[DistrictRow]:
    """All districts, by name."""
    with db.reading() as session:
        districts = session.scalars(select(District).order_by(District.name))
        return [DistrictRow(d.id, d.code, d.name, d.kind) for d in districts]


def list_sites(db: Database, district_id: str | None = None) -> list[SiteRow]:
    """All sites (or one district's), by district and name."""
    query = (
        select(Site, District)
        .join(District, Site.district_id == District.id)
        .order_by(District.name, Site.name)
    )
    if district_id is not None:
        query = query.where(Site.district_id == district_id)
    with db.reading() as session:
        return [_site_row(site, district) for site, district in session.execute(query)]


def get_site(db: Database, site_id: str) -> SiteRow:
    """One site, or NotFoundError."""
    with db.reading() as session:
        found = session.execute(
            select(Site, District)
            .join(District, Site.district_id == District.id)
            .where(Site.id == site_id)
        ).first()
        if found is None:
            raise NotFoundError("no such site", site_id=site_id)
        return _site_row(*found)
