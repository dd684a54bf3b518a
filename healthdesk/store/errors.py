"""Failures of the encrypted store. Each carries one sentence a person can act on.

The command line maps them to exit codes (``exit_code``): 3 for a locked store,
1 for anything else. Nothing that raises these has modified the files it names.
"""

from __future__ import annotations


class StoreError(Exception):
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class LockedError(StoreError):
    """Wrong or missing passphrase / recovery key / data key."""

    exit_code = 3


class StoreMissingError(StoreError):
    """No store in the data directory (``healthdesk init`` or ``demo`` creates one)."""


class StoreExistsError(StoreError):
    """Refusing to create or restore over an existing store."""

    exit_code = 2


class CorruptStoreError(StoreError):
    """The file exists but cannot be read as a HealthDesk store (corrupt, truncated, foreign)."""


class KeyFileError(StoreError):
    """The key file is missing, unreadable or malformed."""


class RecoveryKeyFormatError(StoreError):
    """A recovery key that was mistyped (bad characters, length, or checksum)."""

    exit_code = 2


class DiskFullError(StoreError):
    """A write failed for want of space (ENOSPC, EFBIG, SQLITE_FULL); nothing was lost."""


class NewerStoreError(StoreError):
    """The store's schema is a revision this version does not know: a newer HealthDesk
    wrote it. Nothing is changed; the newer app still opens it."""
