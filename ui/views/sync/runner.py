"""Runs sync cycles in the background: on demand (Ctrl+R), on a timer with backoff, after
writes, and soon after the network comes back or the PC wakes from sleep.

One `SyncRunner` lives with the main window. A cycle runs through `run_task` on a database engine
of its own (`canteen.sync.runtime`), never two at once: a request while one runs is kept and
runs right after it. The schedule is `canteen.sync.schedule`; a light poll of the outbox tells
it about local writes and lets the watchdog look.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from canteen.sync.errors import SyncProblem
from canteen.sync.schedule import Policy, Scheduler
from ui.context import AppContext
from ui.views.sync.network import NetworkWatch
from ui.workers import run_task

if TYPE_CHECKING:
    from canteen.sync.status import SyncStatus

# canteen.sync.status and .runtime load SQLAlchemy: they are imported when first used, after the
# window has painted (the main window builds this runner before that).

log = logging.getLogger(__name__)

POLL_MS = 3000  # how often the outbox is looked at for new local writes


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SyncRunner(QObject):
    """The sync's life in the GUI: `changed` after every status read, start and end of a cycle."""

    changed = Signal()
    cycle_started = Signal()
    cycle_finished = Signal(object)  # the CycleResult, or the SyncProblem it failed with
    enrolled = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QObject | None = None,
        *,
        policy: Policy | None = None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.policy = policy or Policy()
        self.clock = clock
        self.transport = None  # an httpx transport for the cycles (tests); None = the network
        self.scheduler = Scheduler(self.policy, clock())
        self.status: SyncStatus | None = None
        self.problem: SyncProblem | None = None  # why the last cycle failed; None after a good one
        self.running = False
        self.again = False
        self._mark: tuple[int, int] | None = None
        self.held = False
        self.stopped = False
        self._bug_reported = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self._on_poll_timer_timeout)
        # Loaded with the first database (not before the first paint).
        self.network = NetworkWatch(self)
        self.network.regained.connect(self.network_regained)
        context.database_opened.connect(self._on_context_database_opened)

    # --- reading ------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """This PC pulls its district's or every canteen's data and changes none of it."""
        return self.status is not None and self.status.read_only

    def next_run(self) -> datetime | None:
        """When the next cycle starts by itself (None when this PC does not sync)."""
        if self.status is None or not self.status.enrolled:
            return None
        return self.scheduler.next_run()

    def refresh(self) -> None:
        """Read the status again (a quick read of the local file) and tell the views."""
        self._read_status()
        self.changed.emit()

    def _read_status(self) -> None:
        from canteen.sync.status import read_status

        database = self.context.database
        self.status = read_status(database) if database is not None else None

    # --- running ------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a cycle now; while one runs, another follows it. False when this PC cannot."""
        database = self.context.database
        if database is None or self.status is None or not self.status.enrolled:
            return False
        if self.running:
            self.again = True
            return True
        from canteen.sync import runtime

        self.running = True
        self.again = False
        self.scheduler.cycle_started()
        self.timer.stop()
        run_task(
            partial(runtime.run_cycle, database.url, self.transport),
            on_result=partial(self._on_cycle_ended, True),
            on_error=partial(self._on_cycle_ended, False),
        )
        self.cycle_started.emit()
        self.changed.emit()
        return True

    def enroll(self, server: str, code: str, label: str | None = None):
        """Enroll this database in the background; the returned Task says how it went.

        After a good enrollment the first full sync starts by itself.
        """
        from canteen.sync import runtime

        database = self.context.database
        assert database is not None
        task = run_task(
            partial(runtime.enroll, database.url, server, code, label, self.transport),
            on_error=lambda _error: None,  # the dialog words it; nothing else needs to know
        )
        task.succeeded.connect(self._on_enrolled)
        return task

    def _on_enrolled(self, _facts) -> None:
        self.refresh()
        self.enrolled.emit()
        self.sync_now()

    def _on_cycle_ended(self, ok: bool, outcome) -> None:
        self.running = False
        if ok:
            self.problem = None
            self._bug_reported = False
        elif isinstance(outcome, SyncProblem):
            self.problem = outcome
        else:
            # A bug, not a refusal: the crash dialog shows it once (the timer would show it
            # every minute); the schedule backs off as for any failure.
            if not self._bug_reported:
                from ui import errors

                self._bug_reported = True
                errors.report(outcome)
            else:
                log.error("sync cycle failed again", exc_info=outcome)
            self.problem = SyncProblem(str(outcome), reason="server_error")
        self._read_status()
        pending = self.status.pending if self.status is not None else 0
        self.scheduler.cycle_ended(self.clock(), ok, pending)
        # Told after the schedule: the views show when the next try is.
        self.changed.emit()
        # Writes from now on are new (those made during the cycle are in `pending`).
        self._mark = self._outbox_mark()
        self.cycle_finished.emit(outcome)
        if self.again:
            self.sync_now()
        else:
            self._arm()

    # --- scheduling ---------------------------------------------------------------------

    def _arm(self) -> None:
        when = self.next_run()
        if when is None:
            self.timer.stop()
            self.poll_timer.stop()
            return
        wait_ms = max(0, int((when - self.clock()).total_seconds() * 1000))
        self.timer.start(wait_ms)
        self.poll_timer.start()

    def stop(self) -> None:
        """No more cycles by themselves (at quit, or when another database opens)."""
        self.stopped = True
        self.timer.stop()
        self.poll_timer.stop()

    def hold(self) -> None:
        """Read nothing until `start()`: the app keeps SQLAlchemy out of its first second."""
        self.held = True

    def start(self) -> None:
        """Begin (after `hold()`): read the status and plan the first cycle."""
        if self.held:
            self.held = False
            self._on_context_database_opened()

    def _on_context_database_opened(self) -> None:
        if self.held:
            return
        self.problem = None
        self.stopped = False
        self.scheduler = Scheduler(self.policy, self.clock())
        self.network.start()
        self.refresh()
        self._mark = self._outbox_mark()
        self._arm()

    def _on_timer_timeout(self) -> None:
        self.sync_now()

    def network_regained(self) -> None:
        """The network is back: a cycle in a moment instead of at the end of the backoff."""
        if self.stopped:
            return
        if self.scheduler.network_regained(self.clock(), self.running):
            self._arm()

    def _outbox_mark(self) -> tuple[int, int] | None:
        from canteen.sync.status import outbox_mark

        database = self.context.database
        return outbox_mark(database) if database is not None else None

    def _on_poll_timer_timeout(self) -> None:
        if self.scheduler.tick(self.clock(), self.running):
            log.info("sync: the clock jumped (the PC woke up); a cycle runs shortly")
            self._arm()
        database = self.context.database
        if database is None or self.running:
            return
        mark = self._outbox_mark()
        if self._mark is not None and mark != self._mark:
            self.scheduler.note_write(self.clock())
            self.refresh()
            self._arm()
        self._mark = mark
        pending = self.status.pending if self.status is not None else 0
        if self.scheduler.watchdog(self.clock(), pending):
            log.warning(
                "sync watchdog: %d changes waiting with no good cycle; forcing one", pending
            )
            self.sync_now()
