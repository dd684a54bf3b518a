"""The Today page on a real encrypted store: doses to take, appointments, readings."""

from __future__ import annotations

import datetime as dt

import pytest

from healthdesk.services.medications import ScheduleInput
from healthdesk.ui.pages.today import TodayPage, greeting
from healthdesk.ui.qt import QLabel, QMessageBox, QPushButton, Qt
from healthdesk.ui.widgets import CategoryBadge, when_text
from tests.ui.conftest import announce, settle

UTC = dt.UTC
NINE = dt.datetime(2026, 3, 10, 9, 0, tzinfo=UTC)  # the FakeClock's start


@pytest.fixture
def metformin(record, profile_id, clock):  # type: ignore[no-untyped-def]
    # Added (and its stock counted) a minute before the doses the tests take.
    clock.advance(minutes=-1)
    med = record.medications.add(
        profile_id, "Metformin", strength="500 mg", stock_count=30,
        schedule=ScheduleInput(times_of_day=["09:00", "21:00"], timezone="UTC"))
    clock.advance(minutes=1)
    return med


@pytest.fixture
def page(qtbot, ctx):  # type: ignore[no-untyped-def]
    p = TodayPage(ctx)
    qtbot.addWidget(p)
    p.resize(1000, 760)
    p.show()
    settle(qtbot, ctx)
    yield p
    settle(qtbot, ctx)


def rows_for(page: TodayPage, medication_id: str) -> list:  # type: ignore[type-arg]
    return [r for r in page.dose_rows if r.item.medication_id == medication_id]


def live_actions(record, medication_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.action for e in record.doses.history(medication_id) if not e.superseded
            and e.action != "undone"]


def test_greeting_names_the_person_and_the_day(page: TodayPage) -> None:
    assert "Asha Rao" in page.greeting_label.text()
    assert page.greeting_label.text().startswith(greeting(9))
    assert "March 2026" in page.date_label.text()


