"""Small shared widgets and formatting: badges, cards, field errors, time text.

Colour is never the only signal: every badge carries its words too, so a reading or a
dose state reads the same to someone who cannot tell green from red.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.ranges import Category

from .qt import (
    QColor,
    QCoreApplication,
    QFrame,
    QGuiApplication,
    QLabel,
    QMessageBox,
    QPainter,
    QPalette,
    QTimeZone,
    QVBoxLayout,
    QWidget,
)

#: Smallest body text size on every page (points): large enough to read without glasses.
BASE_POINTS = 11.0
MUTED = "#545B63"

# -- colours -----------------------------------------------------------------------------

#: tone -> (background, text, border); text on background passes WCAG AA contrast.
TONES: dict[str, tuple[str, str, str]] = {
    "good": ("#DCF5E3", "#14532D", "#2E7D4F"),
    "warn": ("#FFF1C2", "#6B4200", "#C98A00"),
    "alert": ("#FFE0CC", "#8A2C06", "#D9541A"),
    "danger": ("#FDDCDC", "#8B1010", "#C62828"),
    "info": ("#DCEBFF", "#0B3D91", "#2F6FD0"),
    "neutral": ("#ECEEF1", "#3A3F45", "#9AA1A9"),
}
#: reference-range category -> tone (normal green, elevated amber, high orange-red,
#: crisis/very low red, low blue, no range grey).
CATEGORY_TONES: dict[str | None, str] = {
    Category.NORMAL: "good", Category.ELEVATED: "warn", Category.HIGH: "alert",
    Category.VERY_HIGH: "alert", Category.CRISIS: "danger", Category.VERY_LOW: "danger",
    Category.LOW: "info", None: "neutral",
}
#: dose state -> tone.
DOSE_TONES = {"upcoming": "neutral", "due": "warn", "late": "alert", "missed": "danger",
              "taken": "good", "skipped": "neutral", "snoozed": "info"}


def category_colour(level: Category | str | None) -> str:
    """The strong colour of a category (for chart lines and markers)."""
    key = None if level is None else Category(level)
    return TONES[CATEGORY_TONES[key]][2]


# -- widgets -----------------------------------------------------------------------------


def body_points() -> float:
    """The body text size: the system's, but never below BASE_POINTS."""
    return max(QGuiApplication.font().pointSizeF(), BASE_POINTS)


def set_point_size(widget: QWidget, points: float, bold: bool | None = None) -> QWidget:
    """Set a widget's text size in points (and weight); returns the widget for chaining.

    Use absolute sizes (``body_points() + 2``): a widget's own font is not yet inherited
    when it is built, and style sheets cut font inheritance, so this module avoids them
    except on badges, which name their size.
    """
    font = widget.font()
    font.setPointSizeF(max(points, 1.0))
    if bold is not None:
        font.setBold(bold)
    widget.setFont(font)
    return widget


class ReloadWhenShown:
    """Mixin for pages (listed before the Qt base): a change while the page is hidden
    only marks it stale, and the next show reloads it, so hidden pages cost no queries.
    The page provides ``reload()``, which must set ``self._dirty = False``."""

    _dirty = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)  # type: ignore[misc]
        if self._dirty:
            self.reload()  # type: ignore[attr-defined]

    def mark_stale(self) -> None:
        self._dirty = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.reload()  # type: ignore[attr-defined]


