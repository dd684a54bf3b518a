"""Chart colours that follow the window's theme and survive colour-vision deficiencies.

Series and category colours come from the Okabe–Ito palette (Okabe & Ito, "Color
Universal Design", 2008), chosen so its colours stay apart for protanopia, deuteranopia
and tritanopia; every category also has a shape and its name, so colour is never the
only sign. Figure, axes, text and grid colours are read from the Qt palette, so a dark
or high-contrast theme gets a dark or black chart instead of a white box.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from healthdesk.domain.ranges import Category

from .qt import QApplication, QColor, QPalette

OKABE_ITO = {
    "orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73",
    "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7", "black": "#000000",
}
#: Category -> marker colour: blue family below the range, green in it, orange to purple
#: above, the order of the levels kept as the order of lightness.
CATEGORY_DOTS: dict[Category | None, str] = {
    Category.VERY_LOW: OKABE_ITO["blue"], Category.LOW: OKABE_ITO["sky_blue"],
    Category.NORMAL: OKABE_ITO["bluish_green"], Category.ELEVATED: OKABE_ITO["orange"],
    Category.HIGH: OKABE_ITO["vermillion"], Category.VERY_HIGH: "#A33A0B",
    Category.CRISIS: OKABE_ITO["reddish_purple"], None: "#8C8C8C",
}
#: A shape per category, shown beside its name in tables and legends: ▼ below the range,
#: ● in it, ▲ above it (more marks, further out).
CATEGORY_SHAPES: dict[Category | None, str] = {
    Category.VERY_LOW: "▼▼", Category.LOW: "▼", Category.NORMAL: "●",
    Category.ELEVATED: "▲", Category.HIGH: "▲▲", Category.VERY_HIGH: "▲▲▲",
    Category.CRISIS: "▲▲▲", None: "○",
}
#: The two lines of a two-part reading (systolic, diastolic) are greys of two lightnesses,
#: solid and dashed, with round and square markers: the colours stay for the categories,
#: and lightness, line style and shape read the same with any colour vision.
SERIES_LIGHT = ("#333333", "#777777")
SERIES_DARK = ("#E6E6E6", "#A6A6A6")


@dataclass(frozen=True)
class ChartColours:
    background: str
    text: str
    muted: str
    grid: str
    series: tuple[str, str]
    band: tuple[str, str]
    note_fill: str
    note_edge: str
    marker_edge: str
    dark: bool


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or _app_palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def _app_palette() -> QPalette:
    app = QApplication.instance()
    return app.palette() if app is not None else QPalette()  # type: ignore[attr-defined]


def chart_colours(palette: QPalette | None = None) -> ChartColours:
    """The colours a chart uses under ``palette`` (default: the application's)."""
    pal = palette or _app_palette()
    dark = is_dark(pal)
    base = pal.color(QPalette.ColorRole.Base)
    text = pal.color(QPalette.ColorRole.Text)
    mix = QColor((base.red() + text.red()) // 2, (base.green() + text.green()) // 2,
                 (base.blue() + text.blue()) // 2)
    grid = QColor((base.red() * 4 + text.red()) // 5, (base.green() * 4 + text.green()) // 5,
                  (base.blue() * 4 + text.blue()) // 5)
    return ChartColours(
        background=base.name(), text=text.name(), muted=mix.name(), grid=grid.name(),
        series=SERIES_DARK if dark else SERIES_LIGHT,
        band=(OKABE_ITO["bluish_green"], OKABE_ITO["sky_blue"]),
        note_fill=pal.color(QPalette.ColorRole.ToolTipBase).name(),
        note_edge=mix.name(), marker_edge=base.name(), dark=dark)


def font_points(factor: float = 1.0) -> float:
    """The window's text size in points (Settings ▸ Text size scales it), for chart text."""
    app = QApplication.instance()
    size = app.font().pointSizeF() if app is not None else -1.0  # type: ignore[attr-defined]
    return (size if size > 0 else 10.0) * factor


def style_axes(figure: Any, ax: Any, colours: ChartColours) -> None:
    """Figure and axes in the theme's colours (background, ticks, spines, labels, grid)
    and the window's text size."""
    figure.set_facecolor(colours.background)
    ax.set_facecolor(colours.background)
    ax.tick_params(colors=colours.text, labelcolor=colours.text, labelsize=font_points())
    for spine in ax.spines.values():
        spine.set_color(colours.muted)
    ax.yaxis.label.set_color(colours.text)
    ax.xaxis.label.set_color(colours.text)
    ax.grid(True, color=colours.grid, lw=0.8)
    ax.yaxis.label.set_fontsize(font_points(1.1))
    for title in (ax.title, ax._left_title, ax._right_title):  # centre, loc="left", "right"
        title.set_color(colours.text)
        title.set_fontsize(font_points())


def category_cell_colours(level: Category | str | None,
                          palette: QPalette | None = None) -> tuple[str | None, str]:
    """(background, text) of a category cell: the light tint and dark text in a light
    theme; in a dark or high-contrast one no fill, and the category's colour as text
    (every Okabe–Ito colour but blue reads on black; blue gets sky blue)."""
    key = None if level is None else Category(level)
    if not is_dark(palette):
        from .widgets import CATEGORY_TONES, TONES

        background, foreground = TONES[CATEGORY_TONES[key]][:2]
        return background, foreground
    colour = CATEGORY_DOTS[key]
    if colour in (OKABE_ITO["blue"], "#A33A0B"):
        colour = OKABE_ITO["sky_blue"] if key is Category.VERY_LOW else OKABE_ITO["vermillion"]
    return None, colour


def with_shape(level: Category | str | None, label: str) -> str:
    """``"▲▲ High blood pressure (stage 1)"``: the category's shape before its name."""
    key = None if level is None else Category(level)
    return f"{CATEGORY_SHAPES[key]} {label}"
