"""The app's shared state: the open database, who the user is and which site is shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui import settings

if TYPE_CHECKING:  # only for type hints: SQLAlchemy must not load before the first paint
    from canteen.db.engine import Database
    from canteen.services.overview import DatabaseFacts
    from canteen.services.sites import SiteRow
    from canteen.services.users import UserRow
    from canteen.services.workspace import Workspace
    from ui.views.sync.runner import SyncRunner


class AppContext(QObject):
    """Views read the database, user and site from here and follow its signals."""

    database_opened = Signal()
    user_changed = Signal()
    site_changed = Signal(str)

    def __init__(
        self, parent: QObject | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        # The pages ask this clock for "today", so tests can fix the day they see.
        self.today = today
        self.database: Database | None = None
        self.database_path: Path | None = None
        self.facts: DatabaseFacts | None = None
        self.users: tuple[UserRow, ...] = ()
        self.user: UserRow | None = None
        self.sites: tuple[SiteRow, ...] = ()
        self.site_id: str | None = None
        # The sync runner, set by the main window; it knows whether this PC is read-only.
        self.sync: SyncRunner | None = None

    def set_workspace(self, workspace: Workspace) -> None:
        """Switch to a newly opened database (the old one is closed)."""
        old = self.database
        self.database = workspace.database
        self.database_path = workspace.path
        self.facts = workspace.facts
        self.users = workspace.users
        if old is not None and old is not workspace.database:
            old.dispose()
        self.database_opened.emit()
        self.set_user(workspace.user, workspace.sites)

    def set_user(self, user: UserRow | None, sites: tuple[SiteRow, ...] | list[SiteRow]) -> None:
        """The current user and the sites they may see; keeps the site if still allowed."""
        self.user = user
        self.sites = tuple(sites)
        self.user_changed.emit()
        wanted = self.site_id or settings.get(settings.CURRENT_SITE)
        allowed = {site.id for site in self.sites}
        if wanted not in allowed:
            wanted = self.sites[0].id if self.sites else None
        self.site_id = None
        if wanted is None:
            self.site_changed.emit("")
        else:
            self.set_site(wanted)

    def set_site(self, site_id: str | None) -> None:
        """Show `site_id` (one the user may see); emits `site_changed` when it changes."""
        if site_id is not None and site_id not in {site.id for site in self.sites}:
            raise ValueError(f"site {site_id} is not visible to the current user")
        if site_id == self.site_id:
            return
        self.site_id = site_id
        if site_id is not None:
            settings.put(settings.CURRENT_SITE, site_id)
        self.site_changed.emit(site_id or "")

    def site(self) -> SiteRow | None:
        """The site shown, or None when the user may see none."""
        return next((site for site in self.sites if site.id == self.site_id), None)

    def site_is_fixed(self) -> bool:
        """A site user cannot choose another site."""
        return self.user is not None and self.user.role == "site"

    def read_only(self) -> bool:
        """A district or central PC: it pulls the canteens' data and changes none of it."""
        return self.sync is not None and self.sync.read_only

    def close(self) -> None:
        """Release the database (at quit)."""
        if self.database is not None:
            self.database.dispose()
        self.database = None
