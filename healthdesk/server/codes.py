"""One-time codes read out or typed by people (invites, patients' link codes): only
their hash is stored."""

from __future__ import annotations

import hashlib
import secrets

# Unambiguous letters and digits (no 0/O, 1/I/L) for codes read out over the phone.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return "-".join(raw[i:i + 4] for i in range(0, 12, 4))


def code_hash(code: str) -> bytes:
    normal = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(normal.encode("ascii", "replace")).digest()
