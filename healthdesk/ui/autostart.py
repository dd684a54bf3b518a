"""Start HealthDesk at login, in the background (tray and reminders only, until unlocked).

Each system has its own place, and the entry there is the setting (no preference to fall
out of step with it):

* Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/healthdesk.desktop``
  (freedesktop.org Desktop Application Autostart spec);
* macOS: a LaunchAgent, ``~/Library/LaunchAgents/org.healthdesk.HealthDesk.plist`` with
  ``RunAtLoad`` (launchd.plist(5));
* Windows: the value ``HealthDesk`` under the per-user ``Run`` key
  (``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``), through ``winreg``.

What each entry holds is built by plain functions (``desktop_entry``, ``launch_agent``,
``run_value``) so it is tested on any system; only the write differs.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

FILE_NAME = "healthdesk.desktop"
AGENT_LABEL = "org.healthdesk.HealthDesk"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "HealthDesk"
#: The start mode a login entry asks for (see app/start.py).
BACKGROUND = "--background"


def _system() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "xdg" if os.name == "posix" else "none"


def supported() -> bool:
    return _system() != "none"


def arguments() -> list[str]:
    """How to start the app in the background: the installed ``healthdesk`` command, else
    this Python with ``-m healthdesk`` (a frozen build is its own executable)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "gui", BACKGROUND]
    found = shutil.which("healthdesk")
    head = [found] if found else [sys.executable, "-m", "healthdesk"]
    return [*head, "gui", BACKGROUND]


def command() -> str:
    """The command line for an XDG ``Exec=`` key."""
    return " ".join(shlex.quote(a) for a in arguments())


def windows_command(args: list[str]) -> str:
    """A Windows command line (the Run key's value): quoted by Windows' own rules."""
    return subprocess.list2cmdline(args)


def entry_path(system: str | None = None) -> Path:
    """Where the entry lives (on Windows, a description of the registry value)."""
    system = system or _system()
    if system == "macos":
        return Path.home() / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"
    if system == "windows":
        return Path("HKEY_CURRENT_USER") / RUN_KEY / RUN_VALUE
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / FILE_NAME


def desktop_entry(args: list[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=HealthDesk",
        "Comment=Medicine reminders and your health record",
        "Exec=" + " ".join(shlex.quote(a) for a in args),
        "Icon=healthdesk",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def launch_agent(args: list[str]) -> bytes:
    """The LaunchAgent plist: run once at login, not kept alive (quitting means quit)."""
    return plistlib.dumps({"Label": AGENT_LABEL, "ProgramArguments": args,
                           "RunAtLoad": True, "KeepAlive": False,
                           "ProcessType": "Interactive"})


def run_value(args: list[str]) -> tuple[str, str, str]:
    """(key under HKEY_CURRENT_USER, value name, command line) for the Run key."""
    return RUN_KEY, RUN_VALUE, windows_command(args)


def is_enabled() -> bool:
    if _system() == "windows":
        return _windows_read() is not None
    return entry_path().is_file()


def set_enabled(on: bool) -> Path:
    """Write (or remove) the login entry; returns where it is. Raises OSError."""
    system = _system()
    path = entry_path(system)
    if system == "windows":
        _windows_write(on)
        return path
    if not on:
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    data = (launch_agent(arguments()) if system == "macos"
            else desktop_entry(arguments()).encode("utf-8"))
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path


def _windows_read() -> str | None:  # pragma: no cover - Windows only
    import winreg  # type: ignore[import-not-found,unused-ignore]

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER,
                RUN_KEY) as key:  # type: ignore[attr-defined,unused-ignore]
            value, _kind = winreg.QueryValueEx(key,
                    RUN_VALUE)  # type: ignore[attr-defined,unused-ignore]
    except OSError:
        return None
    return str(value)


def _windows_write(on: bool) -> None:  # pragma: no cover - Windows only
    import winreg  # type: ignore[import-not-found,unused-ignore]

    key_path, name, line = run_value(arguments())
    access = winreg.KEY_SET_VALUE  # type: ignore[attr-defined,unused-ignore]
    with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key_path, 0,
            access) as key:  # type: ignore[attr-defined,unused-ignore]
        if on:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ,
                    line)  # type: ignore[attr-defined,unused-ignore]
        else:
            try:
                winreg.DeleteValue(key, name)  # type: ignore[attr-defined,unused-ignore]
            except FileNotFoundError:
                pass
