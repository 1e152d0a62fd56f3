"""Districts and sites, and which of them a user may see.

Read over the plain DB-API connection (`Database.dbapi`): the app's start page shows a site
before SQLAlchemy has loaded. Tombstoned rows are left out here, as the sessions do elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from canteen.db.engine import Database
from canteen.domain.meals import service_list
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


_SITES = """
    SELECT site.id, site.code, site.name, site.town, district.id, district.name,
           site.cost_centre, site.services, site.capacity, site.usual_covers
    FROM site JOIN district ON site.district_id = district.id AND district.deleted_at IS NULL
    WHERE site.deleted_at IS NULL
"""


def _site_row(found: tuple) -> SiteRow:
    site_id, code, name, town, district_id, district_name, cost_centre = found[:7]
    services, capacity, usual_covers = found[7:]
    return SiteRow(
        id=site_id,
        code=code,
        name=name,
        town=town,
        district_id=district_id,
        district_name=district_name,
        cost_centre=cost_centre,
        services=tuple(service_list(services)),
        capacity=capacity,
        usual_covers=usual_covers,
    )


def list_districts(db: Database) -> list[DistrictRow]:
    """All districts, by name."""
    with db.dbapi() as connection:
        found = connection.execute(
            "SELECT id, code, name, kind FROM district WHERE deleted_at IS NULL ORDER BY name"
        )
        return [DistrictRow(*row) for row in found]


def list_sites(db: Database, district_id: str | None = None) -> list[SiteRow]:
    """All sites (or one district's), by district and name."""
    query, parameters = _SITES, ()
    if district_id is not None:
        query, parameters = query + " AND site.district_id = ?", (district_id,)
    with db.dbapi() as connection:
        found = connection.execute(query + " ORDER BY district.name, site.name", parameters)
        return [_site_row(row) for row in found]


def get_site(db: Database, site_id: str) -> SiteRow:
    """One site, or NotFoundError."""
    with db.dbapi() as connection:
        found = connection.execute(_SITES + " AND site.id = ?", (site_id,)).fetchone()
    if found is None:
        raise NotFoundError("no such site", site_id=site_id)
    return _site_row(found)
