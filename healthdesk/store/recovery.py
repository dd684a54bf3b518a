"""The printable recovery key: the way back in when the passphrase is forgotten.

A recovery key is 160 random bits plus a 20-bit checksum, written in Crockford base32 as
nine groups of four characters (``XXXX-XXXX-...``, 36 characters). People copy it onto
paper and type it back months later, so parsing is forgiving about *presentation*
(lowercase, spaces, hyphens, ``I``/``L`` for ``1`` and ``O`` for ``0``) and strict about
*content*: a typo is reported instead of silently deriving the wrong key.

Checksum: the 160-bit secret, read as an integer, modulo the prime
``P = 2**20 - 3`` (the ISO 7064 idea behind IBAN's mod 97, with a bigger prime).
Each base32 digit ``d`` at place ``k`` contributes ``d * 32**k``; because ``P`` is prime
and larger than any digit difference, and ``32`` is a primitive root mod ``P``, the check
is *guaranteed* (not merely likely, as a truncated hash would be) to catch every single
wrong character and every swap of two adjacent different characters; other random
damage slips through with a chance of about one in a million.
"""

from __future__ import annotations

import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from healthdesk.domain.i18n import _
from healthdesk.store.errors import RecoveryKeyFormatError

__all__ = [
    "RECOVERY_KEY_GROUPS",
    "RECOVERY_KEY_LENGTH",
    "RECOVERY_SECRET_BYTES",
    "format_recovery_key",
    "new_recovery_key",
    "parse_recovery_key",
    "recovery_wrapping_key",
]

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford base32: no I, L, O or U, so handwriting is hard to misread."""

RECOVERY_SECRET_BYTES = 20
_SECRET_BITS = RECOVERY_SECRET_BYTES * 8  # 160 bits = exactly 32 base32 digits
_CHECK_BITS = 20  # 4 base32 digits
_CHECK_MODULUS = (1 << _CHECK_BITS) - 3  # 1048573, the largest prime below 2**20
_GROUP = 4
RECOVERY_KEY_LENGTH = (_SECRET_BITS + _CHECK_BITS) // 5  # 36 characters
RECOVERY_KEY_GROUPS = RECOVERY_KEY_LENGTH // _GROUP  # 9 groups

_HKDF_INFO = b"healthdesk/recovery-wrapping-key/v1"

# Accepted on input: the canonical digits in either case, plus Crockford's aliases.
_DECODE: dict[str, int] = {}
for _value, _char in enumerate(ALPHABET):
    _DECODE[_char] = _value
    _DECODE[_char.lower()] = _value
for _alias, _canonical in (("I", "1"), ("L", "1"), ("O", "0")):
    _DECODE[_alias] = _DECODE[_canonical]
    _DECODE[_alias.lower()] = _DECODE[_canonical]


def _checksum(secret_int: int) -> int:
    return secret_int % _CHECK_MODULUS


def format_recovery_key(secret: bytes) -> str:
    """Encode 20 secret bytes as the printable key (used to show a key once, at creation)."""
    if len(secret) != RECOVERY_SECRET_BYTES:
        raise ValueError(f"a recovery secret is {RECOVERY_SECRET_BYTES} bytes, got {len(secret)}")
    secret_int = int.from_bytes(secret, "big")
    number = (secret_int << _CHECK_BITS) | _checksum(secret_int)
    digits = [
        ALPHABET[(number >> (5 * place)) & 31] for place in reversed(range(RECOVERY_KEY_LENGTH))
    ]
    text = "".join(digits)
    return "-".join(text[i : i + _GROUP] for i in range(0, RECOVERY_KEY_LENGTH, _GROUP))


def new_recovery_key() -> str:
    """Make a fresh recovery key from 160 bits of OS randomness."""
    return format_recovery_key(secrets.token_bytes(RECOVERY_SECRET_BYTES))


def parse_recovery_key(text: str) -> bytes:
    """Turn a typed recovery key back into its 20 secret bytes.

    Raises RecoveryKeyFormatError with one sentence saying what is wrong, so the person can
    fix the typo instead of being told only that the key does not open the store.
    """
    values: list[int] = []
    for char in text:
        if char == "-" or char.isspace():
            continue
        value = _DECODE.get(char)
        if value is None:
            position = len(values) + 1
            group, within = divmod(position - 1, _GROUP)
            raise RecoveryKeyFormatError(
                _("The recovery key has an invalid character {char!r} at position {position} "
                  "(group {value}, character {value2}); it uses only the digits 0-9 and the "
                  "letters A-Z without I, L, O and U.").format(
                    char=char, position=position, value=group + 1, value2=within + 1)
            )
        values.append(value)
    if len(values) != RECOVERY_KEY_LENGTH:
        raise RecoveryKeyFormatError(
            _("The recovery key has the wrong length: expected {recovery_key_length} characters "
              "in {recovery_key_groups} groups of {group}, but got {n} characters.").format(
                recovery_key_length=RECOVERY_KEY_LENGTH, recovery_key_groups=RECOVERY_KEY_GROUPS,
                group=_GROUP, n=len(values))
        )
    number = 0
    for value in values:
        number = (number << 5) | value
    secret_int = number >> _CHECK_BITS
    if number & ((1 << _CHECK_BITS) - 1) != _checksum(secret_int):
        raise RecoveryKeyFormatError(
            _("The recovery key checksum does not match: check for a typo "
            "(a wrong or swapped character).")
        )
    return secret_int.to_bytes(RECOVERY_SECRET_BYTES, "big")


def recovery_wrapping_key(secret: bytes, salt: bytes) -> bytes:
    """Derive the 32-byte AES key that wraps the data key in the recovery slot.

    HKDF-SHA256 is enough (no Argon2): the secret is 160 uniformly random bits, so there
    is nothing for a slow KDF to protect against guessing.
    """
    if len(secret) != RECOVERY_SECRET_BYTES:
        raise ValueError(f"a recovery secret is {RECOVERY_SECRET_BYTES} bytes, got {len(secret)}")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_HKDF_INFO)
    return hkdf.derive(secret)
