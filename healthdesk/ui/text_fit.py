"""Tables that show whole values at any text size and in any language.

A "Stretch" column shares out the width the table has; with Tamil words at 200 % that
means "1 மாத்திரை 08:0…" — the dose and its time cut off. ``fit_tables`` makes every
column of every table on a page as wide as its contents (the table scrolls sideways
when they do not fit), never elides, and lets the last column take what is left.
"""

from __future__ import annotations

import re

from .qt import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGuiApplication,
    QHeaderView,
    QLayout,
    QScrollArea,
    Qt,
    QTableView,
    QWidget,
)


def fit_table(view: QTableView) -> None:
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setTextElideMode(Qt.TextElideMode.ElideNone)
    # Rows grow with the font, so 200 % text is not clipped top and bottom.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def fit_tables(root: QWidget) -> int:
    """Apply :func:`fit_table` to every table under ``root`` (and scale its fixed-size
    style sheets, see :func:`scale_style_sheets`); how many tables there were."""
    views = root.findChildren(QTableView)
    for view in views:
        fit_table(view)
    scale_style_sheets(root)
    return len(views)


def scrolling(layout: QLayout) -> QScrollArea:
    """``layout`` in a scroll area: a dialog whose form outgrows the screen (200 % text,
    long Tamil labels) scrolls instead of running off it."""
    body = QWidget()
    body.setLayout(layout)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(body)
    return area


def fit_to_screen(dialog: QWidget, share: float = 0.95) -> None:
    """Open ``dialog`` at its natural size, but no larger than the screen's free area."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    hint = dialog.sizeHint()
    dialog.resize(min(hint.width(), int(free.width() * share)),
                  min(hint.height(), int(free.height() * share)))


def text_factor() -> float:
    """Settings ▸ Text size as a factor (1.0 at 100 %)."""
    from .pages.settings_appearance import applied_appearance

    app = QApplication.instance()
    return applied_appearance(app)[1] / 100 if app is not None else 1.0  # type: ignore[arg-type]


def px(size: int) -> str:
    """A style sheet's pixel font size at the current text size: ``px(15)`` -> "30px"."""
    return f"{round(size * text_factor())}px"


_FONT_PX = re.compile(r"font-size:\s*(\d+)px")


def scale_style_sheets(root: QWidget) -> None:
    """Style sheets written with fixed ``font-size: Npx`` grow with the text size (they
    would otherwise stay at 100 % while everything else grows)."""
    factor = text_factor()
    if factor == 1.0:
        return
    for w in [root, *root.findChildren(QWidget)]:
        css = w.styleSheet()
        if css and "font-size" in css and not w.property("hd_scaled"):
            def grow(m: re.Match[str]) -> str:
                return f"font-size: {round(int(m.group(1)) * factor)}px"

            w.setStyleSheet(_FONT_PX.sub(grow, css))
            w.setProperty("hd_scaled", True)
