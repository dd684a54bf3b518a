"""Where things live: the data directory and environment overrides."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

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


def resolve_data_dir(arg: str | os.PathLike[str] | None) -> Path:
    return Path(arg).expanduser() if arg else default_data_dir()
