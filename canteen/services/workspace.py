"""Opening a database for a user: the database, who the user is and which sites they may see."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from canteen.db.engine import Database
    from canteen.services.overview import DatabaseFacts
    from canteen.services.sites import SiteRow
    from canteen.services.users import UserRow

# SQLAlchemy and the services load inside the functions: the GUI imports this module before its
# first paint, and the functions run in a background job after it.


@dataclass(frozen=True)
class Workspace:
    """What opening a database yields: the database and the user's view of it."""

    database: Database
    path: Path
    facts: DatabaseFacts
    users: tuple[UserRow, ...]
    user: UserRow | None
    sites: tuple[SiteRow, ...] = field(default=())


@dataclass(frozen=True)
class DemoSize:
    """How much demo data to generate."""

    sites: int
    years: int
    seed: int = 2026


def load_workspace(path: Path, *, create: bool = False, user_id: str = "") -> Workspace:
    """Open the database at `path` and read who the user is and what they may see."""
    from canteen.db.lifecycle import open_database

    database = open_database(path, create=create)
    try:
        return workspace_of(database, Path(path), user_id)
    except BaseException:
        database.dispose()
        raise


def workspace_of(database: Database, path: Path, user_id: str = "") -> Workspace:
    """The workspace of an open database (which stays open)."""
    from canteen.services import overview, users

    all_users = users.list_users(database)
    user, sites = load_user_sites(database, user_id)
    facts = overview.database_facts(database)
    return Workspace(database, path, facts, tuple(all_users), user, tuple(sites))


def load_user_sites(database: Database, user_id: str) -> tuple[UserRow | None, list[SiteRow]]:
    """The user with `user_id` (else the default user) and the sites they may see."""
    from canteen.services import users

    chosen = None
    if user_id:
        chosen = next((u for u in users.list_users(database) if u.id == user_id), None)
    user = chosen or users.default_user(database)
    return user, users.sites_for_user(database, user)


def create_database(
    path: Path, *, demo: DemoSize | None, user_id: str = "", progress=None, should_cancel=None
) -> Workspace:
    """Create a new database at `path`, fill it with demo data if asked, then open it."""
    from canteen.db.lifecycle import open_database

    database = open_database(path, create=True)
    try:
        if demo is not None:
            # Looked up at call time, so tests can stand in a quick generator.
            generator = importlib.import_module("canteen.demo")
            generator.generate(
                database,
                sites=demo.sites,
                years=demo.years,
                seed=demo.seed,
                progress=progress,
                should_cancel=should_cancel,
            )
    finally:
        database.dispose()
    return load_workspace(path, user_id=user_id)


def warm_up(database: Database) -> None:
    """Load SQLAlchemy and the models and make the engine, so the first page using them is quick.

    The start page reads without them; the app runs this in the background once it is painted.
    """
    from sqlalchemy.orm import configure_mappers

    import canteen.db.models  # noqa: F401  (maps every table)

    configure_mappers()
    database.engine  # noqa: B018  (made now, not by the first page that reads)