def test_due_dose_is_listed_first_and_take_records_it(qtbot, ctx, record, metformin,
                                                      page) -> None:  # type: ignore[no-untyped-def]
    page.reload()
    settle(qtbot, ctx)
    rows = rows_for(page, metformin.id)
    assert [r.item.scheduled_for for r in rows] == [NINE, NINE.replace(hour=21)]
    first = page.dose_rows[0]
    assert first.item.scheduled_for == NINE
    assert first.badge.text() == "Due now"
    assert first.time_label.text() == "09:00"
    assert rows[1].badge.text() == "Upcoming"

    qtbot.mouseClick(first.take_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)

    history = record.doses.history(metformin.id)
    assert [(e.action, e.scheduled_for) for e in history] == [("taken", NINE)]
    assert record.medications.get(metformin.id).stock_count == 29
    row = next(r for r in rows_for(page, metformin.id) if r.item.scheduled_for == NINE)
    assert row.badge.text() == "Taken"
    assert row.undo_button.isVisible()
    assert not row.take_button.isVisible()
    assert "1 of 1" in page.week_label.text()

    qtbot.mouseClick(row.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert live_actions(record, metformin.id) == []
    row = next(r for r in rows_for(page, metformin.id) if r.item.scheduled_for == NINE)
    assert row.badge.text() == "Due now"
    assert record.medications.get(metformin.id).stock_count == 30


def test_skip_records_a_skipped_dose(qtbot, ctx, record, metformin, page) -> None:  # type: ignore[no-untyped-def]
    page.reload()
    settle(qtbot, ctx)
    row = rows_for(page, metformin.id)[0]
    qtbot.mouseClick(row.skip_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert live_actions(record, metformin.id) == ["skipped"]
    assert rows_for(page, metformin.id)[-1].badge.text() == "Skipped"


def test_snooze_then_due_again_after_the_clock_moves(qtbot, ctx, record, clock, metformin,
                                                     page) -> None:  # type: ignore[no-untyped-def]
    page.reload()
    settle(qtbot, ctx)
    row = rows_for(page, metformin.id)[0]
    menu_texts = [a.text() for a in row.snooze_menu.actions()]
    assert menu_texts == ["10 minutes", "30 minutes", "1 hour"]
    row.snooze_menu.actions()[1].trigger()
    settle(qtbot, ctx)
    (event,) = record.doses.history(metformin.id)
    assert event.action == "snoozed"
    assert event.snooze_until == NINE + dt.timedelta(minutes=30)
    row = next(r for r in rows_for(page, metformin.id) if r.item.scheduled_for == NINE)
    assert row.badge.text() == "Snoozed"

    clock.advance(minutes=31)
    page._tick()  # what the one-minute timer does
    settle(qtbot, ctx)
    row = next(r for r in rows_for(page, metformin.id) if r.item.scheduled_for == NINE)
    assert row.badge.text() == "Due now"


def test_late_dose_is_highlighted_and_first(qtbot, ctx, record, clock, profile_id,
                                            page) -> None:  # type: ignore[no-untyped-def]
    early = record.medications.add(profile_id, "Aspirin", schedule=ScheduleInput(
        times_of_day=["08:00"], timezone="UTC"))
    record.medications.add(profile_id, "Zinc", schedule=ScheduleInput(
        times_of_day=["06:30"], timezone="UTC"))  # past its 2-hour window
    page.reload()
    settle(qtbot, ctx)
    first = page.dose_rows[0]
    assert first.item.medication_id == early.id
    assert first.badge.text() == "Late"
    assert first.highlighted and not page.dose_rows[-1].highlighted
    assert page.dose_rows[-1].badge.text() == "Missed"


def test_as_needed_over_the_limit_asks_then_records_an_override(
        qtbot, ctx, record, profile_id, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    prn = record.medications.add(profile_id, "Paracetamol", strength="500 mg", schedule=(
        ScheduleInput(kind="as_needed", prn_min_interval_minutes=240, prn_max_per_day=4)))
    record.doses.record(prn.id, "taken", at=NINE - dt.timedelta(hours=1))
    page.reload()
    settle(qtbot, ctx)
    (row,) = page.prn_rows
    assert "1 taken in the last 24 hours" in row.count_label.text()
    asked: list[str] = []

    def answer_yes(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    qtbot.mouseClick(row.take_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert len(asked) == 1 and "at least 4 h apart" in asked[0]
    taken = [e for e in record.doses.history(prn.id) if e.action == "taken"]
    assert len(taken) == 2 and taken[0].override_confirmed
    assert "2 taken in the last 24 hours" in page.prn_rows[0].count_label.text()


def test_as_needed_declined_records_nothing(qtbot, ctx, record, profile_id, page,
                                            monkeypatch) -> None:  # type: ignore[no-untyped-def]
    prn = record.medications.add(profile_id, "Ibuprofen", schedule=ScheduleInput(
        kind="as_needed", prn_min_interval_minutes=240, prn_max_per_day=3))
    record.doses.record(prn.id, "taken", at=NINE - dt.timedelta(minutes=30))
    page.reload()
    settle(qtbot, ctx)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.prn_rows[0].take_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert len(record.doses.history(prn.id)) == 1


def test_appointments_readings_and_refills(qtbot, ctx, record, profile_id, page) -> None:  # type: ignore[no-untyped-def]
    record.appointments.add(profile_id, "Diabetes review", NINE + dt.timedelta(days=2),
                            clinician="Dr Mehta", place="City Clinic")
    record.readings.record(profile_id, "blood_pressure", {"systolic": 150, "diastolic": 95},
                           taken_at=NINE - dt.timedelta(hours=1))
    record.medications.add(profile_id, "Amlodipine", stock_count=3, refill_threshold=5,
                           schedule=ScheduleInput(times_of_day=["20:00"], timezone="UTC"))
    announce(ctx, "appointments")
    settle(qtbot, ctx)
    texts = [c.text() for c in page.appointments_card.findChildren(QLabel)]
    assert "Diabetes review" in texts and "Dr Mehta · City Clinic" in texts
    assert when_text(NINE + dt.timedelta(days=2), None, page.data.today) in texts
    labels = page.readings_card.findChildren(QLabel)
    assert any(c.text() == "150/95 mmHg" for c in labels)
    badges = page.readings_card.findChildren(CategoryBadge)
    assert len(badges) == 1 and badges[0].tone == "alert"
    assert "High blood pressure" in badges[0].text()  # coloured AND labelled
    assert page.refill_card.isVisible()
    refill_texts = [c.text() for c in page.refill_card.findChildren(QLabel)]
    assert any("Amlodipine" in t and "3 tablets left" in t for t in refill_texts)
    assert "Refill soon" in refill_texts


def test_no_person_shows_a_hint(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    ctx.set_profile("")
    p = TodayPage(ctx)
    qtbot.addWidget(p)
    p.show()
    settle(qtbot, ctx)
    assert "Add a person" in p.message_label.text()


def test_today_is_the_first_page_of_the_window(qtbot, ctx, record, metformin,
                                               window) -> None:  # type: ignore[no-untyped-def]
    page = window.page("Today")
    announce(ctx, "medications")
    settle(qtbot, ctx)
    assert window.stack.currentWidget() is page
    assert [r.item.medication_id for r in page.dose_rows] == [metformin.id, metformin.id]


def test_caregiver_sees_an_alert_and_acknowledges_it(qtbot, ctx, record, clock, profile_id,
                                                     page) -> None:  # type: ignore[no-untyped-def]
    clock.advance(hours=-3)  # 06:00: the mother's medicine is set up
    mother = record.profiles.create(name="Lakshmi Rao").id
    record.caregivers.add(mother, caregiver_profile_id=profile_id)
    record.medications.add(mother, "Levetiracetam", caregiver_alert_minutes=30,
                           schedule=ScheduleInput(times_of_day=["08:00"], timezone="UTC"))
    clock.advance(hours=3)  # 09:00: the 08:00 dose was not taken
    [alert] = record.alerts.scan()
    page.reload()
    settle(qtbot, ctx)
    assert page.alerts_card.isVisible()
    [row] = page.alert_rows
    assert "Lakshmi Rao has not taken Levetiracetam (due 08:00)" in row.accessibleName()
    button = row.findChildren(QPushButton)[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    [seen] = record.alerts.about(mother)
    assert seen.id == alert.id and seen.acknowledged_by == "Test User"
    assert not page.alerts_card.isVisible()


def test_adherence_periods_and_streak_on_today(qtbot, ctx, record, clock, profile_id,
                                               page) -> None:  # type: ignore[no-untyped-def]
    clock.advance(days=-10)
    med = record.medications.add(profile_id, "Atorvastatin", schedule=ScheduleInput(
        times_of_day=["08:00"], timezone="UTC"))
    for back in range(10, 0, -1):
        clock.t = NINE - dt.timedelta(days=back)
        if back != 5:
            record.doses.record(med.id, "taken", scheduled_for=clock.t.replace(hour=8))
    clock.t = NINE - dt.timedelta(minutes=50)  # 08:10 today: taken too
    record.doses.record(med.id, "taken", scheduled_for=NINE.replace(hour=8))
    clock.t = NINE
    page.reload()
    settle(qtbot, ctx)
    assert page.week_label.text() == "6 of 7 doses taken in the last 7 days (86%)."
    assert page.periods_label.text() == "30 days: 91% · 90 days: 91%"
    # Today and the four days before; the five before the gap were as long, not longer.
    assert page.streak_label.text() == "5 days in a row with every dose taken."


def test_symptoms_needing_attention_show_on_today(qtbot, ctx, record, profile_id, page) -> None:  # type: ignore[no-untyped-def]
    from .conftest import announce

    assert page.attention_card.isHidden()
    record.symptoms.log(profile_id, "Headache", 3)
    record.symptoms.log(profile_id, "Migraine", 9, note="worst ever")
    announce(ctx, "symptom_entries")
    page.reload()
    settle(qtbot, ctx)
    assert not page.attention_card.isHidden()
    labels = [page.attention_box.itemAt(i).widget().text()
              for i in range(page.attention_box.count())]
    assert labels == ["Migraine (9/10): severity 9 of 10"]
