"""The Appointments page and editor, on a real encrypted store."""

from __future__ import annotations

import datetime as dt

import pytest

from healthdesk.ui.dialogs.appointment_editor import AppointmentEditor
from healthdesk.ui.pages.appointments import AppointmentsPage
from healthdesk.ui.pages.appointments_models import AppointmentTableModel, compact_when
from healthdesk.ui.qt import QDate, QDateTime, QFont, QInputDialog, QMessageBox, Qt, QTime
from tests.ui.conftest import announce, settle

NINE = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def page(qtbot, ctx):  # type: ignore[no-untyped-def]
    p = AppointmentsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    settle(qtbot, ctx)
    yield p
    settle(qtbot, ctx)


def titles(model: AppointmentTableModel) -> list[str]:
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date()  # the test profile has no zone: this computer's


def test_add_through_the_editor_shows_in_upcoming_and_marks_the_calendar(
        qtbot, ctx, record, profile_id, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert isinstance(editor, AppointmentEditor) and editor.isVisible()
    qtbot.keyClicks(editor.title_edit, "Diabetes review")
    qtbot.keyClicks(editor.clinician_edit, "Dr Mehta")
    qtbot.keyClicks(editor.place_edit, "City Clinic")
    editor.when_edit.setDateTime(QDateTime(QDate(2026, 3, 12), QTime(10, 30)))
    editor.duration_spin.setValue(45)
    editor.reminder_checks[10_080].setChecked(True)
    editor.reminder_checks[120].setChecked(False)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)

    assert editor.result() == AppointmentEditor.DialogCode.Accepted
    (a,) = record.appointments.upcoming(profile_id)
    assert (a.title, a.clinician, a.place, a.duration_minutes) == (
        "Diabetes review", "Dr Mehta", "City Clinic", 45)
    assert a.reminder_offsets == (10_080, 1440)
    local = a.start_at.astimezone()
    assert (local.date(), local.hour, local.minute) == (dt.date(2026, 3, 12), 10, 30)
    assert titles(page.upcoming_model) == ["Diabetes review"]
    assert page.tabs.tabText(0) == "Upcoming (1)"
    assert dt.date(2026, 3, 12) in page.marked
    fmt = page.calendar.dateTextFormat(QDate(2026, 3, 12))
    assert fmt.fontWeight() == QFont.Weight.Bold
    assert page.calendar.dateTextFormat(QDate(2026, 3, 13)).fontWeight() != QFont.Weight.Bold
    assert "Dr Mehta" in page.detail_label.text()


def test_empty_title_shows_the_message_and_saves_nothing(qtbot, ctx, record, profile_id,
                                                         page) -> None:  # type: ignore[no-untyped-def]
    editor = AppointmentEditor(ctx, None, page)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "Title" in editor.errors.message("title")
    assert editor.title_edit.accessibleDescription()
    assert record.appointments.upcoming(profile_id) == []


def test_clicking_a_day_filters_the_lists(qtbot, ctx, record, profile_id, page) -> None:  # type: ignore[no-untyped-def]
    first = record.appointments.add(profile_id, "Eye check", NINE + dt.timedelta(days=2))
    record.appointments.add(profile_id, "Blood test", NINE + dt.timedelta(days=5))
    announce(ctx, "appointments")
    settle(qtbot, ctx)
    assert titles(page.upcoming_model) == ["Eye check", "Blood test"]
    day = local_day(first.start_at)
    page.calendar.clicked.emit(QDate(day.year, day.month, day.day))
    assert titles(page.upcoming_model) == ["Eye check"]
    assert page.all_days_button.isVisibleTo(page)
    assert "Showing only" in page.filter_label.text()
    qtbot.mouseClick(page.all_days_button, Qt.MouseButton.LeftButton)
    assert titles(page.upcoming_model) == ["Eye check", "Blood test"]


