"""Theme and text size for the whole application, and the languages we can offer.

``apply_appearance`` is called by the Settings page when a choice changes and at
start-up with the saved preferences. "system" gives back exactly what Qt chose before
we touched anything (style, palette and font are remembered on first use).
"""

from __future__ import annotations

from pathlib import Path

from ..qt import QApplication, QColor, QCoreApplication, QFont, QPalette

THEMES = (("system", "Same as this computer"), ("light", "Light"), ("dark", "Dark"))
LANGUAGE_NAMES = {
    "en": "English",
    "hi": "\u0939\u093f\u0928\u094d\u0926\u0940 (Hindi)",
    "ta": "\u0ba4\u0bae\u0bbf\u0bb4\u0bcd (Tamil)",
}

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


def apply_appearance(app: QApplication, theme: str = "system", text_size: int = 100) -> None:
    """Switch the style/palette and scale the application font (80-200 %), at once."""
    key = id(app)
    if key not in _defaults:
        _defaults[key] = (app.style().name(), QPalette(app.palette()), QFont(app.font()))
    if _applied.get(key, ("system", 100)) == (theme, text_size):
        return
    style_name, palette, font = _defaults[key]
    if theme == "dark":
        app.setStyle(QCoreApplication.translate("SettingsAppearance", "Fusion"))
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setStyle(QCoreApplication.translate("SettingsAppearance", "Fusion"))
        app.setPalette(light_palette())
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


def _translation_dirs() -> list[Path]:
    from ..i18n import translations_dir

    return [translations_dir()]


def available_languages() -> list[tuple[str, str]]:
    """English, plus every language whose compiled translation (.qm) is installed."""
    found = [("en", LANGUAGE_NAMES["en"])]
    for code, name in LANGUAGE_NAMES.items():
        if code != "en" and any((d / f"healthdesk_{code}.qm").is_file()
                                for d in _translation_dirs()):
            found.append((code, name))
    return found
