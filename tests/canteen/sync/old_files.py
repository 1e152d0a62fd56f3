"""Client files as an older release left them: migrated with the real migrations up to a revision,
with the capture triggers that release's tables had, and sales corrected on a current client."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, event
from sqlalchemy.pool import NullPool

from canteen.db import capture
from canteen.db.engine import Database, sqlite_url
from canteen.db.lifecycle import alembic_config
from canteen.db.models import Sale, SaleAdjustment

# One migrated file per revision for the whole run; every client file after it is a copy.
_TEMPLATES: dict[str, Path] = {}


def client_file_at(path: Path, revision: str) -> Database:
    """A new client file at `revision` (e.g. "0007"), as the app of that release made it."""
    if revision not in _TEMPLATES:
        template = Path(tempfile.mkdtemp(prefix="canteen-old-client-")) / f"{revision}.db"
        _migrate(template, revision)
        _TEMPLATES[revision] = template
    shutil.copyfile(_TEMPLATES[revision], path)
    return Database.sqlite(path)


def _migrate(path: Path, revision: str) -> None:
    engine = create_engine(sqlite_url(path), poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")  # tables are rebuilt on the way

    try:
        with engine.connect() as connection, connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            # That release reinstalled the triggers after its upgrade, from the file's own tables.
            capture.install(connection)
    finally:
        engine.dispose()


def correct_sale(db: Database, site_id: str, day: date, covers: int = 40) -> list[str]:
    """A lunch sale of `covers` corrected to `covers + 5` (a reversal and an entry): their ids."""
    period = day.strftime("%Y-%m")
    sale_id = Sale.id_for(site_id, day, "lunch")
    made = []
    with db.sessions.begin() as session:
        session.add(
            Sale(
                id=sale_id,
                site_id=site_id,
                day=day,
                service="lunch",
                covers_sold=covers,
                revenue_ore=covers * 4000,
            )
        )
        for kind, sign, figures in (("reversal", -1, covers), ("entry", 1, covers + 5)):
            row = SaleAdjustment(
                id=SaleAdjustment.id_for(site_id, day, "lunch", 1, kind),
                sale_id=sale_id,
                site_id=site_id,
                day=day,
                service="lunch",
                revision=1,
                kind=kind,
                period=period,
                covers_sold=sign * figures,
                revenue_ore=sign * figures * 4000,
            )
            session.add(row)
            made.append(row.id)
    return made
