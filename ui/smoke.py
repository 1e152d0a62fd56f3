"""Smoke-test mode: time the first paint and the first paint with the site's data, then exit.

Prints `first paint 0.140 s` as soon as the window has painted (data still loading in the
background), then `site data painted 0.610 s (<canteen>)` once the overview shows the site's
figures, and exits with 0. Times count from the start of the `canteen` command.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

TIMEOUT_MS = 120_000


class FirstPaintProbe(QObject):
    """Watches paint events, prints the two times, quits with 0 (1 on any failure)."""

    def __init__(self, window, started: float) -> None:
        super().__init__(window)
        self.window = window
        self.started = started
        self.first_paint: float | None = None
        self.data_paint: float | None = None
        self.exit_code = 1
        self._target: QWidget | None = None
        self.overview = None
        window.first_painted.connect(self._on_window_first_painted)
        # The overview is built when the window shows it, after the first paint, as in every
        # start: the probe times what users get.
        window.area_shown.connect(self._on_window_area_shown)
        QTimer.singleShot(TIMEOUT_MS, self._on_timeout)

    def _on_window_first_painted(self) -> None:
        self.first_paint = time.perf_counter() - self.started
        print(f"first paint {self.first_paint:.3f} s", flush=True)

    def _on_window_area_shown(self, key: str) -> None:
        if key == "overview" and self.overview is None:
            self.overview = self.window.views[key]
            self.overview.overview_shown.connect(self._on_overview_shown)

    def _on_overview_shown(self, site_id: str) -> None:
        if self.context_is_loading():
            return
        self._target = self.overview.site_heading if site_id else self.overview.message_label
        self._target.installEventFilter(self)
        self._target.update()

    def context_is_loading(self) -> bool:
        """No database yet: the page said "no database", the real one is still to come."""
        return self.window.context.database is None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            now = time.perf_counter() - self.started
            if watched is self._target and self.data_paint is None:
                self.data_paint = now
                QTimer.singleShot(0, self._succeed)
        return False

    def _succeed(self) -> None:
        site = self.window.context.site()
        where = site.name if site is not None else "no canteen"
        print(f"site data painted {self.data_paint:.3f} s ({where})", flush=True)
        self.exit_code = 0
        QCoreApplication.exit(0)

    def fail(self, title: str, text: str = "") -> None:
        """Start-up went wrong: say why on stderr and exit with 1."""
        print(f"smoke test failed: {title}: {text}".rstrip(": "), file=sys.stderr)
        self.exit_code = 1
        QCoreApplication.exit(1)

    def _on_timeout(self) -> None:
        self.fail("timeout", f"nothing painted within {TIMEOUT_MS // 1000} s")