def test_mark_done_moves_it_to_past_with_visit_notes(qtbot, ctx, record, profile_id, page,
                                                     monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a = record.appointments.add(profile_id, "Diabetes review", NINE + dt.timedelta(days=1))
    record.appointments.add(profile_id, "Old visit", NINE - dt.timedelta(days=20))
    announce(ctx, "appointments")
    settle(qtbot, ctx)
    assert titles(page.upcoming_model) == ["Diabetes review"]
    assert page.current().id == a.id
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *args, **kw: ("HbA1c down to 6.8%. Keep metformin.", True))
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)

    done = record.appointments.get(a.id)
    assert (done.status, done.visit_notes) == ("completed", "HbA1c down to 6.8%. Keep metformin.")
    assert titles(page.upcoming_model) == []
    assert titles(page.past_model) == ["Diabetes review", "Old visit"]
    assert page.tabs.currentIndex() == 1  # it stays selected, now under Past
    assert page.past_model.data(page.past_model.index(0, 3)) == "Done"
    assert "HbA1c down" in page.detail_label.text()
    assert not page.done_button.isEnabled()


def test_cancel_and_delete_ask_first(qtbot, ctx, record, profile_id, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a = record.appointments.add(profile_id, "Dentist", NINE + dt.timedelta(days=3))
    announce(ctx, "appointments")
    settle(qtbot, ctx)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert record.appointments.get(a.id).status == "scheduled"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert record.appointments.get(a.id).status == "cancelled"
    assert titles(page.past_model) == ["Dentist"]
    assert page.past_model.data(page.past_model.index(0, 3)) == "Cancelled"
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert titles(page.past_model) == []
    assert record.appointments.past(profile_id) == []


def test_edit_through_the_editor(qtbot, ctx, record, profile_id, page) -> None:  # type: ignore[no-untyped-def]
    a = record.appointments.add(profile_id, "Physio", NINE + dt.timedelta(days=4),
                                visit_type="video")
    editor = AppointmentEditor(ctx, a, page)
    qtbot.addWidget(editor)
    assert editor.title_edit.text() == "Physio"
    assert editor.type_combo.currentData() == "video"
    assert editor.start_at() == a.start_at.astimezone().replace(tzinfo=None)
    editor.title_edit.setText("Physiotherapy")
    editor.save()
    settle(qtbot, ctx)
    assert record.appointments.get(a.id).title == "Physiotherapy"
    assert titles(page.upcoming_model) == ["Physiotherapy"]


def test_show_item_selects_it(qtbot, ctx, record, profile_id, page) -> None:  # type: ignore[no-untyped-def]
    record.appointments.add(profile_id, "A", NINE + dt.timedelta(days=1))
    b = record.appointments.add(profile_id, "B", NINE - dt.timedelta(days=1))
    page.show_item("appointments", b.id)
    settle(qtbot, ctx)
    assert page.tabs.currentIndex() == 1
    assert page.current().id == b.id


def test_compact_when() -> None:
    today = dt.date(2026, 3, 10)
    assert compact_when(dt.datetime(2026, 3, 10, 14, 30), today) == "Today 14:30"
    assert compact_when(dt.datetime(2026, 3, 11, 9, 0), today) == "Tomorrow 09:00"
    assert compact_when(dt.datetime(2026, 3, 19, 9, 0), today) == "Thu 19 Mar, 09:00"
    assert compact_when(dt.datetime(2027, 1, 4, 9, 0), today) == "Mon 4 Jan 2027, 09:00"


def test_search_hit_opens_the_page_and_selects_it(qtbot, ctx, record, profile_id,
                                                  window) -> None:  # type: ignore[no-untyped-def]
    record.appointments.add(profile_id, "A", NINE + dt.timedelta(days=1))
    b = record.appointments.add(profile_id, "B", NINE + dt.timedelta(days=2))
    window._open_hit("appointments", b.id, profile_id)
    settle(qtbot, ctx)
    page = window.page("Appointments")
    assert window.stack.currentWidget() is page
    assert page.current().id == b.id
