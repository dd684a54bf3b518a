"""The Medicines page and the medicine editor, on a real encrypted store."""

from __future__ import annotations

import datetime as dt

import pytest

from healthdesk.services.medications import ScheduleInput
from healthdesk.ui.dialogs.medication_editor import MedicationEditor, schedule_changed
from healthdesk.ui.pages.medications import MedicationsPage
from healthdesk.ui.pages.medications_models import (
    DoseHistoryModel,
    MedicationRow,
    MedicationTableModel,
)
from healthdesk.ui.qt import QInputDialog, QMessageBox, Qt, QTime
from tests.ui.conftest import announce, settle

NINE = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def page(qtbot, ctx):  # type: ignore[no-untyped-def]
    p = MedicationsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    settle(qtbot, ctx)
    yield p
    settle(qtbot, ctx)


def cell(model, row: int, col: int) -> str:  # type: ignore[no-untyped-def]
    return model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole)


def names(page: MedicationsPage) -> list[str]:
    return [cell(page.model, r, 0) for r in range(page.model.rowCount())]


def test_add_through_the_editor_appears_with_its_summary(qtbot, ctx, record, profile_id,
                                                         page) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert isinstance(editor, MedicationEditor) and editor.isVisible()
    qtbot.keyClicks(editor.name_edit, "Metformin")
    qtbot.keyClicks(editor.strength_edit, "500 mg")
    editor.dose_edit.setText("2")
    editor.schedule.time_rows[0].edit.setTime(QTime(8, 0))
    qtbot.mouseClick(editor.schedule.add_time_button, Qt.MouseButton.LeftButton)
    editor.schedule.time_rows[1].edit.setTime(QTime(20, 0))
    editor.stock_edit.setText("60")
    editor.refill_edit.setText("10")
    assert editor.summary_label.text() == "2 tablets at 08:00 and 20:00, every day"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)

    assert editor.result() == MedicationEditor.DialogCode.Accepted
    (med,) = record.medications.for_profile(profile_id)
    assert (med.name, med.strength, med.dose_amount, med.stock_count) == (
        "Metformin", "500 mg", 2.0, 60.0)
    assert med.schedule is not None
    assert med.schedule.times_of_day == ("08:00", "20:00")
    assert names(page) == ["Metformin 500 mg"]
    assert cell(page.model, 0, 1) == "2 tablets at 08:00 and 20:00, every day"
    assert cell(page.model, 0, 2) == "60 tablets (15 days)"
    assert cell(page.model, 0, 3) == "Today 20:00"


def test_bad_dose_amount_shows_the_message_and_saves_nothing(qtbot, ctx, record, profile_id,
                                                             page) -> None:  # type: ignore[no-untyped-def]
    editor = MedicationEditor(ctx, None, page)
    qtbot.addWidget(editor)
    editor.show()
    editor.name_edit.setText("Metformin")
    editor.dose_edit.setText("0")
    assert "how much" in editor.summary_label.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    message = editor.errors.message("dose_amount")
    assert message == "Dose amount must be more than 0 and at most 10000."
    assert editor.dose_edit.accessibleDescription() == message
    assert editor.isVisible() and editor.save_button.isEnabled()
    assert record.medications.for_profile(profile_id, active_only=False) == []
    assert names(page) == []


def test_weekday_and_as_needed_schedules(qtbot, ctx, record, profile_id) -> None:  # type: ignore[no-untyped-def]
    editor = MedicationEditor(ctx)
    qtbot.addWidget(editor)
    editor.name_edit.setText("Vitamin D")
    editor.dose_edit.setText("1")
    s = editor.schedule
    s.time_rows[0].edit.setTime(QTime(13, 0))
    for day in (0, 2, 4):
        s.day_checks[day].setChecked(True)
    assert s.weekdays_radio.isChecked()
    assert editor.summary_label.text() == "1 tablet, Mon, Wed, Fri at 13:00"
    s.interval_spin.setValue(3)
    assert editor.summary_label.text() == "1 tablet, every 3 days at 13:00"
    s.prn_radio.setChecked(True)
    s.prn_gap_spin.setValue(6)
    s.prn_max_spin.setValue(3)
    assert editor.summary_label.text() == ("1 tablet, as needed, at least 6 h apart, "
                                           "at most 3 a day")
    editor.save()
    settle(qtbot, ctx)
    (med,) = record.medications.for_profile(profile_id)
    assert med.schedule.kind == "as_needed"
    assert (med.schedule.prn_min_interval_minutes, med.schedule.prn_max_per_day) == (360, 3)


