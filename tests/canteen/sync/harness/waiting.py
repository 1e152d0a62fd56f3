"""Waiting on PostgreSQL's own views in fault tests (there is no event to wait on)."""

from __future__ import annotations

import time

WAIT = 20.0


def wait_for(check, what: str, every: float = 0.02):
    """Poll until `check()` is truthy and return it; AssertionError after WAIT seconds."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(every)
    raise AssertionError(f"timed out waiting for {what}")
