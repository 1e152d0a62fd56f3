"""Central staff's user accounts in the central database: list, add, deactivate.

Users are `app_user` rows (central data): every write goes through `central.write`, so the rows
get versions and reach the canteen PCs with the next pull.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from canteen.domain.ids import new_id
from canteen.errors import NotFoundError, ValidationError
from canteen.sync.server import central
from canteen.sync.server.devices import now

ROLES = ("central", "district", "site")


@dataclass(frozen=True)
class StaffRow:
    """One user: role, and the district or site it is tied to (by code)."""

    id: str
    username: str
    display_name: str
    role: str
    place: str
    active: bool


def list_users(connection: Connection, include_inactive: bool = False) -> list[StaffRow]:
    """Every user, central first, then district and site users, by username."""
    where = "" if include_inactive else "WHERE u.deleted_at IS NULL"
    rows = connection.execute(
        text(
            f"""SELECT u.id, u.username, u.display_name, u.role,
                       coalesce(d.code, s.code, '') AS place, u.deleted_at IS NULL AS active
                FROM app_user u
                LEFT JOIN district d ON d.id = u.district_id
                LEFT JOIN site s ON s.id = u.site_id
                {where}
                ORDER BY CASE u.role WHEN 'central' THEN 0 WHEN 'district' THEN 1 ELSE 2 END,
                         u.username"""
        )
    ).all()
    return [
        StaffRow(str(r.id), r.username, r.display_name, r.role, r.place, r.active) for r in rows
    ]


def _place_id(connection: Connection, table: str, wanted: str) -> str:
    key = " ".join(wanted.split()).casefold()
    for row in connection.execute(text(f"SELECT id, code, name FROM {table}")):
        if key in (str(row.id), row.code.casefold(), " ".join(row.name.split()).casefold()):
            return str(row.id)
    raise NotFoundError("no such place", kind=table, text=wanted)


def add_user(
    connection: Connection,
    username: str,
    display_name: str,
    role: str,
    district: str | None = None,
    site: str | None = None,
) -> str:
    """Add a user; a district user needs its district, a site user its site. Returns the id."""
    username = username.strip()
    if not username or len(username) > 60:
        raise ValidationError("bad username", field="username", value=username)
    if role not in ROLES:
        raise ValidationError("bad role", field="role", value=role)
    taken = connection.execute(
        text("SELECT 1 FROM app_user WHERE lower(username) = lower(:u)"), {"u": username}
    ).first()
    if taken:
        raise ValidationError("username taken", field="username", value=username, taken=True)
    values = {
        "id": new_id(),
        "username": username,
        "display_name": display_name.strip() or username,
        "role": role,
        "site_id": None,
        "district_id": None,
    }
    if role == "district":
        if not district:
            raise ValidationError("district user needs a district", field="district", value="")
        values["district_id"] = _place_id(connection, "district", district)
    if role == "site":
        if not site:
            raise ValidationError("site user needs a site", field="site", value="")
        values["site_id"] = _place_id(connection, "site", site)
    central.write(connection, "app_user", values)
    return values["id"]


def deactivate_user(connection: Connection, username: str) -> None:
    """Deactivate a user (a tombstone: the PCs drop the user at the next pull)."""
    found = connection.execute(
        text("SELECT id FROM app_user WHERE lower(username) = lower(:u) AND deleted_at IS NULL"),
        {"u": username.strip()},
    ).first()
    if found is None:
        raise NotFoundError("no such user", kind="app_user", text=username)
    central.write(connection, "app_user", {"id": str(found.id), "deleted_at": now()})
