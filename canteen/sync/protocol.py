"""What client and server agree on: protocol number, schema window, statuses, paths."""

from __future__ import annotations

PROTOCOL = 1
PREFIX = "/sync/v1"
MAX_OPS = 1000  # a bigger push is refused with 413: split it
PULL_PAGE = 1000


def schema_version() -> int:
    """This app's synced-data schema: the number of its newest migration (0005 -> 5)."""
    from canteen.db.lifecycle import head_revision

    return int(head_revision())


# The oldest client schema the server still accepts (§6.11); raised when a column is contracted
# or a column's allowed values widen: 0007 added waste kind 'buffet', which a client at 5 or 6
# refuses by its CHECK (its pull would stop at the first such row), so those clients must update.
MIN_SCHEMA = 7
