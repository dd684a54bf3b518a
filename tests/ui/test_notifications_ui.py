"""The notification button, panel and emergency dialog in a real window (offscreen) on
a real store: the unread count, opening a notification shows its reading and marks it
read, Ctrl+Shift+H on any page opens the confirm, sending records and queues it."""

from __future__ import annotations

from .conftest import settle


def test_badge_counts_unread_and_opening_one_goes_to_its_reading(  # type: ignore[no-untyped-def]
        qtbot, window, ctx, record, profile_id):
    record.readings.record(profile_id, "blood_pressure", {"systolic": 195, "diastolic": 110})
    window.notify_bar.refresh()
    settle(qtbot, ctx)
    assert window.notify_bar.button.text() == "Notifications (1)"
    window.notify_bar.open_panel()
    panel = window.notify_bar.panel
    settle(qtbot, ctx)
    assert panel.list.count() == 1 and panel.list.item(0).font().bold()
    assert "Seek medical care now" in panel.list.item(0).text()
    panel.list.setCurrentRow(0)
    panel.open_button.click()
    settle(qtbot, ctx)
    assert window.sidebar.currentRow() == 1  # Readings
    assert record.notifications.unread_count() == 0
    settle(qtbot, ctx)
    assert window.notify_bar.button.text() == "Notifications"
    assert not panel.list.item(0).font().bold()


def test_shortcut_on_any_page_confirms_then_records_and_queues(  # type: ignore[no-untyped-def]
        qtbot, window, ctx, record, profile_id):
    from healthdesk.ui.dialogs.emergency import EmergencyDialog

    record.contacts.add(profile_id, "Meera Rao", email="meera@example.com")
    window.go(4)  # Records
    settle(qtbot, ctx)
    [action] = [a for m in window.menuBar().actions() for a in m.menu().actions()
                if a.shortcut().toString() == "Ctrl+Shift+H"]
    action.trigger()
    dialog = window.notify_bar.emergency_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert isinstance(dialog, EmergencyDialog)
    assert record.emergency.for_profile(profile_id) == []  # nothing before the confirm
    dialog.kind.setCurrentIndex(dialog.kind.findData("fall"))
    qtbot.keyClicks(dialog.message, "Kitchen floor")
    dialog.send_button.click()
    settle(qtbot, ctx)
    settle(qtbot, ctx)
    [alert] = record.emergency.for_profile(profile_id)
    assert (alert.kind, alert.message) == ("fall", "Kitchen floor")
    [d] = record.delivery.for_source(alert.id)
    assert d.contact_name == "Meera Rao"
    assert d.status == "failed" and "not set up" in (d.last_error or "")  # queued, retried
    assert not dialog.isVisible()
    assert "Emergency alert" in window.statusBar().currentMessage()
    assert window.notify_bar.emergency_button.isVisible()
    assert window.notify_bar.emergency_button.text() == "Emergency"


def test_a_contact_can_be_kept_out_of_alerts_and_given_a_preferred_way(  # type: ignore[no-untyped-def]
        qtbot, ctx, record, profile_id):
    from healthdesk.ui.dialogs.record_forms import contact_form

    dlg = contact_form(ctx, profile_id)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.inputs["name"], "Neighbour")
    qtbot.keyClicks(dlg.inputs["phone"], "+44 20 7946 0001")
    dlg.inputs["may_alert"].set_value("no")
    dlg.inputs["preferred_method"].set_value("webhook")
    dlg.save_action()
    settle(qtbot, ctx)
    [c] = record.contacts.for_profile(profile_id)
    assert (c.may_alert, c.preferred_method) == (False, "webhook")
    alert = record.emergency.raise_alert(profile_id, "fall")
    assert record.delivery.for_source(alert.id) == []  # not alerted


def test_a_crisis_reading_saved_in_the_app_pops_up_once(  # type: ignore[no-untyped-def]
        qtbot, window, ctx, record, profile_id):
    shown: list[str] = []
    ctx.status_event.connect(shown.append)  # no tray offscreen: the status bar says it
    ctx.write(lambda: record.readings.record(profile_id, "glucose", {"glucose": 2.5},
                                             unit="mmol/L"), what="The reading")
    settle(qtbot, ctx)
    settle(qtbot, ctx)
    assert len([t for t in shown if "Seek medical care now" in t]) == 1
    window.notify_bar.tick()
    settle(qtbot, ctx)
    assert len([t for t in shown if "Seek medical care now" in t]) == 1


def test_im_on_it_stops_the_escalation(  # type: ignore[no-untyped-def]
        qtbot, ctx, record, profile_id, clock):
    import datetime as dt

    from healthdesk.services.medications import ScheduleInput
    from healthdesk.ui.pages.notifications import NotificationsPanel

    record.caregivers.add(profile_id, "Meera", contact="meera@example.com")
    record.caregivers.add(profile_id, "Ravi", contact="ravi@example.com")
    clock.t = dt.datetime(2026, 3, 10, 7, 0, tzinfo=dt.UTC)
    record.medications.add(profile_id, "Levetiracetam", caregiver_alert_minutes=60,
                           caregiver_escalation_minutes=30,
                           schedule=ScheduleInput(times_of_day=["08:00"], timezone="UTC"))
    clock.t = dt.datetime(2026, 3, 10, 9, 5, tzinfo=dt.UTC)
    record.producers.tick()
    panel = NotificationsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    settle(qtbot, ctx)
    row = next(i for i, n in enumerate(panel.rows) if n.kind == "caregiver_alert")
    panel.list.setCurrentRow(row)
    assert panel.ack_button.isVisible() and not panel.resolve_button.isVisible()
    panel.ack_button.click()
    settle(qtbot, ctx)
    clock.t = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)
    record.producers.tick()
    [alert] = record.alerts.about(profile_id)
    assert alert.status == "acknowledged" and alert.caregiver_name == "Meera"
