"""Named crash points for the fault tests (SYNC.md §7.1): `os._exit(137)` when asked by name.

A test runs the client (`canteen sync`) or the server in a subprocess with
`SYNC_CRASHPOINT=<name>`; the process then dies at that point as if killed with SIGKILL, with
no cleanup, no flush and no rollback other than the databases' own. Unset, a point costs one
environment lookup.
"""

from __future__ import annotations

import os

VARIABLE = "SYNC_CRASHPOINT"
EXIT_CODE = 137  # what a shell reports for a process killed by SIGKILL

# Client: the server has answered a push, the outbox is not yet updated.
AFTER_PUSH_RESPONSE = "after_push_response_before_outbox_delete"
# Client: a pulled page is written but its transaction (with the new cursor) not committed.
MID_PULL_APPLY = "mid_pull_apply"
# Server: a push is committed, its answer not yet sent.
AFTER_COMMIT = "after_commit_before_response"

POINTS = frozenset({AFTER_PUSH_RESPONSE, MID_PULL_APPLY, AFTER_COMMIT})


def crashpoint(name: str) -> None:
    """Die at once when `SYNC_CRASHPOINT` names this point."""
    if os.environ.get(VARIABLE) == name:
        os._exit(EXIT_CODE)
