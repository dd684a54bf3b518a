"""The reminder center on a real window (offscreen) and a real store, with an injected
clock: the in-app banner without a tray, the pop-up with one, Take / Snooze from them,
closing to the tray, and the catch-up list after three days closed."""

from __future__ import annotations

import datetime as dt

import pytest

from healthdesk.services.medications import ScheduleInput
from healthdesk.ui.qt import Qt, QVBoxLayout
from healthdesk.ui.reminders import ReminderCenter
from tests.ui.conftest import settle

UTC = dt.UTC
NINE = dt.datetime(2026, 3, 10, 9, 0, tzinfo=UTC)  # the FakeClock's start


@pytest.fixture
def metformin(record, profile_id, clock):  # type: ignore[no-untyped-def]
    clock.advance(hours=-2)
    med = record.medications.add(profile_id, "Metformin", strength="500 mg",
                                 schedule=ScheduleInput(times_of_day=["09:00", "21:00"],
                                                        timezone="UTC"))
    clock.advance(hours=2)
    return med


def make_center(qtbot, ctx, window, tray: bool) -> ReminderCenter:  # type: ignore[no-untyped-def]
    center = ReminderCenter(ctx, window, tray=tray, zone=lambda: "UTC")
    center.start()
    settle(qtbot, ctx)
    return center


def actions(record, medication_id):  # type: ignore[no-untyped-def]
    return [(e.action, e.scheduled_for) for e in record.doses.history(medication_id)
            if not e.superseded and e.action != "undone"]