def test_no_weekday_ticked_is_shown_next_to_the_days(qtbot, ctx, record, profile_id) -> None:  # type: ignore[no-untyped-def]
    editor = MedicationEditor(ctx)
    qtbot.addWidget(editor)
    editor.name_edit.setText("Iron")
    editor.schedule.weekdays_radio.setChecked(True)
    assert editor.summary_label.text() == "Choose at least one day."
    editor.save()
    settle(qtbot, ctx)
    assert "weekday" in editor.errors.message("weekdays")
    assert record.medications.for_profile(profile_id) == []


def test_edit_changes_fields_and_replaces_the_schedule_only_when_changed(
        qtbot, ctx, record, profile_id) -> None:  # type: ignore[no-untyped-def]
    med = record.medications.add(profile_id, "Aspirin", strength="75 mg", schedule=ScheduleInput(
        times_of_day=["08:00"], timezone="UTC"))
    editor = MedicationEditor(ctx, med)
    qtbot.addWidget(editor)
    settle(qtbot, ctx)
    assert editor.name_edit.text() == "Aspirin"
    assert editor.schedule.times() == ["08:00"]
    editor.instructions_edit.setPlainText("after breakfast")
    editor.save()
    settle(qtbot, ctx)
    assert record.medications.get(med.id).instructions == "after breakfast"
    assert len(record.medications.schedules(med.id, include_history=True)) == 1

    editor = MedicationEditor(ctx, record.medications.get(med.id))
    qtbot.addWidget(editor)
    settle(qtbot, ctx)
    editor.schedule.time_rows[0].edit.setTime(QTime(9, 30))
    editor.save()
    settle(qtbot, ctx)
    assert record.medications.get(med.id).schedule.times_of_day == ("09:30",)
    assert len(record.medications.schedules(med.id, include_history=True)) == 2


def test_schedule_changed_compares_normalised_values(record, profile_id) -> None:  # type: ignore[no-untyped-def]
    med = record.medications.add(profile_id, "A", schedule=ScheduleInput(
        times_of_day=["08:00"], timezone="UTC", start_date="2026-03-01"))
    same = {"kind": "fixed", "times_of_day": ["08:00"], "weekdays": None, "interval_days": 1,
            "start_date": dt.date(2026, 3, 1), "end_date": None,
            "prn_min_interval_minutes": None, "prn_max_per_day": None, "timezone": "UTC",
            "tz_policy": "home"}
    assert not schedule_changed(med.schedule, same, 1.0)
    assert schedule_changed(med.schedule, same, 2.0)
    assert schedule_changed(med.schedule, {**same, "times_of_day": ["09:00"]}, 1.0)
    assert schedule_changed(None, same, 1.0)


