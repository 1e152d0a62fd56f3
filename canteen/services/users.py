"""The people who use the app and which sites each of them may see.

Read over the plain DB-API connection, like `sites`: the app knows its user before SQLAlchemy
has loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

from canteen.db.engine import Database
from canteen.errors import NotFoundError
from canteen.services.sites import SiteRow, get_site, list_sites

_USERS = """
    SELECT id, username, display_name, role, site_id, district_id
    FROM app_user WHERE deleted_at IS NULL
"""
# Central staff first, then district controllers, then site users: the order of the user list.
_ROLE_ORDER = "CASE role WHEN 'central' THEN 0 WHEN 'district' THEN 1 WHEN 'site' THEN 2 ELSE 3 END"


@dataclass(frozen=True)
class UserRow:
    """A user as the GUI sees it; `role` is 'site', 'district' or 'central'."""

    id: str
    username: str
    display_name: str
    role: str
    site_id: str | None
    district_id: str | None


def list_users(db: Database) -> list[UserRow]:
    """All users: central staff, then district controllers, then site users, each by name."""
    with db.dbapi() as connection:
        found = connection.execute(f"{_USERS} ORDER BY {_ROLE_ORDER}, display_name, username")
        return [UserRow(*row) for row in found]


def get_user(db: Database, user_id: str) -> UserRow:
    """One user, or NotFoundError."""
    with db.dbapi() as connection:
        found = connection.execute(f"{_USERS} AND id = ?", (user_id,)).fetchone()
    if found is None:
        raise NotFoundError("no such user", user_id=user_id)
    return UserRow(*found)


def default_user(db: Database) -> UserRow | None:
    """The user to start as when none is chosen: the first central user, or None."""
    with db.dbapi() as connection:
        found = connection.execute(
            f"{_USERS} AND role = 'central' ORDER BY display_name, username LIMIT 1"
        ).fetchone()
    return None if found is None else UserRow(*found)


def sites_for_user(db: Database, user: UserRow | None) -> list[SiteRow]:
    """The sites `user` may see on this PC: by the user's role, within the PC's sync scope.

    A site user sees one site, a district user the district's, central staff (and no user)
    all; a PC enrolled for one site or one district holds no other site's data, so its
    picker offers only those.
    """
    if user is None or user.role == "central":
        found = list_sites(db)
    elif user.role == "district" and user.district_id is not None:
        found = list_sites(db, district_id=user.district_id)
    elif user.role == "site" and user.site_id is not None:
        found = [get_site(db, user.site_id)]
    else:
        return []
    kind, where = _enrolled_scope(db)
    if where is None:
        return found
    field = "id" if kind == "site" else "district_id"
    return [site for site in found if getattr(site, field) == where]


# local_info keys the sync client writes (canteen.sync.state; not imported: the start path
# stays free of SQLAlchemy).
_SCOPE_KEYS = ("sync.scope", "sync.site_id", "sync.district_id")


def _enrolled_scope(db: Database) -> tuple[str | None, str | None]:
    """(scope, its site or district id) this PC is enrolled for; (None, None) if it is not."""
    with db.dbapi() as connection:
        facts = dict(
            connection.execute(
                "SELECT key, value FROM local_info WHERE key IN (?, ?, ?)", _SCOPE_KEYS
            ).fetchall()
        )
    scope = facts.get("sync.scope")
    if scope == "site":
        return scope, facts.get("sync.site_id")
    if scope == "district":
        return scope, facts.get("sync.district_id")
    return scope, None
