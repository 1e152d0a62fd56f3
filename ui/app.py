"""Starting the desktop app: QApplication, translations, error handling, window, database."""

from __future__ import annotations

import argparse
import sys
import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from canteen import __version__
from canteen.paths import default_database_path
from ui import errors, messages, settings, translations, workers
from ui.context import AppContext
from ui.main_window import MainWindow, icon

ORGANISATION = "PolitiKantine"
APPLICATION = "Kantine"
SYNC_START_MS = 8000  # the sync's first read, when no warm-up has started it sooner


def database_path(requested: str | None) -> Path:
    """The database to open: the one asked for, else the last one opened, else the default."""
    if requested:
        return Path(requested).expanduser().resolve()
    last = settings.get(settings.LAST_DATABASE)
    return Path(last) if last else default_database_path()


def start_database(window: MainWindow, path: Path, probe=None, demo_if_new=False) -> None:
    """Open (or first create) the database once the window shows; quit if the user gives up."""
    from ui.startup import Launcher

    errors.setup_logging()
    launcher = Launcher(
        window.context,
        window,
        smoke=probe is not None,
        demo_if_new=demo_if_new,
    )
    window.launcher = launcher
    launcher.gave_up.connect(QApplication.quit)
    if probe is not None:
        launcher.failed.connect(probe.fail)
    launcher.start(path)


class WarmUp:
    """Loads SQLAlchemy in the background once the start page shows a site's figures.

    The overview reads without it; the other pages need it. Loading it while the overview is
    read would slow the figures down (the two threads share one interpreter lock).
    """

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.started = False
        self.watched: set[str] = set()
        window.area_shown.connect(self._on_window_area_shown)

    def _on_window_area_shown(self, key: str) -> None:
        if key == "overview" and key not in self.watched:
            self.watched.add(key)
            self.window.views[key].overview_shown.connect(self._on_overview_shown)

    def _on_overview_shown(self, site_id: str) -> None:
        database = self.window.context.database
        if self.started or not site_id or database is None:
            return  # done already, or no figures yet
        self.started = True
        from canteen.services.workspace import warm_up

        task = workers.run_task(partial(warm_up, database))
        task.finished.connect(self.window.sync.start)  # the sync reads with SQLAlchemy too


def run(args: argparse.Namespace, started: float | None = None) -> int:
    """Run the app until the user quits; the exit code (the smoke test's verdict in that mode)."""
    started = time.perf_counter() if started is None else started
    smoke = bool(getattr(args, "smoke_test", False))
    if smoke:  # the smoke test neither reads nor changes the user's settings
        import tempfile

        scratch = tempfile.TemporaryDirectory(prefix="canteen-smoke-")
        settings.use_file(Path(scratch.name) / settings.SETTINGS_FILE)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    translations.install(
        translations.choose_language(getattr(args, "lang", None), settings.get(settings.LANGUAGE))
    )

    context = AppContext(app)
    window = MainWindow(context)
    warm_up = WarmUp(window)  # noqa: F841  (lives as long as the window)
    # The sync starts after the warm-up (or after a while, when the start page is another).
    window.sync.hold()
    QTimer.singleShot(SYNC_START_MS, window.sync.start)
    errors.install(window)
    probe = None
    if smoke:
        from ui.smoke import FirstPaintProbe

        probe = FirstPaintProbe(window, started)
        messages.set_headless(probe.fail)
    # Everything else waits until the window is on screen. Opening the database meanwhile
    # (a thread started here) slowed the first paint and no longer speeds up the figures:
    # they are read with plain sqlite3 in a few milliseconds.
    path = database_path(getattr(args, "database", None))
    demo_if_new = bool(getattr(args, "demo_if_new", False))
    window.first_painted.connect(partial(start_database, window, path, probe, demo_if_new))
    window.show()

    code = app.exec()
    if not smoke:
        window.remember_geometry()  # also when the app quit from a dialog, not the window
    workers.cancel_all()
    workers.drain()
    settings.flush()
    context.close()
    if smoke:
        messages.set_headless(None)
        settings.use_file(None)
        scratch.cleanup()
        return probe.exit_code
    return code
