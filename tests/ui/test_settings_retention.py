"""Settings ▸ Keep records on a real store, in a real window (offscreen): a period is
previewed and confirmed before it is set, and Apply now erases what it covers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from healthdesk.ui.qt import Qt

from .conftest import settle


def test_choosing_a_period_asks_then_sets_and_apply_erases(qtbot, ctx, record, clock,  # type: ignore[no-untyped-def]
                                                           profile_id):
    from healthdesk.ui.pages.settings_retention import RetentionSection

    session = record.chat.create_session(profile_id, "Family notes")
    clock.t -= dt.timedelta(days=400)
    record.chat.post(session.id, "an old worry")
    clock.t += dt.timedelta(days=400)
    record.chat.post(session.id, "this week")
    section = RetentionSection(ctx)
    qtbot.addWidget(section)
    section.show()
    settle(qtbot, ctx)
    box = section.choices["chat_messages"]
    assert box.currentData() is None and box.accessibleName() == "Keep Chat notes"
    asked: list[tuple[str, int]] = []

    def say(answer: bool) -> Any:
        return lambda _w, what, n, _p: asked.append((what, n)) or answer

    section.confirm = say(False)
    box.setCurrentIndex(box.findData(12))
    box.activated.emit(box.currentIndex())
    settle(qtbot, ctx)
    assert asked == [("Chat notes", 1)]
    assert box.currentData() is None  # said no: nothing set
    assert record.retention.rules(profile_id)[0].keep_months is None

    section.confirm = say(True)
    box.setCurrentIndex(box.findData(12))
    box.activated.emit(box.currentIndex())
    settle(qtbot, ctx)
    assert record.retention.rules(profile_id)[0].keep_months == 12
    assert section.counts["chat_messages"].text() == "Older to erase: 1"
    qtbot.mouseClick(section.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert section.message.text() == "Records erased: 1."
    assert [m.content for m in record.chat.messages(session.id)] == ["this week"]
    assert section.counts["chat_messages"].text() == "Older to erase: 0"


def test_the_timer_applies_the_rules_once_a_day_and_says_what_went(qtbot, ctx, record,  # type: ignore[no-untyped-def]
                                                                  clock, profile_id):
    from healthdesk.ui.retention_timer import RetentionTimer

    session = record.chat.create_session(profile_id, "Family notes")
    clock.t -= dt.timedelta(days=100)
    record.chat.post(session.id, "an old worry")
    clock.t += dt.timedelta(days=100)
    record.retention.set_rule(profile_id, "chat_messages", 1)
    said: list[str] = []
    ctx.status_event.connect(said.append)
    timer = RetentionTimer(ctx)
    timer.check()
    settle(qtbot, ctx)
    assert said == ["Older records erased by the rules in Settings ▸ Keep records: 1."]
    assert record.chat.messages(session.id) == []
    timer.check()  # not due again today
    settle(qtbot, ctx)
    assert len(said) == 1 and not timer.running
