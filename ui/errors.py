"""The one place unexpected errors end: logged to the user's log file, shown in a crash dialog."""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from canteen import __version__
from canteen.errors import CanteenError
from canteen.paths import user_data_dir

log = logging.getLogger("canteen.ui")

LOG_FILE = "canteen.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


def log_path() -> Path:
    """The log file in the user's data folder."""
    return user_data_dir() / "logs" / LOG_FILE


def rotate_log(path: Path) -> None:
    """At start: a log grown past LOG_BYTES becomes .1 (older ones move up, the last is dropped)."""
    if not path.exists() or path.stat().st_size < LOG_BYTES:
        return
    for number in range(LOG_BACKUPS - 1, 0, -1):
        older = Path(f"{path}.{number}")
        if older.exists():
            os.replace(older, f"{path}.{number + 1}")
    os.replace(path, f"{path}.1")


def setup_logging() -> Path:
    """Send the app's log records to a file in the user's data folder (rotated at start)."""
    path = log_path()
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            return path
    path.parent.mkdir(parents=True, exist_ok=True)
    rotate_log(path)
    # logging.handlers' RotatingFileHandler would cost start-up time; one file a session is enough.
    handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class CrashReporter(QObject):
    """Turns an exception into a log record and a crash dialog (or a domain message)."""

    crash_shown = Signal(object)
    # Exceptions raised in other threads are re-sent to the GUI thread through this.
    _raised_elsewhere = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog = None
        self.window: QWidget | None = None
        self._busy = False
        self._raised_elsewhere.connect(self._on_raised_elsewhere)

    def handle(
        self,
        exc_type: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """The `sys.excepthook`: log, then tell the user on the GUI thread."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, error, tb)
            return
        if QThread.currentThread() is not self.thread():
            self._raised_elsewhere.emit(exc_type, error, tb)
            return
        if self._busy:  # the error came from showing an error: do not loop
            sys.__excepthook__(exc_type, error, tb)
            return
        self._busy = True
        try:
            self._tell_user(exc_type, error, tb)
        finally:
            self._busy = False

    def _tell_user(self, exc_type, error, tb) -> None:
        from ui import messages

        if isinstance(error, CanteenError):
            log.info("domain error %s: %s %s", error.code, error, error.data)
            messages.show_error(self.window, error)
            return
        text = "".join(traceback.format_exception(exc_type, error, tb))
        log.error("unexpected error (version %s)\n%s", __version__, text)
        if messages.headless() is not None:
            messages.headless()("crash", text)
            return
        self._show_dialog(text)

    def _show_dialog(self, text: str) -> None:
        from ui.dialogs.crash import CrashDialog

        if self.dialog is None or not self.dialog.isVisible():
            self.dialog = CrashDialog(str(log_path()), self.window)
        self.dialog.add_report(text)
        self.dialog.show()
        self.dialog.raise_()
        self.crash_shown.emit(self.dialog)

    @Slot(object, object, object)
    def _on_raised_elsewhere(self, exc_type, error, tb) -> None:
        self.handle(exc_type, error, tb)

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        """The `threading.excepthook`: same handling for plain Python threads."""
        if args.exc_type is SystemExit:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)


_reporter: CrashReporter | None = None


def install(window: QWidget | None = None) -> CrashReporter:
    """Make the crash reporter the process's `sys.excepthook` and `threading.excepthook`."""
    global _reporter
    if _reporter is None:
        _reporter = CrashReporter(QApplication.instance())
    _reporter.window = window
    sys.excepthook = _reporter.handle
    threading.excepthook = _reporter.handle_thread
    return _reporter


def report(error: BaseException, parent: QWidget | None = None) -> None:
    """Hand a caught exception (e.g. from a background job) to the one error path."""
    if isinstance(error, CanteenError):
        from ui import messages

        log.info("domain error %s: %s %s", error.code, error, error.data)
        window = parent or (_reporter.window if _reporter is not None else None)
        messages.show_error(window, error)
        return
    sys.excepthook(type(error), error, error.__traceback__)
