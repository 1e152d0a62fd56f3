"""Table checksums for `verify` (SYNC.md §6.6), the same on the server and on a canteen PC.

Per table: how many live rows (no tombstones: the server purges old ones) and the sum, modulo
2**64, of a hash of each row's (id, server_version). Equal sums mean equal sets, except by chance.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

MASK = (1 << 64) - 1


def digest(rows: Iterable[tuple[object, int]]) -> dict:
    """{count, checksum} of (id, server_version) pairs."""
    count = total = 0
    for row_id, version in rows:
        key = f"{str(row_id).lower()}:{version}".encode()
        total = (total + int.from_bytes(hashlib.sha256(key).digest()[:8], "big")) & MASK
        count += 1
    return {"count": count, "checksum": f"{total:016x}"}
