"""Fonts for Devanagari and Tamil, found on this computer (no Qt, no matplotlib here).

HealthDesk ships no fonts. Latin text is set in DejaVu Sans (matplotlib's copy); Hindi
and Tamil need a font with their glyphs and shaping tables: Noto Sans Devanagari and
Noto Sans Tamil (Debian/Ubuntu: ``fonts-noto-core``), else the ones Windows
(Nirmala UI) and macOS (Kohinoor, Tamil Sangam) ship. The PDF pages (interop.pdf_layout)
embed the files found here; the charts (ui.chart_fonts) give matplotlib their names.
When a script has no font, :func:`warn_missing` says so once per process.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

#: ISO 15924 script code -> (regular, bold) file names, best first.
CANDIDATES: dict[str, tuple[tuple[str, str | None], ...]] = {
    "deva": (("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
             ("NotoSansDevanagariUI-Regular.ttf", "NotoSansDevanagariUI-Bold.ttf"),
             ("Nirmala.ttf", "NirmalaB.ttf"), ("Lohit-Devanagari.ttf", None),
             ("Kohinoor.ttc", None)),
    "taml": (("NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf"),
             ("NotoSansTamilUI-Regular.ttf", "NotoSansTamilUI-Bold.ttf"),
             ("Nirmala.ttf", "NirmalaB.ttf"), ("Lohit-Tamil.ttf", None),
             ("Tamil Sangam MN.ttc", None)),
}
#: The family name matplotlib knows each script's first choice by.
FAMILIES = {"deva": "Noto Sans Devanagari", "taml": "Noto Sans Tamil"}
SCRIPT_NAMES = {"deva": "Devanagari (Hindi)", "taml": "Tamil"}
#: Where a script's characters live, to tell which fonts a text needs.
RANGES = {"deva": (0x0900, 0x097F), "taml": (0x0B80, 0x0BFF)}


@dataclass(frozen=True)
class ScriptFont:
    script: str
    regular: Path
    bold: Path | None


def font_dirs() -> list[Path]:
    """The folders a desktop keeps fonts in, the user's first."""
    home = Path.home()
    dirs = [Path(p) for p in os.environ.get("HEALTHDESK_FONT_DIRS", "").split(os.pathsep) if p]
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        dirs += [local / "Microsoft" / "Windows" / "Fonts", windir / "Fonts"]
    elif sys.platform == "darwin":
        dirs += [home / "Library" / "Fonts", Path("/Library/Fonts"),
                 Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental")]
    else:
        data = os.environ.get("XDG_DATA_HOME") or str(home / ".local" / "share")
        dirs += [Path(data) / "fonts", home / ".fonts", Path("/usr/local/share/fonts"),
                 Path("/usr/share/fonts")]
    return [d for d in dirs if d.is_dir()]


@lru_cache(maxsize=1)
def _index() -> dict[str, Path]:
    """File name -> path of every font file under the font folders (first one wins)."""
    found: dict[str, Path] = {}
    wanted = {name for options in CANDIDATES.values() for pair in options for name in pair
              if name}
    for folder in font_dirs():
        for root, _dirs, files in os.walk(folder):
            for name in files:
                if name in wanted and name not in found:
                    found[name] = Path(root) / name
    return found


def script_font(script: str) -> ScriptFont | None:
    """The best font file this computer has for ``script`` ("deva", "taml"), or None."""
    index = _index()
    for regular, bold in CANDIDATES[script]:
        if regular in index:
            return ScriptFont(script, index[regular], index.get(bold) if bold else None)
    return None


def scripts_in(text: str) -> set[str]:
    """The scripts of ``text`` that need a font of their own."""
    return {script for script, (lo, hi) in RANGES.items()
            if any(lo <= ord(ch) <= hi for ch in text)}


_warned: set[str] = set()


def warn_missing(script: str) -> None:
    """Say once per process that ``script`` cannot be shown, and what to install."""
    if script in _warned:
        return
    _warned.add(script)
    log.warning("No %s font is installed, so %s text shows as boxes or '?'. Install "
                "Noto Sans %s (Debian/Ubuntu: apt install fonts-noto-core).",
                SCRIPT_NAMES[script], SCRIPT_NAMES[script],
                "Devanagari" if script == "deva" else "Tamil")
