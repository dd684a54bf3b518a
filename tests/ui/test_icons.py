"""Icons come from the SVGs in resources/, tinted to the palette, sharp on high-DPI screens."""

from __future__ import annotations

import pytest

from healthdesk.ui import icons
from healthdesk.ui.main_window import PAGES
from healthdesk.ui.qt import QColor


def test_every_sidebar_page_has_an_icon() -> None:
    assert {p.lower() for p in PAGES} <= set(icons.names())


@pytest.mark.parametrize("name", icons.names())
def test_icon_renders_in_the_asked_colour_at_double_density(qapp, name: str) -> None:
    pm = icons.pixmap(name, 20, "#c00000", scale=2.0)
    assert (pm.width(), pm.height()) == (40, 40)
    assert pm.devicePixelRatio() == 2.0
    image = pm.toImage()
    inked = [QColor(image.pixel(x, y)) for x in range(40) for y in range(40)
             if QColor.fromRgba(image.pixel(x, y)).alpha() > 200]
    assert inked, f"{name} drew nothing"
    assert all(c.red() > 150 and c.green() < 60 and c.blue() < 60 for c in inked)


def test_sidebar_shows_icons_and_redraws_them_for_a_dark_theme(window, qapp) -> None:
    item = window.sidebar.item(0)
    assert not item.icon().isNull()
    before = item.icon().pixmap(20, 20).toImage()
    from healthdesk.ui.pages.settings import apply_appearance
    apply_appearance(qapp, "dark", 100)
    try:
        qapp.processEvents()
        after = window.sidebar.item(0).icon().pixmap(20, 20).toImage()
        assert before != after
    finally:
        apply_appearance(qapp, "light", 100)


def test_application_has_a_window_icon(qapp) -> None:
    assert not icons.app_icon().isNull()
    assert not icons.app_icon().pixmap(64, 64).isNull()


def test_selected_rows_draw_their_icon_in_the_highlighted_text_colour(qapp) -> None:
    from healthdesk.ui.qt import QIcon, QPalette, QWidget

    w = QWidget()
    pal = w.palette()
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    w.setPalette(pal)
    ic = icons.icon("today", widget=w)
    image = ic.pixmap(24, 24, QIcon.Mode.Selected).toImage()
    inked = [QColor.fromRgba(image.pixel(x, y)) for x in range(24) for y in range(24)
             if QColor.fromRgba(image.pixel(x, y)).alpha() > 200]
    assert inked and all(c.red() > 200 for c in inked)


def test_an_icon_is_drawn_when_first_shown_once_per_size(qapp, monkeypatch) -> None:
    """Start-up (issue 19) builds ~11 icons; drawing 24 variants of each up front cost
    ~25 ms, so each size is drawn when Qt first asks for it, and kept."""
    from healthdesk.ui.qt import QIcon

    drawn: list[tuple[str, int, float]] = []
    real = icons.pixmap

    def counting(name: str, size: int, color: object, scale: float = 1.0):  # type: ignore[no-untyped-def]
        drawn.append((name, size, scale))
        return real(name, size, color, scale)  # type: ignore[arg-type]

    monkeypatch.setattr(icons, "pixmap", counting)
    ic = icons.icon("today", color="#c00000")
    assert drawn == []
    first = ic.pixmap(48, 48).toImage()
    assert drawn == [("today", 48, 1.0)]
    assert ic.pixmap(48, 48).toImage() == first and len(drawn) == 1
    assert (first.width(), first.height()) == (48, 48)
    disabled = ic.pixmap(48, 48, QIcon.Mode.Disabled).toImage()
    assert disabled != first and len(drawn) == 2
