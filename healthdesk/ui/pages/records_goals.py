"""Goals, each a card with a progress bar and, for hand-tracked goals, "Record progress"."""

from __future__ import annotations

from typing import Any

from healthdesk.domain.i18n import _
from healthdesk.domain.measurements import KINDS

from ..context import UiContext
from ..dialogs.record_forms import GOAL_STATUSES, goal_form, label_of, progress_form
from ..qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from .records_common import MUTED, button, error_text, fmt_date


def num(x: float | None, unit: str | None) -> str:
    if x is None:
        return "—"
    return f"{x:g} {unit}" if unit else f"{x:g}"


def progress_text(goal: Any, p: Any) -> str:
    """"Now 84.2 kg · target 80 kg · from 88 kg · due 1 Jun 2026"."""
    parts = [f"Now {num(p.current_value, goal.unit)}" if p.current_value is not None
             else "No value yet", f"target {num(p.target_value, goal.unit)}"]
    if p.start_value is not None:
        parts.append(f"from {num(p.start_value, goal.unit)}")
    if goal.due_date:
        parts.append(f"due {fmt_date(goal.due_date)}")
    return " · ".join(parts)


class GoalCard(QFrame):
    """One goal: title, where it stands, a progress bar, and its actions."""

    def __init__(self, section: GoalsSection, goal: Any, progress: Any) -> None:
        super().__init__()
        self.goal, self.progress = goal, progress
        self.setObjectName("goalCard")
        self.set_selected(False)
        title = QLabel(goal.title)
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 16px; font-weight: 700; border: none;")
        status = QLabel(label_of(GOAL_STATUSES, goal.status)
                        + (" ✓" if goal.status == "achieved" else ""))
        status.setStyleSheet("border: none; font-weight: 600; color: "
                             + ("#2E7D32" if goal.status == "achieved" else MUTED) + ";")
        follows = (f"Follows {_(KINDS[goal.measurement_kind].label)} readings"
                   if goal.measurement_kind in KINDS else "Progress recorded by hand")
        self.detail = QLabel(progress_text(goal, progress) + "  ·  " + follows)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("border: none;")
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        pct = progress.percent_complete
        self.bar.setValue(round(pct) if pct is not None else 0)
        self.bar.setFormat(f"{pct:g}% of the way" if pct is not None else "No value yet")
        if goal.direction == "maintain" and pct is not None:
            self.bar.setFormat(f"{pct:g}% of values on target")
        elif progress.achieved:
            self.bar.setValue(100)
            self.bar.setFormat("Target reached ✓")
        self.bar.setAccessibleName(self.tr("Progress of {title}").format(title=goal.title))
        self.bar.setMinimumHeight(24)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(status)
        actions = QHBoxLayout()
        self.record_button = None
        if goal.measurement_kind is None and goal.status == "active":
            self.record_button = button(self.tr("Record progress…"), self.tr(
                    "Record where “{title}” stands now").format(title=goal.title),
                            lambda: section.record_action(goal))
            actions.addWidget(self.record_button)
        actions.addWidget(button(self.tr("Edit…"), self.tr("Change “{title}”").format(
                title=goal.title),
                                 lambda: section.edit_action(goal)))
        actions.addWidget(button(self.tr("Delete"), self.tr("Remove “{title}” and its progress")
                .format(title=goal.title),
                                 lambda: section.delete_action(goal)))
        actions.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(6)
        lay.addLayout(top)
        lay.addWidget(self.detail)
        lay.addWidget(self.bar)
        lay.addLayout(actions)

    def set_selected(self, on: bool) -> None:
        border = "2px solid #1565C0" if on else "1px solid #D0D7E2"
        self.setStyleSheet(f"#goalCard {{ border: {border}; border-radius: 8px; "
                           "background: palette(base); }")


class GoalsSection(QWidget):
    """Every goal of the person as a card, active ones first."""

    noun = "goal"

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.dialog: Any = None
        self.confirm_box: QMessageBox | None = None
        self.cards: list[GoalCard] = []
        self._select_after: str | None = None
        self.add_button = button(self.tr("Set a goal…"), self.tr("Add a new goal"), self.add_action)
        intro = QLabel(self.tr(
                "Goals follow readings (like weight) or progress you record by hand."))
        intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {MUTED};")
        self.list_box = QWidget()
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setSpacing(10)
        self.list_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.list_box)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 8, 4, 4)
        lay.addWidget(intro)
        lay.addLayout(bar)
        lay.addWidget(self.message)
        lay.addWidget(self.scroll, 1)

    def reload(self) -> None:
        pid = self.ctx.profile_id
        if not pid:
            self._show([])
            return

        def work() -> list[tuple[Any, Any]]:
            goals = self.ctx.record.goals
            return [(g, goals.progress(g.id)) for g in goals.for_profile(pid)]

        def done(rows: list[tuple[Any, Any]]) -> None:
            if pid == self.ctx.profile_id:
                self._show(rows)

        self.ctx.run(work, done, self.show_error)

    def _show(self, rows: list[tuple[Any, Any]]) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = [GoalCard(self, g, p) for g, p in rows]
        for i, card in enumerate(self.cards):
            self.list_layout.insertWidget(i, card)
        self.message.setStyleSheet(f"color: {MUTED};")
        self.message.setVisible(not rows)
        self.message.setText("" if rows else self.tr("No goals yet. A goal can be as small as "
                             "“walk 20 minutes a day”."))
        self.add_button.setEnabled(bool(self.ctx.profile_id))
        if self._select_after:
            self.select_id(self._select_after)

    def select_id(self, goal_id: str) -> bool:
        found = None
        for card in self.cards:
            card.set_selected(card.goal.id == goal_id)
            if card.goal.id == goal_id:
                found = card
        if found is None:
            self._select_after = goal_id
            return False
        self._select_after = None
        self.scroll.ensureWidgetVisible(found)
        return True

    def card_for(self, goal_id: str) -> GoalCard | None:
        return next((c for c in self.cards if c.goal.id == goal_id), None)

    def show_error(self, exc: BaseException) -> None:
        self.message.setStyleSheet("color: #B00020; font-weight: 600;")
        self.message.setText(error_text(exc))
        self.message.show()
        self.ctx.status_event.emit(error_text(exc))

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog

        def saved() -> None:
            view = dialog.result_view
            goal_id = getattr(view, "goal_id", None) or getattr(view, "id", None)
            self._select_after = goal_id

        dialog.accepted.connect(saved)
        dialog.open()

    def add_action(self) -> None:
        if self.ctx.profile_id:
            self._open(goal_form(self.ctx, self.ctx.profile_id, None, self))

    def edit_action(self, goal: Any) -> None:
        self._open(goal_form(self.ctx, self.ctx.profile_id, goal, self))

    def record_action(self, goal: Any) -> None:
        self._open(progress_form(self.ctx, goal, self))

    def delete_action(self, goal: Any) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete goal"),
                          self.tr("Delete the goal “{title}” and all its recorded progress?")
                                  .format(title=goal.title),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        self.confirm_box = box

        def answered(_code: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.ctx.run(lambda: self.ctx.record.goals.delete(goal.id), None,
                             self.show_error)

        box.finished.connect(answered)
        box.open()
