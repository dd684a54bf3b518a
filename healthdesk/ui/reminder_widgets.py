"""What a reminder looks like: a card with Take / Snooze / Skip (or Dismiss), the in-app
banner (no system tray), the pop-up shown with a tray icon, and the catch-up dialog."""

from __future__ import annotations

from collections.abc import Callable

from healthdesk.domain.reminders import SNOOZE_CHOICES
from healthdesk.services.dose_day import DoseItem
from healthdesk.services.reminders import Notification

from .qt import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)
from .widgets import (
    TONES,
    RoundedFrame,
    body_points,
    clock_text,
    muted,
    set_point_size,
    to_local,
)

MAX_CARDS = 3
TONE = {"dose": "warn", "appointment": "neutral", "alert": "alert"}


class Actions:
    """What a card's buttons call (the reminder center supplies them)."""

    def __init__(self, take: Callable[[Notification], None],
                 snooze: Callable[[Notification, int], None],
                 skip: Callable[[Notification], None],
                 dismiss: Callable[[Notification], None]) -> None:
        self.take, self.snooze, self.skip, self.dismiss = take, snooze, skip, dismiss


def _button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(name)
    b.setMinimumHeight(32)
    b.clicked.connect(slot)
    return b


class ReminderCard(RoundedFrame):
    """One notification and what can be done about it."""

    def __init__(self, n: Notification, actions: Actions, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.notification = n
        bg, _, border = TONES[TONE[n.kind]]
        self.set_colours(bg, border, accent=border)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(14, 8, 10, 8)
        text = QVBoxLayout()
        self.title_label = set_point_size(QLabel(n.title), body_points() + 1, bold=True)
        self.title_label.setWordWrap(True)
        self.body_label = QLabel(n.body)
        self.body_label.setWordWrap(True)
        text.addWidget(self.title_label)
        text.addWidget(self.body_label)
        lay.addLayout(text, 1)
        self.take_button = _button(self.tr("Take"), self.tr("Take {title}").format(title=n.title),
                lambda: actions.take(n))
        self.skip_button = _button(self.tr("Skip"), self.tr("Skip {title}").format(title=n.title),
                lambda: actions.skip(n))
        self.snooze_button = _button(self.tr("Snooze"), self.tr("Snooze {title}").format(
                title=n.title), lambda: None)
        self.snooze_menu = QMenu(self.snooze_button)
        for minutes in SNOOZE_CHOICES:
            label = f"{minutes} minutes" if minutes < 60 else "1 hour"
            act = self.snooze_menu.addAction(label)
            act.triggered.connect(lambda _=False, m=minutes: actions.snooze(n, m))
        self.snooze_button.setMenu(self.snooze_menu)
        dismiss = "I'm on it" if n.kind == "alert" else "Dismiss"
        self.dismiss_button = _button(dismiss, f"{dismiss}: {n.title}",
                                      lambda: actions.dismiss(n))
        for b in (self.take_button, self.snooze_button, self.skip_button,
                  self.dismiss_button):
            lay.addWidget(b)
        self.take_button.setVisible(n.kind == "dose")
        self.skip_button.setVisible(n.kind == "dose")
        self.snooze_button.setVisible(n.kind != "alert")
        self.dismiss_button.setVisible(n.kind != "dose")
        self.setAccessibleName(self.tr("Reminder: {title}. {body}").format(title=n.title,
                body=n.body))


class ReminderList(QWidget):
    """Up to MAX_CARDS cards, most pressing first, and how many more wait."""

    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self.cards: list[ReminderCard] = []
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._lay.setSpacing(6)
        self.more_label = muted("")
        self._lay.addWidget(self.more_label)

    def set_notifications(self, items: list[Notification]) -> None:
        for card in self.cards:
            self._lay.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = [ReminderCard(n, self.actions) for n in items[:MAX_CARDS]]
        for i, card in enumerate(self.cards):
            self._lay.insertWidget(i, card)
        extra = len(items) - len(self.cards)
        self.more_label.setText(self.tr("{extra} more on the Today page.").format(
                extra=extra) if extra > 0 else "")
        self.more_label.setVisible(extra > 0)


class ReminderBanner(QWidget):
    """The in-app reminder strip above the pages (used when there is no system tray)."""

    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Reminders"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 4)
        self.list = ReminderList(actions)
        lay.addWidget(self.list)
        self.hide()

    def show_notifications(self, items: list[Notification]) -> None:
        self.list.set_notifications(items)
        self.setVisible(bool(items))


class ReminderPopup(QWidget):
    """A small window that stays on top, for reminders while the main window is hidden
    in the tray (a tray balloon cannot carry buttons)."""

    def __init__(self, actions: Actions, open_app: Callable[[], None]) -> None:
        super().__init__(None, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("HealthDesk reminder"))
        self.setAccessibleName(self.tr("HealthDesk reminder"))
        lay = QVBoxLayout(self)
        self.list = ReminderList(actions)
        lay.addWidget(self.list)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.open_button = _button(self.tr("Open HealthDesk"), self.tr("Open HealthDesk"), open_app)
        bar.addWidget(self.open_button)
        lay.addLayout(bar)
        self.resize(520, 10)

    def show_notifications(self, items: list[Notification]) -> None:
        self.list.set_notifications(items)
        if items:
            self.adjustSize()
            self.show()
            self.raise_()
        else:
            self.hide()


class CatchUpRow(RoundedFrame):
    """A dose nobody recorded while the app was closed: say what happened."""

    def __init__(self, dose: DoseItem, person: str,
                 record: Callable[[DoseItem, str], None]) -> None:
        super().__init__()
        self.dose = dose
        border = TONES["danger" if dose.state == "missed" else "alert"][2]
        self.set_colours(None, border, accent=border)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(14, 6, 10, 6)
        when = clock_text(dose.scheduled_for, dose.zone)
        day = to_local(dose.scheduled_for, dose.zone).strftime("%a %d %b")
        text = QVBoxLayout()
        title = set_point_size(QLabel(f"{person}: {dose.title}, {day} {when}"),
                               body_points(), bold=True)
        title.setWordWrap(True)
        text.addWidget(title)
        self.advice_label = muted(dose.advice.message if dose.advice else "")
        self.advice_label.setWordWrap(True)
        text.addWidget(self.advice_label)
        lay.addLayout(text, 1)
        self.took_button = _button(self.tr("I took it at {when}").format(when=when), self.tr(
                "Took {title} at {when}").format(title=dose.title, when=when),
                                   lambda: record(dose, "taken_then"))
        self.take_now_button = _button(self.tr("Take now"), self.tr("Take {title} now").format(
                title=dose.title),
                                       lambda: record(dose, "taken"))
        self.skip_button = _button(self.tr("Skipped"), self.tr("Skipped {title}").format(
                title=dose.title),
                                   lambda: record(dose, "skipped"))
        self.missed_button = _button(self.tr("Missed"), self.tr("Missed {title}").format(
                title=dose.title),
                                     lambda: record(dose, "missed"))
        for b in (self.took_button, self.take_now_button, self.skip_button,
                  self.missed_button):
            lay.addWidget(b)
        # Never suggest a double dose: "take now" only where the missed-dose rule says so.
        self.take_now_button.setVisible(dose.advice is not None and dose.advice.action == "take")
        self.setAccessibleName(f"{title.text()}: {self.advice_label.text()}")

    def settle(self, text: str) -> None:
        for b in (self.took_button, self.take_now_button, self.skip_button,
                  self.missed_button):
            b.hide()
        self.advice_label.setText(text)


class CatchUpDialog(QDialog):
    """"While HealthDesk was closed": every dose due since, to record what happened."""

    def __init__(self, doses: list[tuple[DoseItem, str]],
                 record: Callable[[DoseItem, str], None], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("While HealthDesk was closed"))
        self.setAccessibleName(self.tr("While HealthDesk was closed"))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
                "%n doses came due and nothing was recorded. Say what happened; a dose you "
                "leave is kept as missed.", "", len(doses)))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        inner = QWidget()
        rows = QVBoxLayout(inner)
        self.rows = [CatchUpRow(d, person, record) for d, person in doses]
        for r in self.rows:
            rows.addWidget(r)
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        lay.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(760, min(620, 160 + 90 * len(doses)))

    def row_for(self, dose: DoseItem) -> CatchUpRow | None:
        return next((r for r in self.rows if r.dose.key == dose.key), None)
