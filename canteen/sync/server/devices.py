"""Devices and enrollment codes: tokens and codes are stored only as sha256 hashes (§6.10)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, select, text, update

from canteen.domain.ids import new_id
from canteen.sync.server.schema import device, enrollment

SCOPES = ("site", "district", "central")
CODE_LIFETIME = timedelta(days=7)
# No 0/O, 1/I/L: a code is read aloud over the phone.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True)
class Device:
    """An enrolled device and what it may see: `site_ids` None means every site (central)."""

    id: str
    scope: str
    site_id: str | None
    district_id: str | None
    site_ids: tuple[str, ...] | None


def digest(secret: str) -> str:
    """The stored form of a token or code."""
    return hashlib.sha256(secret.encode()).hexdigest()


def now() -> datetime:
    """The server's clock (UTC)."""
    return datetime.now(UTC)


def make_code(
    connection: Connection, scope: str, site_id: str | None = None, district_id: str | None = None
) -> str:
    """A new one-time enrollment code for a site, a district or central."""
    if scope not in SCOPES:
        raise ValueError(scope)
    code = "-".join("".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(3))
    connection.execute(
        enrollment.insert().values(
            code_hash=digest(code.replace("-", "").upper()),
            scope=scope,
            site_id=site_id,
            district_id=district_id,
            created_at=now(),
            expires_at=now() + CODE_LIFETIME,
        )
    )
    return code


def enroll(connection: Connection, code: str, label: str) -> tuple[str, str] | None:
    """Use a code once: a new device's (id, token), or None for an unknown, used or expired code."""
    device_id = new_id()
    # One statement: two devices racing with one code cannot both win it.
    claimed = connection.execute(
        update(enrollment)
        .where(
            enrollment.c.code_hash == digest(code.replace("-", "").strip().upper()),
            enrollment.c.used_at.is_(None),
            enrollment.c.expires_at > now(),
        )
        .values(used_at=now(), device_id=device_id)
        .returning(enrollment.c.scope, enrollment.c.site_id, enrollment.c.district_id)
    ).first()
    if claimed is None:
        return None
    token = secrets.token_urlsafe(32)
    connection.execute(
        device.insert().values(
            id=device_id,
            scope=claimed.scope,
            site_id=claimed.site_id,
            district_id=claimed.district_id,
            token_hash=digest(token),
            label=label[:120],
            enrolled_at=now(),
            high_seq=0,
        )
    )
    return device_id, token


def authenticate(connection: Connection, token: str) -> Device | None:
    """The device a bearer token belongs to, or None (unknown or revoked)."""
    found = connection.execute(
        select(device).where(device.c.token_hash == digest(token), device.c.revoked_at.is_(None))
    ).first()
    if found is None:
        return None
    district_id, site_ids = found.district_id, None
    if found.scope == "site":
        district_id = connection.execute(
            text("SELECT district_id FROM site WHERE id = :id"), {"id": found.site_id}
        ).scalar()
        site_ids = (found.site_id,)
    elif found.scope == "district":
        rows = connection.execute(
            text("SELECT id FROM site WHERE district_id = :d"), {"d": found.district_id}
        )
        site_ids = tuple(str(r[0]) for r in rows)
    return Device(found.id, found.scope, found.site_id, district_id and str(district_id), site_ids)


def revoke(connection: Connection, device_id: str) -> bool:
    """Revoke a device: its token is refused from now on."""
    done = connection.execute(
        update(device)
        .where(device.c.id == device_id, device.c.revoked_at.is_(None))
        .values(revoked_at=now())
    )
    return done.rowcount == 1
