"""The sync schedule on a fixed clock with seeded jitter."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from canteen.sync.schedule import Policy, Scheduler, backoff_s, watchdog_due, write_due

T0 = datetime(2026, 3, 2, 8, tzinfo=UTC)
POLICY = Policy()


def seconds(n: float) -> timedelta:
    return timedelta(seconds=n)


def test_backoff_doubles_with_jitter_and_stops_at_the_cap():
    rng = random.Random(7)
    waits = [backoff_s(POLICY, failures, rng) for failures in range(1, 12)]
    for failures, wait in enumerate(waits, start=1):
        plain = min(POLICY.backoff_cap_s, POLICY.first_backoff_s * 2 ** (failures - 1))
        assert plain * 0.75 <= wait <= min(plain * 1.25, POLICY.backoff_cap_s)
    assert waits[-1] <= 15 * 60
    # Jitter spreads PCs that failed at the same moment.
    assert len({round(backoff_s(POLICY, 3, random.Random(seed))) for seed in range(10)}) > 3


def test_a_start_runs_at_once_then_every_interval():
    schedule = Scheduler(POLICY, T0, random.Random(1))
    assert schedule.next_run() == T0
    assert schedule.cycle_ended(T0 + seconds(2), ok=True, pending=0) == T0 + seconds(62)


def test_errors_back_off_and_a_success_resets_the_interval():
    schedule = Scheduler(POLICY, T0, random.Random(1))
    now, waits = T0, []
    for _ in range(8):
        after = schedule.cycle_ended(now, ok=False, pending=3)
        waits.append((after - now).total_seconds())
        now = after
    assert waits[0] < waits[3] < waits[6]
    assert max(waits) <= POLICY.backoff_cap_s
    assert schedule.cycle_ended(now, ok=True, pending=0) == now + seconds(POLICY.interval_s)


def test_changes_left_after_a_good_cycle_are_retried_sooner():
    schedule = Scheduler(POLICY, T0, random.Random(1))
    assert schedule.cycle_ended(T0, ok=True, pending=4) == T0 + seconds(POLICY.pending_retry_s)


def test_a_local_write_runs_a_cycle_after_a_quiet_spell_but_within_an_interval():
    schedule = Scheduler(POLICY, T0, random.Random(1))
    schedule.cycle_ended(T0, ok=True, pending=0)  # next regular run: T0 + 60 s
    schedule.note_write(T0 + seconds(10))
    assert schedule.next_run() == T0 + seconds(15)
    schedule.note_write(T0 + seconds(13))  # typing on: the run waits for the quiet
    assert schedule.next_run() == T0 + seconds(18)
    # Typing without a pause never delays the sync past an interval after the first write.
    assert write_due(POLICY, T0 + seconds(500), first_write=T0) == T0 + seconds(60)


def test_a_cycle_takes_the_writes_before_it():
    schedule = Scheduler(POLICY, T0, random.Random(1))
    schedule.cycle_ended(T0, ok=True, pending=0)
    schedule.note_write(T0 + seconds(1))
    schedule.cycle_started()
    assert schedule.next_run() == T0 + seconds(60)


def test_writes_do_not_hurry_a_backoff():
    schedule = Scheduler(POLICY, T0, random.Random(1))
    planned = schedule.cycle_ended(T0, ok=False, pending=1)
    schedule.note_write(T0 + seconds(1))
    assert schedule.next_run() == planned


def test_the_watchdog_forces_a_cycle_when_changes_wait_too_long():
    limit = POLICY.interval_s * POLICY.watchdog_intervals
    assert not watchdog_due(POLICY, T0 + seconds(limit), 0, T0, None)
    assert not watchdog_due(POLICY, T0 + seconds(limit - 1), 2, T0, None)
    assert watchdog_due(POLICY, T0 + seconds(limit), 2, T0, None)
    schedule = Scheduler(POLICY, T0, random.Random(1))
    for n in range(12):  # the server has failed for a long while: backoff is near its cap
        schedule.cycle_ended(T0 + seconds(n), ok=False, pending=2)
    assert not schedule.watchdog(T0 + seconds(limit - 1), pending=2)
    assert schedule.watchdog(T0 + seconds(limit), pending=2)
    # Forced once, it waits another round before forcing again.
    assert not schedule.watchdog(T0 + seconds(limit + 1), pending=2)
    assert schedule.watchdog(T0 + seconds(2 * limit), pending=2)
    schedule.cycle_ended(T0 + seconds(2 * limit + 5), ok=True, pending=2)
    assert not schedule.watchdog(T0 + seconds(2 * limit + 6), pending=2)


def test_the_same_seed_gives_the_same_waits():
    first = [backoff_s(POLICY, f, random.Random(7)) for f in range(1, 6)]
    assert first == [backoff_s(POLICY, f, random.Random(7)) for f in range(1, 6)]


def failing_for_a_while() -> tuple[Scheduler, datetime]:
    """A schedule whose server failed six times in a row: the next try is minutes away."""
    schedule = Scheduler(POLICY, T0, random.Random(1))
    now = T0
    for _ in range(6):
        now = schedule.cycle_ended(now, ok=False, pending=2)
    # The sixth failure, at `now`: the next try is minutes away.
    schedule.cycle_ended(now, ok=False, pending=2)
    assert schedule.next_run() - now > seconds(60)
    return schedule, now


def test_the_network_coming_back_runs_a_cycle_soon_despite_the_backoff():
    schedule, now = failing_for_a_while()
    assert schedule.network_regained(now, running=False)
    assert schedule.next_run() == now + seconds(2)
    schedule.cycle_started()
    # The cycle failed again: the backoff goes on from there, the old signal is spent.
    after = schedule.cycle_ended(now + seconds(3), ok=False, pending=2)
    assert after - (now + seconds(3)) > seconds(60)


def test_a_flapping_network_is_debounced_but_not_postponed_for_ever():
    schedule, now = failing_for_a_while()
    schedule.network_regained(now, running=False)
    schedule.network_regained(now + seconds(1), running=False)
    assert schedule.next_run() == now + seconds(3)
    for step in range(2, 30):
        schedule.network_regained(now + seconds(step), running=False)
    assert schedule.next_run() == now + seconds(POLICY.regained_cap_s)


def test_the_network_coming_back_during_a_cycle_changes_nothing():
    schedule, now = failing_for_a_while()
    planned = schedule.next_run()
    assert not schedule.network_regained(now, running=True)
    assert schedule.next_run() == planned


def test_only_a_move_to_a_usable_network_counts_as_coming_back():
    from canteen.sync.schedule import network_came_back

    assert network_came_back("disconnected", "online")
    assert network_came_back("local", "site")
    assert network_came_back(None, "online")
    assert not network_came_back("site", "online")
    assert not network_came_back("online", "local")
    assert not network_came_back("disconnected", "local")


def test_a_clock_jump_between_polls_counts_as_waking_from_sleep():
    schedule, now = failing_for_a_while()
    assert not schedule.tick(now, running=False)  # the first poll only sets the mark
    assert not schedule.tick(now + seconds(3), running=False)
    woke = now + seconds(3 + 120)  # asleep for two minutes; the backoff has minutes left
    assert schedule.tick(woke, running=False)
    assert schedule.next_run() == woke + seconds(2)
