"""Background work on QThreadPool: a job is a plain callable; results come back as GUI signals.

`run_task(job)` runs `job()` on the global thread pool and returns a `Task` whose signals fire on
the GUI thread. With `reports_progress=True` the job is called as
`job(progress=..., should_cancel=...)`, the shape every long domain function takes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

# Progress reports closer together than this are dropped (the last one always gets through).
PROGRESS_INTERVAL_S = 0.05

_running: set[Task] = set()


class Task(QObject):
    """One job's life as seen from the GUI thread: progress, then result, error or cancelled."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    # Emitted from the worker thread; queued to this object's slots on the GUI thread.
    _reported = Signal(int, int)
    _ended = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._last_report = 0.0
        self._reported.connect(self._on_reported)
        self._ended.connect(self._on_ended)
        self.done = False

    def cancel(self) -> None:
        """Ask the job to stop; it sees this through `should_cancel()`."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Whether `cancel()` was called (safe from any thread)."""
        return self._cancel.is_set()

    def report_progress(self, done: int, total: int) -> None:
        """Called by the job in its thread: `done` of `total` steps are finished."""
        now = time.monotonic()
        if done < total and now - self._last_report < PROGRESS_INTERVAL_S:
            return
        self._last_report = now
        self._reported.emit(int(done), int(total))

    @Slot(int, int)
    def _on_reported(self, done: int, total: int) -> None:
        if not self.done:
            self.progressed.emit(done, total)

    @Slot(object, object)
    def _on_ended(self, result: Any, error: BaseException | None) -> None:
        self.done = True
        try:
            if self.is_cancelled():
                self.cancelled.emit()
            elif error is not None:
                self.failed.emit(error)
            else:
                self.succeeded.emit(result)
        finally:
            _running.discard(self)
            self.finished.emit()


class _Runner(QRunnable):
    """Calls the job in a pool thread and hands the outcome to its Task."""

    def __init__(self, job: Callable[[], Any], task: Task) -> None:
        super().__init__()
        self._job = job
        self._task = task

    def run(self) -> None:
        try:
            result = self._job()
        except BaseException as error:  # every failure, even SystemExit, goes back to the GUI
            self._task._ended.emit(None, error)
        else:
            self._task._ended.emit(result, None)


def run_task(
    job: Callable[..., Any],
    *,
    reports_progress: bool = False,
    on_result: Callable[[Any], Any] | None = None,
    on_error: Callable[[BaseException], Any] | None = None,
    on_progress: Callable[[int, int], Any] | None = None,
    on_cancelled: Callable[[], Any] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Start `job` off the GUI thread; callbacks run on the GUI thread.

    Without `on_error` a failure goes to the app's error handling: a domain error becomes a
    message, anything else reaches `sys.excepthook` (the crash dialog).
    """
    task = Task()
    if on_result is not None:
        task.succeeded.connect(on_result)
    task.failed.connect(on_error if on_error is not None else _report_error)
    if on_progress is not None:
        task.progressed.connect(on_progress)
    if on_cancelled is not None:
        task.cancelled.connect(on_cancelled)
    if reports_progress:

        def call() -> Any:
            return job(progress=task.report_progress, should_cancel=task.is_cancelled)

    else:
        call = job
    _running.add(task)
    (pool or QThreadPool.globalInstance()).start(_Runner(call, task))
    return task


def _report_error(error: BaseException) -> None:
    from ui import errors

    errors.report(error)


def running_tasks() -> int:
    """How many started tasks have not yet delivered their outcome."""
    return len(_running)


def cancel_all() -> None:
    """Ask every running job to stop (at quit)."""
    for task in list(_running):
        task.cancel()


def drain(timeout_ms: int = 30_000, pool: QThreadPool | None = None) -> bool:
    """Wait until every job has finished and its outcome was delivered; False on timeout."""
    pool = pool or QThreadPool.globalInstance()
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        remaining = int((deadline - time.monotonic()) * 1000)
        if not pool.waitForDone(max(remaining, 0)):
            return False
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
        if not _running:
            return True
        if time.monotonic() > deadline:
            return False
