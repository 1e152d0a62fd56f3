"""The manager's own numbers beside the forecast, per day and service."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from canteen.db.engine import Database
from canteen.db.models import ForecastOverride
from canteen.db.models.org import SERVICES
from canteen.db.types import utcnow
from canteen.errors import ValidationError
from canteen.services.covers.reasons import MAX_COVERS, NEGATIVE, TOO_LARGE
from canteen.services.covers.rows import OverrideRow
from canteen.services.covers.sites import load_site


def _override_row(o: ForecastOverride) -> OverrideRow:
    return OverrideRow(o.site_id, o.day, o.service, o.covers, o.reason, o.made_at)


def set_override(
    db: Database, site_id: str, day: date, service: str, covers: int, reason: str = ""
) -> OverrideRow:
    """Store the manager's number for a day and service beside the forecast."""
    if service not in SERVICES:
        raise ValidationError("unknown service", reason="unknown_service", service=service)
    if isinstance(covers, bool) or not isinstance(covers, int) or covers < 0:
        raise ValidationError("covers must be a whole number ≥ 0", reason=NEGATIVE, covers=covers)
    if covers > MAX_COVERS:
        raise ValidationError("too many covers", reason=TOO_LARGE, covers=covers)
    with db.unit_of_work() as session:
        load_site(session, site_id)
        found = _find_override(session, site_id, day, service)
        if found is None:
            found = ForecastOverride(
                id=ForecastOverride.id_for(site_id, day, service),
                site_id=site_id,
                day=day,
                service=service,
                covers=covers,
                reason=reason[:200],
                made_at=utcnow(),
            )
            session.add(found)
        else:
            found.covers, found.reason, found.made_at = covers, reason[:200], utcnow()
            found.deleted_at = None
        session.flush()
        return _override_row(found)


def clear_override(db: Database, site_id: str, day: date, service: str) -> bool:
    """Remove the manager's number (soft delete); False when there was none."""
    with db.unit_of_work() as session:
        found = _find_override(session, site_id, day, service)
        if found is None or found.deleted_at is not None:
            return False
        found.deleted_at = utcnow()
        return True


def _find_override(session, site_id, day, service) -> ForecastOverride | None:
    # A cleared override keeps its (site, day, service) key, so it is revived, not re-added.
    return session.scalars(
        select(ForecastOverride)
        .where(
            ForecastOverride.site_id == site_id,
            ForecastOverride.day == day,
            ForecastOverride.service == service,
        )
        .execution_options(include_deleted=True)
    ).first()
