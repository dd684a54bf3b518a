"""Line icons drawn as SVG (resources/icons), tinted to the palette, sharp at any DPI.

The SVGs use ``currentColor``; Qt's SVG reader does not know the widget's text colour, so
each icon is rendered with the colour substituted, at 1x, 2x and 3x of the sizes the UI
uses. Rendering goes through the image-format plugin, so start-up needs no QtSvg import.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

from .qt import QColor, QIcon, QPalette, QPixmap, QWidget

SIZES = (16, 20, 24, 32)
SCALES = (1, 2, 3)


def resources_dir() -> Path:
    """The checkout's resources/, a PyInstaller build's copy, or the installed package."""
    source = Path(__file__).resolve().parents[2] / "resources"
    if (source / "icons").is_dir():
        return source
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and (Path(frozen) / "resources" / "icons").is_dir():
        return Path(frozen) / "resources"
    spec = importlib.util.find_spec("healthdesk.resources")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("HealthDesk's resources are missing from this installation")
    return Path(next(iter(spec.submodule_search_locations)))


@functools.cache
def _svg(name: str) -> str:
    return (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")


def names() -> list[str]:
    return sorted(p.stem for p in (resources_dir() / "icons").glob("*.svg"))


def pixmap(name: str, size: int, color: QColor | str, scale: float = 1.0) -> QPixmap:
    """``name`` drawn ``size`` logical pixels square in ``color``, for a ``scale`` screen."""
    pixels = max(1, round(size * scale))
    hex_color = QColor(color).name()
    text = (_svg(name).replace("currentColor", hex_color)
            .replace('width="24" height="24"', f'width="{pixels}" height="{pixels}"'))
    out = QPixmap()
    if not out.loadFromData(text.encode("utf-8"), "SVG"):
        raise RuntimeError(f"icon {name!r} could not be drawn (is Qt's SVG plugin installed?)")
    out.setDevicePixelRatio(scale)
    return out


def icon(name: str, color: QColor | str | None = None, widget: QWidget | None = None) -> QIcon:
    """An icon in the text colour of ``widget`` (or the application), or ``color``.

    Selected items (a highlighted sidebar row) get the highlighted-text colour, so the
    icon stays readable on the selection.
    """
    palette = widget.palette() if widget is not None else QPalette()
    if color is None:
        color = palette.color(QPalette.ColorRole.WindowText)
    selected = palette.color(QPalette.ColorRole.HighlightedText)
    out = QIcon()
    for size in SIZES:
        for scale in SCALES:
            out.addPixmap(pixmap(name, size, color, scale))
            out.addPixmap(pixmap(name, size, selected, scale), QIcon.Mode.Selected)
    return out


def app_icon() -> QIcon:
    """The window and tray icon (full colour, not tinted)."""
    path = resources_dir() / "healthdesk.svg"
    return QIcon(str(path))
