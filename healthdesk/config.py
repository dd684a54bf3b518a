"""Where things live: the data directory and environment overrides."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from healthdesk.domain.errors import ValidationError

APP_NAME = "HealthDesk"
ENV_DATA_DIR = "HEALTHDESK_DATA_DIR"
ENV_PASSPHRASE = "HEALTHDESK_PASSPHRASE"


def default_data_dir() -> Path:
    """``$HEALTHDESK_DATA_DIR`` if set, else the platform's user data dir
    (``~/.local/share/HealthDesk`` on Linux, ``%LOCALAPPDATA%\\HealthDesk`` on Windows,
    ``~/Library/Application Support/HealthDesk`` on macOS)."""
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def given_passphrase(passphrase_file: str | None) -> str | None:
    """The passphrase from ``--passphrase-file``, else ``$HEALTHDESK_PASSPHRASE``, else None.

    Here rather than in the CLI because the desktop app's start honours them too."""
    if passphrase_file:
        try:
            text = Path(passphrase_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise ValidationError(
                "passphrase-file",
                f"The passphrase file {passphrase_file} cannot be read ({exc.strerror}).",
            ) from None
        # Only the line ending is dropped: spaces inside or around a passphrase are part of it.
        return text.rstrip("\r\n")
    env = os.environ.get(ENV_PASSPHRASE)
    return env if env else None


def resolve_data_dir(arg: str | os.PathLike[str] | None) -> Path:
    return Path(arg).expanduser() if arg else default_data_dir()
