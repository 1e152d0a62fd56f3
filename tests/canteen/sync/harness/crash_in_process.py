"""The client's named crash points (canteen/sync/crash.py) in this process, for the model test.

A crash point normally ends the process with `os._exit(137)`. Here it raises `Crashed`, a
BaseException nothing in the client catches: every open SQLite transaction is rolled back on the
way out, which leaves the file as SQLite's recovery leaves it after a kill (uncommitted work gone,
committed work kept). The caller then throws the client and its engine away and opens the file
again, as the next process would. test_crash_in_process.py compares the two, file for file.
"""

from __future__ import annotations

from unittest import mock

from canteen.sync import client as client_module
from canteen.sync.crash import AFTER_PUSH_RESPONSE, MID_PULL_APPLY

# The points inside the client's cycle (the server's own is in the server process).
CLIENT_POINTS = (AFTER_PUSH_RESPONSE, MID_PULL_APPLY)


class Crashed(BaseException):
    """The client died at a crash point (a BaseException: no `except Exception` stops it)."""


def cycle_crashing_at(client, point: str) -> bool:
    """Run `client.cycle()`, dying at `point`; True if it died, False if it never got there.

    Other failures (SyncProblem) propagate as they would from the process.
    """
    if point not in CLIENT_POINTS:
        raise ValueError(point)

    def die(name: str) -> None:
        if name == point:
            raise Crashed(name)

    with mock.patch.object(client_module, "crashpoint", die):
        try:
            client.cycle()
        except Crashed:
            return True
    return False
