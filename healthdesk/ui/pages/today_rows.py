"""The rows of the Today page: one scheduled dose, one as-needed medicine."""

from __future__ import annotations

from collections.abc import Callable

from healthdesk.domain.dose_times import STATE_LABELS, needs_action

from ..qt import QCoreApplication, QGridLayout, QLabel, QMenu, QPushButton, QSizePolicy, QWidget
from ..widgets import (
    DOSE_TONES,
    TONES,
    Badge,
    RoundedFrame,
    body_points,
    clock_text,
    muted,
    set_point_size,
)
from .today_data import AsNeededItem, DoseItem

SNOOZE_MINUTES = (10, 30, 60)
ROW_BORDER = "#E1E5EA"


def _button(text: str, tip: str, slot: Callable[[], None], name: str) -> QPushButton:
    b = QPushButton(text)
    b.setToolTip(tip)
    b.setAccessibleName(name)
    b.setMinimumHeight(34)
    b.clicked.connect(slot)
    return b


class DoseRow(RoundedFrame):
    """Time, medicine, dose, state and what you can do about it."""

    def __init__(self, item: DoseItem, *, on_take: Callable[[DoseItem], None],
                 on_skip: Callable[[DoseItem], None],
                 on_snooze: Callable[[DoseItem, int], None],
                 on_undo: Callable[[DoseItem], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        bg, _, border = TONES[DOSE_TONES[item.state]]
        self.highlighted = needs_action(item.state)
        if self.highlighted:
            self.set_colours(bg, border, accent=border)
        else:
            self.set_colours(None, ROW_BORDER)
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 8, 12, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        when = clock_text(item.scheduled_for, item.zone)
        self.time_label = set_point_size(QLabel(when), body_points() + 5, bold=True)
        grid.addWidget(self.time_label, 0, 0)
        self.badge = Badge(STATE_LABELS[item.state], DOSE_TONES[item.state])
        self.badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        grid.addWidget(self.badge, 1, 0)
        grid.setColumnMinimumWidth(0, 124)  # titles line up whatever the badge says
        self.title_label = set_point_size(QLabel(item.title), body_points() + 1,
                                           bold=True)
        self.title_label.setWordWrap(True)
        grid.addWidget(self.title_label, 0, 1)
        detail = item.dose_text + (f" · {item.instructions}" if item.instructions else "")
        self.detail_label = muted(detail)
        grid.addWidget(self.detail_label, 1, 1)
        grid.setColumnStretch(1, 1)
        name = f"{item.title} at {when}"
        self.take_button = _button(QCoreApplication.translate("DoseRow", "Take"),
                QCoreApplication.translate("DoseRow", "Record {title} as taken now").format(
                        title=item.title),
                                   lambda: on_take(item), QCoreApplication.translate("DoseRow",
                                           "Take {name}").format(name=name))
        self.skip_button = _button(QCoreApplication.translate("DoseRow", "Skip"),
                QCoreApplication.translate("DoseRow", "Record that you skipped this dose"),
                                   lambda: on_skip(item), QCoreApplication.translate("DoseRow",
                                           "Skip {name}").format(name=name))
        self.snooze_button = _button(QCoreApplication.translate("DoseRow", "Snooze"),
                QCoreApplication.translate("DoseRow", "Remind me again in 10, 30 or 60 minutes"),
                                     lambda: None, QCoreApplication.translate("DoseRow",
                                             "Snooze {name}").format(name=name))
        self.snooze_menu = QMenu(self.snooze_button)
        for minutes in SNOOZE_MINUTES:
            label = f"{minutes} minutes" if minutes < 60 else "1 hour"
            action = self.snooze_menu.addAction(label)
            action.triggered.connect(lambda _=False, m=minutes: on_snooze(item, m))
        self.snooze_button.setMenu(self.snooze_menu)
        self.undo_button = _button(QCoreApplication.translate("DoseRow", "Undo"),
                QCoreApplication.translate("DoseRow", "Take back the recorded dose"),
                                   lambda: on_undo(item), QCoreApplication.translate("DoseRow",
                                           "Undo {name}").format(name=name))
        settled = item.state in ("taken", "skipped")
        col = 2
        for b in (self.take_button, self.skip_button, self.snooze_button, self.undo_button):
            grid.addWidget(b, 0, col, 2, 1)
            col += 1
        self.take_button.setVisible(not settled)
        self.skip_button.setVisible(not settled)
        self.snooze_button.setVisible(item.state in ("upcoming", "due", "late", "snoozed"))
        self.undo_button.setVisible(settled and item.event_id is not None)
        self.setAccessibleName(f"{name}: {STATE_LABELS[item.state]}")

    def buttons(self) -> dict[str, QPushButton]:
        return {"take": self.take_button, "skip": self.skip_button,
                "snooze": self.snooze_button, "undo": self.undo_button}


class AsNeededRow(RoundedFrame):
    """An as-needed medicine: how many taken today, and a Take now button."""

    def __init__(self, item: AsNeededItem, *, on_take: Callable[[AsNeededItem], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.set_colours(None, ROW_BORDER)
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 8, 12, 8)
        grid.setHorizontalSpacing(14)
        title = set_point_size(QLabel(item.title), body_points() + 1, bold=True)
        grid.addWidget(title, 0, 0)
        grid.addWidget(muted(item.summary), 1, 0)
        count = f"{item.taken_today} taken in the last 24 hours"
        if item.max_per_day:
            count += f" (at most {item.max_per_day})"
        if item.last_taken is not None:
            count += f", last at {clock_text(item.last_taken, item.zone)}"
        if item.next_allowed is not None:
            count += f"; next from {clock_text(item.next_allowed, item.zone)}"
        self.count_label = muted(count)
        grid.addWidget(self.count_label, 2, 0)
        grid.setColumnStretch(0, 1)
        self.take_button = _button(self.tr("Take now"), self.tr(
                "Record a dose of {title} taken now").format(title=item.title),
                                   lambda: on_take(item), self.tr("Take {title} now").format(
                                           title=item.title))
        grid.addWidget(self.take_button, 0, 1, 3, 1)
        self.setAccessibleName(self.tr("{title}, as needed: {count}").format(title=item.title,
                count=count))
