"""Getting a database open: first run, demo data, bad files; never a traceback, never an overwrite."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from canteen.errors import DatabaseProblem
from canteen.services import workspace
from canteen.services.workspace import DemoSize, Workspace
from ui import messages, settings
from ui.context import AppContext
from ui.workers import Task, run_task

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


# First run: enough to try every area; smoke test: small, so a fresh CI machine starts fast.
FIRST_RUN_DEMO = DemoSize(sites=24, years=2)
SMOKE_DEMO = DemoSize(sites=3, years=1)


def _is_empty_file(path: Path) -> bool:
    # SQLite makes an empty file of a new database: there is nothing in it to lose.
    return path.is_file() and path.stat().st_size == 0


class Launcher(QObject):
    """Opens or creates the database, asking the user what to do when there is a problem."""

    opened = Signal()
    gave_up = Signal()
    failed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        window: QWidget,
        *,
        smoke: bool = False,
        demo_if_new: bool = False,
    ) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.smoke = smoke
        self.demo_if_new = demo_if_new
        self.task: Task | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.first_run_dialog = None
        # Asked before another database replaces the open one: False keeps the open one (the
        # main window asks its pages about unsaved work).
        self.may_leave: Callable[[], bool] = lambda: True

    def busy(self) -> bool:
        """Whether a database is being opened or created right now."""
        return self.task is not None

    def start(self, path: Path) -> None:
        """Open `path`, or offer to create it when it does not exist yet (or is an empty file)."""
        if path.exists() and not _is_empty_file(path):
            self.open_file(path)
        elif self.smoke:
            self.create(path, SMOKE_DEMO)
        elif self.demo_if_new:
            self.create(path, FIRST_RUN_DEMO)
        else:
            self.ask_first_run(path)

    def open_file(self, path: Path) -> None:
        """Open an existing database file in the background (after `may_leave` agrees)."""
        if self.busy():
            return
        if self.context.database is not None and not self.may_leave():
            return
        if not path.exists():
            missing = DatabaseProblem("no such file", reason="missing", path=str(path))
            self._database_problem(missing)
            return
        user_id = settings.get(settings.CURRENT_USER)
        job = partial(workspace.load_workspace, path, user_id=user_id)
        self.task = run_task(
            job,
            on_result=self._on_workspace_loaded,
            on_error=partial(self._on_open_failed, path),
        )

    def ask_first_run(self, path: Path) -> None:
        """The first-run dialog: demo data, empty, open a file, or quit."""
        from ui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(path, self.window)
        dialog.chosen.connect(partial(self._on_first_run_chosen, path))
        dialog.rejected.connect(self._give_up)
        self.first_run_dialog = dialog
        dialog.open()

    def create(self, path: Path, demo: DemoSize | None) -> None:
        """Create a database at `path` (never over an existing file), with demo data if asked."""
        if self.busy():
            return
        if path.exists() and not _is_empty_file(path):
            messages.warn(
                self.window,
                translate("Launcher", "The file already exists"),
                translate("Launcher", "%1 already exists and was not changed.").replace(
                    "%1", str(path)
                ),
            )
            self.ask_first_run(path)
            return
        user_id = settings.get(settings.CURRENT_USER)
        job = partial(workspace.create_database, path, demo=demo, user_id=user_id)
        self.task = run_task(
            job,
            reports_progress=True,
            on_result=self._on_workspace_loaded,
            on_error=partial(self._on_create_failed, path),
            on_cancelled=partial(self._on_create_cancelled, path),
        )
        if demo is not None and not self.smoke:
            self._show_progress(self.task)

    def ask_for_file(self, on_cancel=None) -> None:
        """Let the user pick a database file, then open it (File > Open); `on_cancel` if none."""
        if self.busy():
            return
        start = str(self.context.database_path.parent) if self.context.database_path else ""
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("Launcher", "Open database"),
            start,
            translate("Launcher", "Canteen databases (*.db *.sqlite);;All files (*)"),
        )
        if name:
            self.open_file(Path(name))
        elif on_cancel is not None:
            on_cancel()

    def _on_first_run_chosen(self, path: Path, choice: str) -> None:
        self.first_run_dialog = None
        if choice == "demo":
            self.create(path, FIRST_RUN_DEMO)
        elif choice == "empty":
            self.create(path, None)
        else:
            self.ask_for_file(on_cancel=partial(self.ask_first_run, path))

    def _give_up(self) -> None:
        self.first_run_dialog = None
        self.gave_up.emit()

    def _show_progress(self, task: Task) -> None:
        dialog = QProgressDialog(
            translate("Launcher", "Creating demo data…"),
            translate("Launcher", "Cancel"),
            0,
            0,
            self.window,
        )
        dialog.setWindowTitle(translate("Launcher", "New database"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        dialog.canceled.connect(lambda: dialog.setLabelText(translate("Launcher", "Stopping…")))
        task.progressed.connect(self._on_progress)
        task.finished.connect(self._close_progress)
        self.progress_dialog = dialog
        dialog.show()

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(min(done, total))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _on_workspace_loaded(self, opened: Workspace) -> None:
        self.task = None
        settings.put(settings.LAST_DATABASE, str(opened.path))
        self.context.set_workspace(opened)
        log.info("opened database %s", opened.path)
        self.opened.emit()

    def _on_open_failed(self, path: Path, error: BaseException) -> None:
        self.task = None
        if isinstance(error, DatabaseProblem):
            self._database_problem(error)
        elif self.smoke:
            self.failed.emit(f"cannot open {path}: {error!r}")
        else:
            messages_or_crash(error, self.window)
            if self.context.database is None:
                self._offer_other_file(path)

    def _on_create_failed(self, path: Path, error: BaseException) -> None:
        self.task = None
        if isinstance(error, DatabaseProblem):
            self._database_problem(error)
            return
        if self.smoke:
            self.failed.emit(f"cannot create {path}: {error!r}")
            return
        messages_or_crash(error, self.window)
        self.ask_first_run(path)

    def _on_create_cancelled(self, path: Path) -> None:
        self.task = None
        from canteen.db.lifecycle import delete_new_database

        # We made this file moments ago and the user stopped: nothing of theirs is in it.
        delete_new_database(path)
        self.ask_first_run(path)

    def _database_problem(self, error: DatabaseProblem) -> None:
        if self.smoke:
            text, hint = messages.database_problem_text(error)
            self.failed.emit(f"{text} {hint}")
            return
        can_quit = self.context.database is None
        answer = messages.database_problem(self.window, error, can_quit=can_quit)
        if answer == "open_other":
            retry = partial(self._database_problem, error) if can_quit else None
            self.ask_for_file(on_cancel=retry)
        elif answer == "quit":
            self.gave_up.emit()

    def _offer_other_file(self, path: Path) -> None:
        answer = messages.choose(
            self.window,
            translate("Launcher", "The database could not be opened"),
            translate("Launcher", "%1 could not be opened because of an unexpected error.").replace(
                "%1", str(path)
            ),
            [
                (
                    "open_other",
                    translate("Launcher", "Open another file…"),
                    messages.ACCEPT,
                ),
                ("quit", translate("Launcher", "Quit"), messages.REJECT),
            ],
            default="open_other",
        )
        if answer == "open_other":
            self.ask_for_file(on_cancel=partial(self._offer_other_file, path))
        else:
            self.gave_up.emit()


def messages_or_crash(error: BaseException, window: QWidget) -> None:
    """An unexpected failure while opening: through the one error path."""
    from ui import errors

    errors.report(error, window)
