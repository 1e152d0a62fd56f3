"""A small retry loop around `SyncClient.cycle`, standing in for the scheduler (§6.12) in F19."""

from __future__ import annotations

from collections.abc import Callable

from canteen.sync.errors import SyncProblem

# Worth trying again later without anyone doing anything.
TRANSIENT = frozenset({"unreachable", "server_error", "server_too_old"})


def backoff_bound(failures: int, base: float, cap: float) -> float:
    """The most time `failures` failed attempts may wait in total (doubling, capped)."""
    return sum(min(cap, base * 2**i) for i in range(failures))


def sync_with_backoff(
    client, sleep: Callable[[float], None], attempts: int = 8, base: float = 1.0, cap: float = 60.0
):
    """Cycle until one succeeds, waiting base·2^i (capped) after the i-th transient failure.

    Returns (the successful CycleResult, the waits). A non-transient problem is raised at once.
    """
    waits: list[float] = []
    for attempt in range(attempts):
        try:
            return client.cycle(), waits
        except SyncProblem as problem:
            if problem.reason not in TRANSIENT or attempt == attempts - 1:
                raise
            waits.append(min(cap, base * 2**attempt))
            sleep(waits[-1])
    raise AssertionError("unreachable")
