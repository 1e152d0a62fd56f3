"""The people who use the app and which sites each of them may see."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, select

from canteen.db.engine import Database
from canteen.db.models import AppUser
from canteen.errors import NotFoundError
from canteen.services.sites import SiteRow, get_site, list_sites

# Central staff first, then district controllers, then site users: the order of the user list.
_ROLE_ORDER = case({"central": 0, "district": 1, "site": 2}, value=AppUser.role, else_=3)


@dataclass(frozen=True)
class UserRow:
    """A user as the GUI sees it; `role` is 'site', 'district' or 'central'."""

    id: str
    username: str
    display_name: str
    role: str
    site_id: str | None
    district_id: str | None


def _user_row(user: AppUser) -> UserRow:
    return UserRow(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        site_id=user.site_id,
        district_id=user.district_id,
    )


def list_users(db: Database) -> list[UserRow]:
    """All users: central staff, then district controllers, then site users, each by name."""
    query = select(AppUser).order_by(_ROLE_ORDER, AppUser.display_name, AppUser.username)
    with db.reading() as session:
        return [_user_row(user) for user in session.scalars(query)]


def get_user(db: Database, user_id: str) -> UserRow:
    """One user, or NotFoundError."""
    with db.reading() as session:
        user = session.scalars(select(AppUser).where(AppUser.id == user_id)).first()
        if user is None:
            raise NotFoundError("no such user", user_id=user_id)
        return _user_row(user)


def default_user(db: Database) -> UserRow | None:
    """The user to start as when none is chosen: the first central user, or None."""
    query = (
        select(AppUser)
        .where(AppUser.role == "central")
        .order_by(AppUser.display_name, AppUser.username)
        .limit(1)
    )
    with db.reading() as session:
        user = session.scalars(query).first()
        return None if user is None else _user_row(user)


def sites_for_user(db: Database, user: UserRow | None) -> list[SiteRow]:
    """The sites `user` may see: one for a site user, the district's, or all (also for None)."""
    if user is None or user.role == "central":
        return list_sites(db)
    if user.role == "district" and user.district_id is not None:
        return list_sites(db, district_id=user.district_id)
    if user.role == "site" and user.site_id is not None:
        return [get_site(db, user.site_id)]
    return []
