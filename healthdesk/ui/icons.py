"""Line icons drawn as SVG (resources/icons), tinted to the palette, sharp at any DPI.

The SVGs use ``currentColor``; Qt's SVG reader does not know the widget's text colour, so
each icon is rendered with the colour substituted, at the size and screen density asked
for, when it is first drawn (``TintedIconEngine``): drawing all 24 variants of every
sidebar and menu icon up front was ~25 ms of a start (issue 19). Rendering goes through
the image-format plugin, so start-up needs no QtSvg import.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

from .qt import (
    QApplication,
    QColor,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
    QRect,
    QSize,
    QStyleOption,
    QWidget,
)

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


class TintedIconEngine(QIconEngine):
    """One SVG icon in a colour (and the highlighted-text colour when selected), drawn
    at each size and density the first time Qt asks for it, then kept."""

    def __init__(self, name: str, color: QColor, selected: QColor) -> None:
        super().__init__()
        self._name = name
        self._color = QColor(color)
        self._selected = QColor(selected)
        self._drawn: dict[tuple[int, int, float, QIcon.Mode], QPixmap] = {}

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        key = (side, side, scale, mode)
        found = self._drawn.get(key)
        if found is None:
            color = self._selected if mode == QIcon.Mode.Selected else self._color
            found = pixmap(self._name, side, color, scale)
            if mode == QIcon.Mode.Disabled:
                style = QApplication.style()
                if style is not None:
                    found = style.generatedIconPixmap(mode, found, QStyleOption())
            self._drawn[key] = found
        return found

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(s, s) for s in SIZES]

    def clone(self) -> QIconEngine:
        return TintedIconEngine(self._name, self._color, self._selected)


def icon(name: str, color: QColor | str | None = None, widget: QWidget | None = None) -> QIcon:
    """An icon in the text colour of ``widget`` (or the application), or ``color``.

    Selected items (a highlighted sidebar row) get the highlighted-text colour, so the
    icon stays readable on the selection.
    """
    palette = widget.palette() if widget is not None else QPalette()
    if color is None:
        color = palette.color(QPalette.ColorRole.WindowText)
    selected = palette.color(QPalette.ColorRole.HighlightedText)
    _svg(name)  # a missing file fails here, where the icon is asked for
    return QIcon(TintedIconEngine(name, QColor(color), selected))


def app_icon() -> QIcon:
    """The window and tray icon (full colour, not tinted)."""
    path = resources_dir() / "healthdesk.svg"
    return QIcon(str(path))
