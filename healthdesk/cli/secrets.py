"""Getting a passphrase without ever echoing or logging it.

Order, as restic and borg do it: ``--passphrase-file``, then ``$HEALTHDESK_PASSPHRASE``,
then the terminal. With no terminal and neither of the others, the store stays locked.
"""

from __future__ import annotations

import getpass
import sys

from healthdesk.config import ENV_PASSPHRASE, given_passphrase
from healthdesk.domain.errors import ValidationError
from healthdesk.services.errors import LockedError


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask_passphrase(passphrase_file: str | None, prompt: str = "Passphrase: ") -> str:
    """An existing store's passphrase. Raises LockedError when there is no way to ask."""
    given = given_passphrase(passphrase_file)
    if given is not None:
        return given
    if not _interactive():
        raise LockedError(
            "The store is locked: give the passphrase with --passphrase-file or "
            f"{ENV_PASSPHRASE}, or run this in a terminal."
        )
    return getpass.getpass(prompt)


def ask_new_passphrase(passphrase_file: str | None, what: str = "passphrase") -> str:
    """A new passphrase, typed twice on a terminal."""
    given = given_passphrase(passphrase_file)
    if given is not None:
        return given
    if not _interactive():
        raise ValidationError(
            "passphrase",
            f"A new {what} is needed: give it with --passphrase-file or {ENV_PASSPHRASE}, "
            "or run this in a terminal.",
        )
    first = getpass.getpass(f"New {what} (at least 8 characters): ")
    second = getpass.getpass(f"Repeat the new {what}: ")
    if first != second:
        raise ValidationError("passphrase", f"The two {what}s differ; nothing was changed.")
    return first
