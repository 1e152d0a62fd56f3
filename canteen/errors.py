"""The domain's own errors: each has a stable code and data, so the GUI can word the message."""

from __future__ import annotations

from typing import Any


class CanteenError(Exception):
    """An expected problem the user can act on; `code` names it, `data` fills in the message."""

    code = "canteen_error"

    def __init__(self, message: str, **data: Any) -> None:
        super().__init__(message)
        self.data = data


class ValidationError(CanteenError):
    """Input that breaks a business rule (a negative quantity, a week that does not exist)."""

    code = "invalid_input"


class FileProblem(ValidationError):
    """A file to import that cannot be read as a table: `reason` says why, `kind` what it is
    (pdf, png, xls, zip, binary, …) when the content shows it."""

    code = "file_problem"

    def __init__(self, message: str, *, reason: str, kind: str = "", **data: Any) -> None:
        super().__init__(message, reason=reason, kind=kind, **data)
        self.reason = reason
        self.kind = kind


class NotFoundError(CanteenError):
    """A row the caller asked for does not exist (or is deleted)."""

    code = "not_found"


class ReadOnlyError(CanteenError):
    """An attempt to change central master data at a site."""

    code = "read_only"


class Cancelled(CanteenError):  # noqa: N818 - not a failure: the user asked to stop
    """Long work stopped because the caller's `should_cancel()` said so; nothing was kept."""

    code = "cancelled"


class DatabaseProblem(CanteenError):
    """The database file cannot be used as it is: not SQLite, read-only, locked, too new."""

    code = "database_problem"

    def __init__(self, message: str, *, reason: str, path: str, **data: Any) -> None:
        super().__init__(message, reason=reason, path=path, **data)
        self.reason = reason
        self.path = path
