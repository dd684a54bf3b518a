"""Every error a caller of the services must handle, in one place.

The UI and command line import errors from here, never from the store, so the layers
stay one-way. Each error's ``str()`` is a sentence fit to show a person.
"""

from __future__ import annotations

from healthdesk.domain.errors import ValidationError
from healthdesk.store.errors import (
    CorruptStoreError,
    DiskFullError,
    KeyFileError,
    LockedError,
    RecoveryKeyFormatError,
    StoreError,
    StoreExistsError,
    StoreMissingError,
)
from healthdesk.store.failures import explain as explain_store_failure


class NotFoundError(LookupError):
    """The record asked for does not exist (or was deleted)."""

    def __init__(self, what: str, ident: str) -> None:
        super().__init__(f"No {what} with id {ident} exists in this record.")
        self.what = what
        self.ident = ident

    def __str__(self) -> str:
        return str(self.args[0])


class DocumentIntegrityError(StoreError):
    """The stored bytes no longer match the checksum taken when they were imported."""


__all__ = [
    "CorruptStoreError",
    "DiskFullError",
    "DocumentIntegrityError",
    "KeyFileError",
    "LockedError",
    "NotFoundError",
    "RecoveryKeyFormatError",
    "StoreError",
    "StoreExistsError",
    "StoreMissingError",
    "ValidationError",
    "explain_store_failure",
]
