"""The sync's expected problems, with a reason the command line and GUI word."""

from __future__ import annotations

from canteen.errors import CanteenError


class SyncProblem(CanteenError):
    """Sync could not run: `reason` is unreachable, refused (401), code_refused, too_old, …"""

    code = "sync_problem"

    def __init__(self, message: str, *, reason: str, **data) -> None:
        super().__init__(message, reason=reason, **data)
        self.reason = reason
