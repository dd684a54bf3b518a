"""Start HealthDesk at login: an XDG autostart entry on Linux (freedesktop.org spec).

The entry is the setting: its presence in ``$XDG_CONFIG_HOME/autostart`` is what the
desktop reads, so there is no preference to fall out of step with it. Other systems
(Windows' Run key, macOS login items) are not handled yet: ``supported()`` says so and
the Settings page hides the choice there.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

FILE_NAME = "healthdesk.desktop"


def supported() -> bool:
    return sys.platform.startswith("linux")


def entry_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / FILE_NAME


def command() -> str:
    """How to start the app: the installed ``healthdesk`` command, else this Python."""
    found = shutil.which("healthdesk")
    return shlex.quote(found) if found else f"{shlex.quote(sys.executable)} -m healthdesk"


def is_enabled() -> bool:
    return entry_path().is_file()


def set_enabled(on: bool) -> Path:
    """Write (or remove) the autostart entry; returns its path. Raises OSError."""
    path = entry_path()
    if not on:
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=HealthDesk",
        "Comment=Medicine reminders and your health record",
        f"Exec={command()}",
        "Icon=healthdesk",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path
