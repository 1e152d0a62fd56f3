"""The site a covers call is about, loaded once per session."""

from __future__ import annotations

from canteen.db.models import Site
from canteen.errors import NotFoundError


def load_site(session, site_id: str) -> Site:
    """The site, or NotFoundError."""
    site = session.get(Site, site_id)
    if site is None:
        raise NotFoundError("no such site", site_id=site_id)
    return site