def test_history_stop_restart_refill_delete(qtbot, ctx, record, profile_id, page, clock,
                                            monkeypatch) -> None:  # type: ignore[no-untyped-def]
    med = record.medications.add(profile_id, "Metformin", stock_count=4, refill_threshold=5,
                                 schedule=ScheduleInput(times_of_day=["09:00"], timezone="UTC"))
    clock.advance(minutes=1)  # taken after the stock was counted
    record.doses.record(med.id, "taken", scheduled_for=NINE)
    announce(ctx, "dose_events")
    settle(qtbot, ctx)
    assert cell(page.model, 0, 2).startswith("Refill soon · 3 tablets")
    assert page.history_model.rowCount() == 1
    assert cell(page.history_model, 0, 2) == "Taken"
    assert cell(page.history_model, 0, 4) == "Test User"

    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert not record.medications.get(med.id).active
    assert names(page) == []
    page.stopped_check.setChecked(True)
    settle(qtbot, ctx)
    assert names(page) == ["Metformin  (stopped)"]
    assert page.stop_button.text() == "Restart"
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert record.medications.get(med.id).active

    monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: (30.0, True))
    qtbot.mouseClick(page.refill_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert record.medications.get(med.id).stock_count == 33
    assert not cell(page.model, 0, 2).startswith("Refill soon")

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert record.medications.for_profile(profile_id, active_only=False) == []
    assert names(page) == []


def test_show_item_selects_the_medicine_and_the_medicine_of_a_dose(
        qtbot, ctx, record, profile_id, page) -> None:  # type: ignore[no-untyped-def]
    a = record.medications.add(profile_id, "Aspirin")
    b = record.medications.add(profile_id, "Zinc", schedule=ScheduleInput(
        times_of_day=["09:00"], timezone="UTC"))
    event = record.doses.record(b.id, "taken", scheduled_for=NINE)
    page.show_item("medications", b.id)
    settle(qtbot, ctx)
    assert page.current().med.id == b.id
    page.show_item("medications", a.id)
    settle(qtbot, ctx)
    assert page.current().med.id == a.id
    page.show_item("dose_events", event.id)
    settle(qtbot, ctx)
    assert page.current().med.id == b.id
    assert page.history_model.rowCount() == 1


def test_models_on_their_own(record, profile_id) -> None:  # type: ignore[no-untyped-def]
    med = record.medications.add(profile_id, "Ibuprofen", strength="200 mg", schedule=(
        ScheduleInput(kind="as_needed", prn_min_interval_minutes=240, prn_max_per_day=3)))
    model = MedicationTableModel()
    model.set_rows([MedicationRow(med, None, None, "UTC", NINE.date())])
    assert model.rowCount() == 1 and model.columnCount() == 4
    assert cell(model, 0, 0) == "Ibuprofen 200 mg"
    assert cell(model, 0, 1).startswith("1 tablet, as needed")
    assert cell(model, 0, 2) == "Not tracked"
    assert cell(model, 0, 3) == "As needed"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == med.id
    event = record.doses.record(med.id, "taken")
    undo = record.doses.undo(event.id)
    history = DoseHistoryModel()
    history.set_events(record.doses.history(med.id), "UTC")
    assert [cell(history, r, 2) for r in range(2)] == ["Taken back (undo)", "Taken — undone"]
    assert history.data(history.index(1, 0), Qt.ItemDataRole.FontRole).strikeOut()
    assert history.data(history.index(0, 0), Qt.ItemDataRole.UserRole) == undo.id


def test_search_hit_opens_the_page_and_selects_the_medicine(qtbot, ctx, record, profile_id,
                                                            window) -> None:  # type: ignore[no-untyped-def]
    record.medications.add(profile_id, "Aspirin")
    b = record.medications.add(profile_id, "Zinc")
    window._open_hit("medications", b.id, profile_id)
    settle(qtbot, ctx)
    page = window.page("Medications")
    assert window.stack.currentWidget() is page
    assert page.current().med.id == b.id


def test_selected_medicine_shows_adherence_by_week_and_a_refill_warning(
        qtbot, ctx, record, profile_id, clock) -> None:  # type: ignore[no-untyped-def]
    clock.t = NINE - dt.timedelta(days=21, hours=2)
    med = record.medications.add(profile_id, "Amlodipine", stock_count=20,
                                 refill_threshold=7, start_date=clock.t.date(),
                                 schedule=ScheduleInput(times_of_day=["08:00"],
                                                        timezone="UTC"))
    for back in range(21, 0, -1):
        day = NINE - dt.timedelta(days=back)
        if back % 7 == 3:
            continue  # one dose a week forgotten
        clock.t = day
        record.doses.record(med.id, "taken", scheduled_for=day.replace(hour=8))
    clock.t = NINE
    p = MedicationsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    settle(qtbot, ctx)
    settle(qtbot, ctx)
    # Today's 08:00 dose is still open; 5 of the 6 days before were taken.
    assert p.adherence_label.text().startswith("Taken on time: 7 days: 83% · 30 days: 86%")
    assert p.adherence_label.text().endswith("2 days in a row")
    bars = p.chart.bars()
    assert len(bars) >= 3 and all(0 <= pct <= 100 for _, pct in bars)
    assert "week of" in p.chart.accessibleDescription()
    assert p.stock_label.text().startswith("2 tablets left: about 2 days at the recent rate")
    assert "Time to refill" in p.stock_label.text()
    assert p.refill_badge.isVisible()


def test_caregivers_dialog_adds_orders_and_removes(qtbot, ctx, record, profile_id, page
                                                   ) -> None:  # type: ignore[no-untyped-def]
    meera = record.profiles.create(name="Meera Rao").id
    qtbot.mouseClick(page.caregivers_button, Qt.MouseButton.LeftButton)
    dialog = page.caregivers_dialog
    qtbot.addWidget(dialog)
    settle(qtbot, ctx)
    dialog.person_box.setCurrentIndex(dialog.person_box.findData(meera))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    qtbot.keyClicks(dialog.name_edit, "Dr Shah")
    dialog.person_box.setCurrentIndex(0)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert [c.name for c in record.caregivers.for_profile(profile_id)] == ["Meera Rao", "Dr Shah"]
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert [c.name for c in record.caregivers.for_profile(profile_id)] == ["Dr Shah", "Meera Rao"]
    assert dialog.list.item(0).text() == "1. Dr Shah"
    dialog.person_box.setCurrentIndex(0)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # no name: refused
    settle(qtbot, ctx)
    assert dialog.error.isVisible() and "Name" in dialog.error.text()
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert [c.name for c in record.caregivers.for_profile(profile_id)] == ["Meera Rao"]