class Badge(QLabel):
    """A rounded label in a tone; the text is what it means, the colour a second cue."""

    def __init__(self, text: str = "", tone: str = "neutral", parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.tone = tone
        self.set_badge(text, tone)

    def set_badge(self, text: str, tone: str = "neutral") -> None:
        bg, fg, border = TONES.get(tone, TONES["neutral"])
        self.tone = tone
        self.setText(text)
        self.setAccessibleName(text)
        self.setStyleSheet(
            f"QLabel {{ background: {bg}; color: {fg}; border: 1px solid {border};"
            f" border-radius: 9px; padding: 2px 10px; font-weight: 600;"
            f" font-size: {body_points() - 0.5:g}pt; }}")
        self.setVisible(bool(text))


class CategoryBadge(Badge):
    """A reference-range category, e.g. a green "Normal" or a red "Hypertensive crisis"."""

    def set_category(self, level: Category | str | None, label: str | None = None) -> None:
        key = None if level is None else Category(level)
        text = label or (key.label if key is not None else "No reference range")
        self.set_badge(text, CATEGORY_TONES[key])


class FieldError(QLabel):
    """The red sentence under an input saying what is wrong with it; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        _text_colour(self, TONES["danger"][1])
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setAccessibleName(self.tr("Error"))
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))

    def clear_message(self) -> None:
        self.show_message("")


class FormErrors:
    """Route a ValidationError to the FieldError of the input it names."""

    def __init__(self, general: FieldError) -> None:
        self.general = general
        self._fields: dict[str, tuple[QWidget, FieldError]] = {}

    def wrap(self, field: str, widget: QWidget, *aliases: str) -> QWidget:
        """A container holding ``widget`` with its error label below, for a form row."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        label = FieldError()
        lay.addWidget(label)
        for name in (field, *aliases):
            self._fields[name] = (widget, label)
        return box

    def register(self, field: str, widget: QWidget, label: FieldError) -> None:
        self._fields[field] = (widget, label)

    def clear(self) -> None:
        self.general.clear_message()
        for widget, label in self._fields.values():
            label.clear_message()
            widget.setAccessibleDescription("")

    def show(self, err: ValidationError) -> None:
        """Show the message next to its field (or in the general label) and focus it."""
        self.clear()
        found = self._fields.get(err.field)
        if found is None:
            self.general.show_message(str(err))
            return
        widget, label = found
        label.show_message(str(err))
        widget.setAccessibleDescription(str(err))
        widget.setFocus()

    def message(self, field: str) -> str:
        """The message shown for ``field`` ("" if none): what tests and screen readers see."""
        found = self._fields.get(field)
        return "" if found is None else found[1].text()


class RoundedFrame(QFrame):
    """A panel painted as a rounded rectangle (no style sheet, so fonts still inherit)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill: QColor | None = None
        self._border = QColor("#D3D8DE")
        self._accent: QColor | None = None

    def set_colours(self, fill: str | None, border: str, accent: str | None = None) -> None:
        """Fill (None: the window's base colour), border, and an optional left stripe."""
        self._fill = None if fill is None else QColor(fill)
        self._border = QColor(border)
        self._accent = None if accent is None else QColor(accent)
        self.update()

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(1, 1, -1, -1)
        p.setPen(self._border)
        p.setBrush(self._fill or self.palette().color(QPalette.ColorRole.Base))
        p.drawRoundedRect(rect, 9, 9)
        if self._accent is not None:
            p.setPen(self._accent)
            p.setBrush(self._accent)
            p.drawRoundedRect(rect.adjusted(0, 0, -(rect.width() - 6), 0), 3, 3)
        p.end()


class Card(RoundedFrame):
    """A titled panel with a soft border; add content to ``card.body``."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 14)
        outer.setSpacing(8)
        self.title = QLabel(title)
        set_point_size(self.title, body_points() + 3, bold=True)
        self.title.setAccessibleName(title)
        outer.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        outer.addLayout(self.body)


def _text_colour(widget: QWidget, colour: str) -> None:
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    pal.setColor(QPalette.ColorRole.Text, QColor(colour))
    widget.setPalette(pal)


def muted(text: str) -> QLabel:
    """A quieter label for empty states and secondary text."""
    label = QLabel(text)
    label.setWordWrap(True)
    _text_colour(label, MUTED)
    return label


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question (No is the default, so Enter never destroys anything)."""
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


# -- time text ---------------------------------------------------------------------------


def zone_or_local(name: str | None) -> ZoneInfo | None:
    """The zone named, or None for this computer's zone (how the services read a profile)."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def system_zone() -> str | None:
    """This computer's IANA zone name, if it has one zoneinfo knows."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    return name if zone_or_local(name) is not None else None


def to_local(moment: dt.datetime, zone: ZoneInfo | str | None) -> dt.datetime:
    z = zone_or_local(zone) if isinstance(zone, str) or zone is None else zone
    return moment.astimezone(z) if z is not None else moment.astimezone()


def clock_text(moment: dt.datetime, zone: ZoneInfo | str | None = None) -> str:
    """"09:00" in the zone given (24-hour: unambiguous, as on medicine labels)."""
    return to_local(moment, zone).strftime("%H:%M")


def local_date(day: dt.date, pattern: str) -> str:
    """``day`` in the window's language: QLocale's month and day names (the default
    locale follows the UI language, healthdesk.ui.i18n.set_ui_language)."""
    from .qt import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def long_date(day: dt.date) -> str:
    """"Tuesday 10 March 2026" ("मंगलवार 10 मार्च 2026")."""
    return local_date(day, "dddd d MMMM yyyy")


def short_date(day: dt.date) -> str:
    """"Tue 10 Mar 2026"."""
    return local_date(day, "ddd d MMM yyyy")


def when_text(moment: dt.datetime, zone: ZoneInfo | str | None = None,
              today: dt.date | None = None) -> str:
    """"Today 14:30", "Tomorrow 09:00" or "Fri 13 Mar 2026 10:00"."""
    local = to_local(moment, zone)
    if today is not None:
        if local.date() == today:
            return QCoreApplication.translate("Widgets", "Today {local:%H:%M}").format(local=local)
        if local.date() == today + dt.timedelta(days=1):
            return QCoreApplication.translate("Widgets", "Tomorrow {local:%H:%M}").format(
                    local=local)
        if local.date() == today - dt.timedelta(days=1):
            return QCoreApplication.translate("Widgets", "Yesterday {local:%H:%M}").format(
                    local=local)
    return f"{short_date(local.date())} {local:%H:%M}"
