"""Getting a passphrase without ever echoing or logging it.

Order, as restic and borg do it: ``--passphrase-file``, then ``$HEALTHDESK_PASSPHRASE``,
then the terminal. With no terminal and neither of the others, the store stays locked.
"""

from __future__ import annotations

import getpass
import sys

from healthdesk.config import ENV_PASSPHRASE, given_passphrase
from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
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
            _("The store is locked: give the passphrase with --passphrase-file or "
              "{env_passphrase}, or run this in a terminal.").format(env_passphrase=ENV_PASSPHRASE)
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
            _("A new {what} is needed: give it with --passphrase-file or {env_passphrase}, or "
              "run this in a terminal.").format(what=what, env_passphrase=ENV_PASSPHRASE),
        )
    first = getpass.getpass(f"New {what} (at least 8 characters): ")
    second = getpass.getpass(f"Repeat the new {what}: ")
    if first != second:
        raise ValidationError(
            "passphrase", _("The two {what}s differ; nothing was changed.").format(
                                                what=what))
    return first
