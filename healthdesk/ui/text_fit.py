"""Tables that show whole values at any text size and in any language.

A "Stretch" column shares out the width the table has; with Tamil words at 200 % that
means "1 மாத்திரை 08:0…" — the dose and its time cut off. ``fit_tables`` makes every
column of every table on a page as wide as its contents (the table scrolls sideways
when they do not fit), never elides, and lets the last column take what is left.
"""

from __future__ import annotations

from .qt import (
    QAbstractItemView,
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
    """Apply :func:`fit_table` to every table under ``root``; how many there were."""
    views = root.findChildren(QTableView)
    for view in views:
        fit_table(view)
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