def test_banner_without_a_tray_and_take_from_it(qtbot, ctx, record, metformin, window
                                                ) -> None:  # type: ignore[no-untyped-def]
    center = make_center(qtbot, ctx, window, tray=False)
    assert center.popup is None and center.banner.isVisible()
    [card] = center.banner.list.cards
    assert card.title_label.text() == "Asha Rao: Metformin 500 mg"
    assert card.body_label.text() == "1 tablet at 09:00"
    assert card.take_button.isVisible() and card.skip_button.isVisible()
    qtbot.mouseClick(card.take_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert actions(record, metformin.id) == [("taken", NINE)]
    assert not center.banner.isVisible()
    # The Today page (built with the window) shows it as taken too.
    today = window.page("Today")
    settle(qtbot, ctx)
    assert [r.badge.text() for r in today.dose_rows if r.item.scheduled_for == NINE] == [
        "Taken"]


def test_snooze_from_the_banner_then_it_comes_back(qtbot, ctx, record, clock, metformin,
                                                   window) -> None:  # type: ignore[no-untyped-def]
    center = make_center(qtbot, ctx, window, tray=False)
    [card] = center.banner.list.cards
    assert [a.text() for a in card.snooze_menu.actions()] == [
        "10 minutes", "30 minutes", "1 hour"]
    card.snooze_menu.actions()[0].trigger()
    settle(qtbot, ctx)
    assert actions(record, metformin.id) == [("snoozed", NINE)]
    assert not center.banner.isVisible()
    clock.advance(minutes=10)
    center.tick()
    settle(qtbot, ctx)
    assert center.banner.isVisible()
    assert center.banner.list.cards[0].notification.due_at == NINE + dt.timedelta(minutes=10)


def test_with_a_tray_the_popup_carries_the_buttons(qtbot, ctx, record, metformin, window
                                                   ) -> None:  # type: ignore[no-untyped-def]
    center = make_center(qtbot, ctx, window, tray=True)
    qtbot.addWidget(center.popup)
    assert center.tray is not None and not center.banner.isVisible()
    assert center.popup is not None and center.popup.isVisible()
    [card] = center.popup.list.cards
    qtbot.mouseClick(card.take_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert actions(record, metformin.id) == [("taken", NINE)]
    assert not center.popup.isVisible()
    center.stop()


def test_closing_the_window_keeps_running_in_the_tray(qtbot, ctx, metformin, window
                                                      ) -> None:  # type: ignore[no-untyped-def]
    center = make_center(qtbot, ctx, window, tray=True)
    qtbot.addWidget(center.popup)
    window.close()
    assert not window.isVisible()
    assert center.timer.isActive()  # still reminding
    center.open_window()
    assert window.isVisible()
    center.keep_in_tray = False
    center.stop()


def test_nothing_due_nothing_shown(qtbot, ctx, record, profile_id, window
                                   ) -> None:  # type: ignore[no-untyped-def]
    record.medications.add(profile_id, "Statin", schedule=ScheduleInput(
        times_of_day=["22:00"], timezone="UTC"))
    center = make_center(qtbot, ctx, window, tray=False)
    assert center.notifications == [] and not center.banner.isVisible()


def test_catch_up_after_three_days_closed(qtbot, ctx, record, clock, metformin, window
                                          ) -> None:  # type: ignore[no-untyped-def]
    record.doses.record(metformin.id, "taken", scheduled_for=NINE)
    record.reminders.mark_run()  # HealthDesk ran at 09:00, then was closed
    clock.advance(days=3, minutes=45)  # 09:45, three days later
    center = make_center(qtbot, ctx, window, tray=False)
    dialog = center.catch_up_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    due = [r.dose.scheduled_for for r in dialog.rows]
    assert due == [NINE + dt.timedelta(hours=12 * h) for h in range(1, 7)]
    first = dialog.rows[0]
    assert not first.take_now_button.isVisible()  # missed long ago: never a double dose
    assert "more than 2 hours past its time" in first.advice_label.text()
    assert "do not take two doses" in first.advice_label.text()
    qtbot.mouseClick(first.took_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert (("taken", first.dose.scheduled_for) in actions(record, metformin.id))
    taken = [e for e in record.doses.history(metformin.id)
             if e.scheduled_for == first.dose.scheduled_for]
    assert taken[0].at == first.dose.scheduled_for  # taken at its time, as told
    assert not first.took_button.isVisible()
    second = dialog.rows[1]
    qtbot.mouseClick(second.missed_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert ("missed", second.dose.scheduled_for) in actions(record, metformin.id)
    last = dialog.rows[-1]
    assert last.dose.scheduled_for == NINE + dt.timedelta(days=3)
    assert last.take_now_button.isVisible()  # today's 09:00 dose is still in its window


def test_a_long_gap_between_ticks_catches_up(qtbot, ctx, record, clock, metformin, window
                                             ) -> None:  # type: ignore[no-untyped-def]
    center = make_center(qtbot, ctx, window, tray=False)
    assert center.catch_up_dialog is None
    clock.advance(hours=13)  # the laptop slept through the evening dose
    center.tick()
    settle(qtbot, ctx)
    dialog = center.catch_up_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert [r.dose.scheduled_for for r in dialog.rows] == [NINE, NINE.replace(hour=21)]


def test_banner_sits_above_the_pages(qtbot, ctx, metformin, window) -> None:  # type: ignore[no-untyped-def]
    center = make_center(qtbot, ctx, window, tray=False)
    lay = window.centralWidget().layout()
    assert isinstance(lay, QVBoxLayout) and lay.itemAt(0).widget() is center.banner


def test_appointment_reminder_in_the_banner_can_be_dismissed(
        qtbot, ctx, record, profile_id, clock, window) -> None:  # type: ignore[no-untyped-def]
    record.appointments.add(profile_id, "Eye clinic", NINE + dt.timedelta(hours=2),
                            reminder_offsets=[1440, 120], place="City Hospital")
    center = make_center(qtbot, ctx, window, tray=False)
    [card] = center.banner.list.cards
    assert card.title_label.text() == "Asha Rao: Eye clinic"
    assert "(in 2 hours) · City Hospital" in card.body_label.text()
    assert not card.take_button.isVisible() and card.dismiss_button.isVisible()
    qtbot.mouseClick(card.dismiss_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert not center.banner.isVisible()
    clock.advance(minutes=5)
    center.tick()
    settle(qtbot, ctx)
    assert center.notifications == []  # dismissed on this device stays dismissed


def test_quiet_hours_hold_the_banner_until_they_end(qtbot, ctx, record, profile_id, clock,
                                                    window) -> None:  # type: ignore[no-untyped-def]
    record.preferences.set("quiet_hours_start", "06:00")
    record.preferences.set("quiet_hours_end", "09:30")
    record.medications.add(profile_id, "Vitamin D", schedule=ScheduleInput(
        times_of_day=["09:00"], timezone="UTC"))
    center = make_center(qtbot, ctx, window, tray=False)
    assert [n.title for n in center.notifications] == ["Asha Rao: Vitamin D"]
    assert not center.banner.isVisible()  # due, but held back: quiet hours
    clock.advance(minutes=30)
    center.tick()
    settle(qtbot, ctx)
    assert center.banner.isVisible()
