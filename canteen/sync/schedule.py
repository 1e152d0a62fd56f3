"""When the next sync cycle runs: an interval, backoff with jitter, a watchdog, network back.

SYNC.md §6.12. Pure arithmetic on times the caller passes in (no clock, no Qt), so the policy
is tested with a fixed clock and a seeded `random.Random`; the GUI drives it with a QTimer.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Policy:
    """The numbers of the schedule, in seconds."""

    interval_s: float = 60
    first_backoff_s: float = 15
    backoff_cap_s: float = 15 * 60
    jitter: float = 0.25  # a delay is spread over ±25 %, so PCs that failed together spread out
    pending_retry_s: float = 10  # changes left after a good cycle: go again soon
    debounce_s: float = 5  # after a local write, wait this long for the next one
    watchdog_intervals: int = 5  # changes waiting and no good cycle for this many intervals
    regained_s: float = 2  # the network came back: a cycle this soon, whatever the backoff says
    regained_cap_s: float = 10  # a flapping network still gets its cycle this soon after the first
    wake_gap_s: float = 60  # the clock jumped this far between two polls: the PC was asleep


# How reachable the network says it is, worst first; "site" (the police network) is enough for
# the sync server, which is not on the internet.
REACHABILITY = ("unknown", "disconnected", "local", "site", "online")


def backoff_s(policy: Policy, failures: int, rng: random.Random) -> float:
    """The wait after `failures` failed cycles in a row: doubling, capped, with jitter."""
    if failures <= 0:
        return policy.interval_s
    plain = min(policy.backoff_cap_s, policy.first_backoff_s * 2 ** (failures - 1))
    spread = 1 + policy.jitter * (2 * rng.random() - 1)
    return min(policy.backoff_cap_s, plain * spread)


def after_cycle_s(policy: Policy, ok: bool, failures: int, pending: int, rng: random.Random):
    """The wait after a cycle: backoff when it failed, soon when changes remain, else interval."""
    if not ok:
        return backoff_s(policy, failures, rng)
    return policy.pending_retry_s if pending else policy.interval_s


def write_due(policy: Policy, now: datetime, first_write: datetime) -> datetime:
    """When a write at `now` should be sent: after a quiet spell, but never later than one
    interval after the first unsent write (a user typing all day still gets synced)."""
    return min(
        now + timedelta(seconds=policy.debounce_s),
        first_write + timedelta(seconds=policy.interval_s),
    )


def network_came_back(before: str | None, after: str) -> bool:
    """The network went from unusable (unknown, disconnected, local only) to site or online."""
    usable = ("site", "online")
    return after in usable and before not in usable


def regained_due(policy: Policy, now: datetime, first_signal: datetime) -> datetime:
    """When a cycle runs after the network came back at `now`: a short quiet spell (a network
    that flaps sends several signals), never later than a cap after the first signal."""
    return min(
        now + timedelta(seconds=policy.regained_s),
        first_signal + timedelta(seconds=policy.regained_cap_s),
    )


def watchdog_due(
    policy: Policy, now: datetime, pending: int, last_good: datetime, last_forced: datetime | None
) -> bool:
    """Changes wait and no cycle succeeded (nor was forced) for `watchdog_intervals` intervals."""
    if pending <= 0:
        return False
    since = max(last_good, last_forced) if last_forced is not None else last_good
    return now - since >= timedelta(seconds=policy.interval_s * policy.watchdog_intervals)


class Scheduler:
    """The schedule's memory: failures in a row, the planned run, unsent writes, the watchdog."""

    def __init__(self, policy: Policy, now: datetime, rng: random.Random | None = None) -> None:
        self.policy = policy
        self.rng = rng or random.Random()
        self.failures = 0
        self.last_good = now  # the watchdog counts from the start until a cycle succeeds
        self.last_forced: datetime | None = None
        self.planned = now  # a cycle at start
        self.first_write: datetime | None = None
        self.write_at: datetime | None = None
        self.first_regained: datetime | None = None
        self.regained_at: datetime | None = None
        self.last_tick: datetime | None = None

    def next_run(self) -> datetime:
        """When the next cycle should start."""
        due = [self.planned]
        # While the server fails, local writes do not hurry it: the backoff decides.
        if self.write_at is not None and self.failures == 0:
            due.append(self.write_at)
        # The network coming back does: the failures were most likely the network's.
        if self.regained_at is not None:
            due.append(self.regained_at)
        return min(due)

    def note_write(self, now: datetime) -> None:
        """A local change was captured at `now`."""
        if self.first_write is None:
            self.first_write = now
        self.write_at = write_due(self.policy, now, self.first_write)

    def network_regained(self, now: datetime, running: bool) -> bool:
        """The network came back at `now`: a cycle is due shortly (True), unless one runs."""
        if running:
            return False  # the running cycle meets the network as it now is
        if self.first_regained is None:
            self.first_regained = now
        self.regained_at = regained_due(self.policy, now, self.first_regained)
        return True

    def tick(self, now: datetime, running: bool) -> bool:
        """A poll at `now`; True when the clock jumped (the PC woke from sleep) and a cycle
        is now due as if the network came back."""
        last, self.last_tick = self.last_tick, now
        if last is None or now - last < timedelta(seconds=self.policy.wake_gap_s):
            return False
        return self.network_regained(now, running)

    def cycle_started(self) -> None:
        """A cycle begins: the writes so far, and a network that came back, go with it."""
        self.first_write = self.write_at = None
        self.first_regained = self.regained_at = None

    def cycle_ended(self, now: datetime, ok: bool, pending: int) -> datetime:
        """Record a cycle's outcome; returns the next run."""
        self.failures = 0 if ok else self.failures + 1
        if ok:
            self.last_good = now
        wait = after_cycle_s(self.policy, ok, self.failures, pending, self.rng)
        self.planned = now + timedelta(seconds=wait)
        return self.next_run()

    def watchdog(self, now: datetime, pending: int) -> bool:
        """True when the watchdog forces a cycle now (it then waits another round)."""
        if not watchdog_due(self.policy, now, pending, self.last_good, self.last_forced):
            return False
        self.last_forced = now
        return True
