"""Every error a caller of the services must handle, in one place.

The UI and command line import errors from here, never from the store, so the layers
stay one-way. Each error's ``str()`` is a sentence fit to show a person.
"""

from __future__ import annotations

from healthdesk.domain.errors import ValidationError
from healthdesk.store.errors import (
    CorruptStoreError,
    KeyFileError,
    LockedError,
    RecoveryKeyFormatError,
    StoreError,
    StoreExistsError,
    StoreMissingError,
)


class NotFoundError(LookupError):
    """The record asked for does not exist (or was deleted)."""

    def __init__(self, what: str, ident: str) -> None:
        super().__init__(f"No {what} with id {ident} exists in this record.")
        self.what = what
        self.ident = ident

    def __str__(self) -> str:
        return str(self.args[0])


def __getattr__(name: str) -> type[Exception]:
    # Imported lazily: documents.py imports this module.
    if name == "DocumentIntegrityError":
        from .documents import DocumentIntegrityError

        return DocumentIntegrityError
    raise AttributeError(name)


__all__ = [
    "DocumentIntegrityError",
    "CorruptStoreError", "KeyFileError", "LockedError", "NotFoundError",
    "RecoveryKeyFormatError", "StoreError", "StoreExistsError", "StoreMissingError",
    "ValidationError",
]
