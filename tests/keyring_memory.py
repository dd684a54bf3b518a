"""An in-memory keyring backend, for the tests only (the app never uses it).

It lets "Remember on this device" be exercised end to end without touching the person's
real OS keyring. Secrets live in a dict inside this process only: nothing is written to
disk, and everything is gone when the process exits (or the instance is dropped). That is
why :class:`healthdesk.store.keyring_store.DeviceKeyring` treats it as available, unlike
keyrings that keep plaintext in a file.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

__all__ = ["MemoryKeyring"]


class MemoryKeyring(KeyringBackend):
    """In-process, in-memory keyring (not persisted; not plaintext on disk).

    Its priority is negative so that keyring's automatic backend detection never picks it
    (defining this class registers it with ``keyring``): it is used only when passed in
    explicitly.
    """

    priority = -5  # type: ignore[assignment]  # below fail (0) and null (-1): never auto-selected
    in_memory = True

    def __init__(self) -> None:
        super().__init__()
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._secrets[(service, username)]
        except KeyError:
            raise PasswordDeleteError("No such password in the in-memory keyring") from None

    def __repr__(self) -> str:
        return f"<MemoryKeyring (in-memory, {len(self._secrets)} entries)>"
