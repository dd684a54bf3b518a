"""Errors the domain raises; every layer above shows them as they are."""

from __future__ import annotations


class ValidationError(ValueError):
    """Bad input for one field. ``str(err)`` is a sentence fit to show a user.

    ``field`` names the offending field (``"systolic"``, ``"dose"``...) so the UI can
    put the message next to it; the message itself names the field and the allowed range.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        return self.message
