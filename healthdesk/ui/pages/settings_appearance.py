"""Theme and text size for the whole application, and the languages we can offer.

``apply_appearance`` is called by the Settings page when a choice changes and at
start-up with the saved preferences. "system" gives back exactly what Qt chose before
we touched anything (style, palette and font are remembered on first use).
"""

from __future__ import annotations

from ..i18n import LANGUAGE_NAMES, has_translation
from ..qt import QT_TRANSLATE_NOOP, QApplication, QColor, QFont, QPalette

# Shown through QCoreApplication.translate("Appearance", label).
THEMES = (("system", QT_TRANSLATE_NOOP("Appearance", "Same as this computer")),
          ("light", QT_TRANSLATE_NOOP("Appearance", "Light")),
          ("dark", QT_TRANSLATE_NOOP("Appearance", "Dark")),
          ("high-contrast", QT_TRANSLATE_NOOP("Appearance", "High contrast")))
__all__ = ["LANGUAGE_NAMES", "THEMES", "apply_appearance", "available_languages"]

_defaults: dict[int, tuple[str, QPalette, QFont]] = {}
_applied: dict[int, tuple[str, int]] = {}


def _palette(colors: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    pal = QPalette()
    for role, color in colors.items():
        pal.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return pal


def dark_palette() -> QPalette:
    """Fusion's colours turned dark, with enough contrast for body text (WCAG AA)."""
    r = QPalette.ColorRole
    return _palette({
        r.Window: "#202124", r.WindowText: "#ECECEC", r.Base: "#2B2D31",
        r.AlternateBase: "#33363B", r.ToolTipBase: "#303134", r.ToolTipText: "#ECECEC",
        r.Text: "#ECECEC", r.Button: "#2D2F33", r.ButtonText: "#ECECEC",
        r.BrightText: "#FF6B6B", r.Link: "#8AB4F8", r.Highlight: "#3D6FB6",
        r.HighlightedText: "#FFFFFF", r.PlaceholderText: "#A0A4AA", r.Mid: "#44474C",
        r.Dark: "#111214", r.Light: "#3A3D42", r.Shadow: "#000000",
    }, "#7A7E85")


def light_palette() -> QPalette:
    r = QPalette.ColorRole
    return _palette({
        r.Window: "#F4F5F7", r.WindowText: "#1B1C1E", r.Base: "#FFFFFF",
        r.AlternateBase: "#F0F2F5", r.ToolTipBase: "#FFFFE8", r.ToolTipText: "#1B1C1E",
        r.Text: "#1B1C1E", r.Button: "#E9EBEE", r.ButtonText: "#1B1C1E",
        r.BrightText: "#B3261E", r.Link: "#1A5FB4", r.Highlight: "#2F6FCF",
        r.HighlightedText: "#FFFFFF", r.PlaceholderText: "#6B6F76", r.Mid: "#B8BCC2",
        r.Dark: "#9A9EA5", r.Light: "#FFFFFF", r.Shadow: "#5A5D62",
    }, "#8E9298")


def high_contrast_palette() -> QPalette:
    """White on black with yellow selection and links: WCAG AAA (over 7:1) everywhere,
    for low vision; disabled text stays readable (grey over 4.5:1)."""
    r = QPalette.ColorRole
    return _palette({
        r.Window: "#000000", r.WindowText: "#FFFFFF", r.Base: "#000000",
        r.AlternateBase: "#1A1A1A", r.ToolTipBase: "#000000", r.ToolTipText: "#FFFFFF",
        r.Text: "#FFFFFF", r.Button: "#000000", r.ButtonText: "#FFFFFF",
        r.BrightText: "#FFFF00", r.Link: "#FFFF00", r.Highlight: "#FFFF00",
        r.HighlightedText: "#000000", r.PlaceholderText: "#C8C8C8", r.Mid: "#FFFFFF",
        r.Dark: "#FFFFFF", r.Light: "#FFFFFF", r.Shadow: "#FFFFFF",
    }, "#A6A6A6")


def apply_appearance(app: QApplication, theme: str = "system", text_size: int = 100) -> None:
    """Switch the style/palette and scale the application font (80-200 %), at once."""
    key = id(app)
    if key not in _defaults:
        _defaults[key] = (app.style().name(), QPalette(app.palette()), QFont(app.font()))
    if _applied.get(key, ("system", 100)) == (theme, text_size):
        return
    style_name, palette, font = _defaults[key]
    if theme == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setStyle("Fusion")
        app.setPalette(light_palette())
    elif theme == "high-contrast":
        app.setStyle("Fusion")
        app.setPalette(high_contrast_palette())
    else:
        app.setStyle(style_name)
        app.setPalette(palette)
    scaled = QFont(font)
    size = min(max(int(text_size), 80), 200)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * size / 100)
    elif font.pixelSize() > 0:
        scaled.setPixelSize(round(font.pixelSize() * size / 100))
    app.setFont(scaled)
    _applied[key] = (theme, text_size)


def applied_appearance(app: QApplication) -> tuple[str, int]:
    """What ``apply_appearance`` last set on ``app`` (("system", 100) if never)."""
    return _applied.get(id(app), ("system", 100))


def available_languages() -> list[tuple[str, str]]:
    """English, plus every language whose translation can be loaded, each named in its
    own script (a Hindi reader looks for हिन्दी, not "Hindi")."""
    return [(code, name) for code, name in LANGUAGE_NAMES.items() if has_translation(code)]
