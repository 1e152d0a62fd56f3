"""Row identifiers: UUIDv7 for rows born anywhere, UUIDv5 for rows with a natural key."""

from __future__ import annotations

import os
import time
import uuid

# Fixed namespace for deterministic ids; never change it, ids derived from it are stored.
NAMESPACE_CANTEEN = uuid.UUID("6f0c2f4e-3b7a-4c1e-9a52-2d8e5b7c9a10")


def new_id() -> str:
    """A new UUIDv7 as lowercase text: time-ordered, so B-tree inserts stay local."""
    millis = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (millis & 0xFFFF_FFFF_FFFF) << 80
    value |= 0x7 << 76  # version 7
    value |= ((rand >> 62) & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # RFC 4122 variant
    value |= rand & 0x3FFF_FFFF_FFFF_FFFF  # rand_b, 62 bits
    return str(uuid.UUID(int=value))


def natural_id(kind: str, *parts: object) -> str:
    """The same id wherever the same natural key is created, e.g. one headcount per site/day/meal."""
    key = ":".join([kind, *(str(p) for p in parts)])
    return str(uuid.uuid5(NAMESPACE_CANTEEN, key))
