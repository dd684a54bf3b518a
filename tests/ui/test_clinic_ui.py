"""Clinic mode in the real window (offscreen) on a real store, with the injected clock:
staff sign-in, lockout, quick switch keeping the patient, idle sign-out, the register
and the audit trail."""

from __future__ import annotations

import pytest

from healthdesk.ui.dialogs.audit_trail import AuditTrailDialog
from healthdesk.ui.dialogs.patient_register import PatientRegisterDialog
from healthdesk.ui.dialogs.staff_sign_in import StaffSignInDialog
from healthdesk.ui.qt import Qt
from tests.ui.conftest import settle


@pytest.fixture
def window(qtbot, ctx, record):  # type: ignore[no-untyped-def]
    from healthdesk.ui.main_window import MainWindow

    record.clinic.set_organisation("Sunrise Clinic")
    record.clinic.add_staff("Dr Meera Iyer", "admin", "1111")
    record.clinic.sign_in("Dr Meera Iyer", "1111")
    record.clinic.add_staff("Nurse Lata", "nurse", "3333")
    record.patients.register("Kamala Devi", "1961-05-02", phone="98450 12345")
    record.clinic.sign_out()
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    settle(qtbot, ctx)
    yield w
    ctx.tasks.wait_idle()


def _sign_in(qtbot, ctx, dialog: StaffSignInDialog, name: str, pin: str) -> None:  # type: ignore[no-untyped-def]
    dialog.who.setCurrentIndex(dialog.who.findData(name))
    dialog.pin.setText(pin)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)


def test_sign_in_lockout_switch_and_idle(qtbot, window, ctx, clock) -> None:  # type: ignore[no-untyped-def]
    bar = window.clinic_bar
    dialog = bar.dialog
    assert isinstance(dialog, StaffSignInDialog) and dialog.isVisible()
    assert bar.label.text() == "No one signed in"
    assert [dialog.who.itemData(i) for i in range(dialog.who.count())] == [
        "Dr Meera Iyer", "Nurse Lata"]
    for _ in range(4):
        _sign_in(qtbot, ctx, dialog, "Nurse Lata", "0000")
    assert "1 more try" in dialog.error.text() and dialog.isVisible()
    _sign_in(qtbot, ctx, dialog, "Nurse Lata", "0000")
    assert "locked out for 5 minutes" in dialog.error.text()
    _sign_in(qtbot, ctx, dialog, "Nurse Lata", "3333")
    assert "try again in 5 minutes" in dialog.error.text()
    clock.advance(minutes=5, seconds=1)
    _sign_in(qtbot, ctx, dialog, "Nurse Lata", "3333")
    assert not dialog.isVisible()
    assert bar.label.text() == "Signed in: Nurse Lata (nurse)"
    patient = ctx.profile_id
    # Quick switch: another member signs in, the patient on screen stays.
    bar.ask_sign_in()
    settle(qtbot, ctx)
    _sign_in(qtbot, ctx, bar.dialog, "Dr Meera Iyer", "1111")
    assert bar.label.text() == "Signed in: Dr Meera Iyer (admin)"
    assert ctx.profile_id == patient
    # A key press is activity; then ten idle minutes sign the member out.
    clock.advance(minutes=9)
    qtbot.keyClick(window, Qt.Key.Key_Shift)
    clock.advance(minutes=9)
    bar.check_idle()
    assert ctx.record.clinic.signed_in is not None
    clock.advance(minutes=1)
    bar.check_idle()
    assert ctx.record.clinic.signed_in is None
    assert bar.label.text() == "No one signed in"
    assert bar.dialog.isVisible() and "idle" in bar.dialog.reason.text()
    assert ctx.profile_id == patient


def test_register_finds_and_opens_a_patient(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    ctx.record.clinic.sign_in("Nurse Lata", "3333")
    window.clinic_bar.dialog.close()
    dialog = PatientRegisterDialog(ctx, window, on_open=window.clinic_bar.show_patient)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, ctx)
    qtbot.keyClicks(dialog.field, "KAM")
    qtbot.waitUntil(lambda: dialog.shown_for == "KAM", timeout=5_000)
    assert dialog.results.count() == 1 and "-00001" in dialog.results.item(0).text()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert window.profile_box.currentText().endswith("Kamala Devi")
    assert ctx.record.patients.recent()[0].name == "Kamala Devi"


def test_audit_trail_per_person_and_per_member(qtbot, window, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.clinic_bar.dialog.close()
    kamala = ctx.record.patients.search("Kamala")[0].profile_id
    ctx.record.clinic.sign_in("Nurse Lata", "3333")
    ctx.record.readings.record(kamala, "blood_pressure", {"systolic": 128, "diastolic": 82})
    ctx.set_profile(kamala)
    dialog = AuditTrailDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, ctx)
    texts = [dialog.rows.item(i).text() for i in range(dialog.rows.count())]
    assert any("Nurse Lata" in t and "Reading" in t for t in texts)
    assert any("Dr Meera Iyer" in t and "Profile" in t for t in texts)
    dialog.whose.setCurrentIndex(dialog.whose.findData("Nurse Lata"))
    settle(qtbot, ctx)
    texts = [dialog.rows.item(i).text() for i in range(dialog.rows.count())]
    assert texts and all("Nurse Lata" in t for t in texts)
    out = tmp_path / "trail.csv"
    dialog.export(str(out))
    settle(qtbot, ctx)
    assert out.read_text().startswith("at,profile_id,profile,actor")


def test_a_viewer_sees_why_and_the_form_cannot_save(qtbot, ctx, record, profile_id) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.ui.dialogs.record_forms import allergy_form
    from healthdesk.ui.main_window import MainWindow

    with record.store.write() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO sync_cursors (profile_id, seq, role) VALUES (?, 0, 'viewer')",
            (profile_id,))
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    settle(qtbot, ctx)
    line = w.clinic_bar.read_only_line
    assert line.isVisible()
    assert line.text() == "You can view Asha Rao's record; ask the owner to change it."
    form = allergy_form(ctx, profile_id, parent=w)
    qtbot.addWidget(form)
    form.show()
    settle(qtbot, ctx)
    assert not form.save_button.isEnabled() and form.general_error.text() == line.text()
    assert not form.inputs["substance"].isEnabled()
    form.save_action()  # Ctrl+S does nothing either
    settle(qtbot, ctx)
    assert record.allergies.for_profile(profile_id) == []
    other = record.profiles.create("Someone Else")
    ctx.set_profile(other.id)
    settle(qtbot, ctx)
    assert not line.isVisible()
    ctx.tasks.wait_idle()


def test_settings_sets_up_a_clinic_and_only_admins_manage_staff(qtbot, ctx, record) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.ui.pages.settings_staff import StaffSection

    section = StaffSection(ctx)
    qtbot.addWidget(section)
    section.show()
    settle(qtbot, ctx)
    assert section.setup.isVisible() and not section.manage.isVisible()
    section.clinic_name.setText("Sunrise Clinic")
    section.admin_name.setText("Dr Meera Iyer")
    section.admin_pin.setText("1111")
    section.setup_button.click()
    settle(qtbot, ctx)
    assert section.manage.isVisible() and section.heading.text() == "Sunrise Clinic"
    assert record.clinic.signed_in.name == "Dr Meera Iyer"
    section.new_name.setText("Nurse Lata")
    section.new_role.setCurrentIndex(section.new_role.findData("nurse"))
    section.new_pin.setText("3333")
    section.add_button.click()
    settle(qtbot, ctx)
    assert [section.staff_list.item(i).text() for i in range(section.staff_list.count())] == [
        "Dr Meera Iyer — administrator", "Nurse Lata — nurse"]
    section.staff_list.setCurrentRow(1)
    section.toggle_button.click()
    settle(qtbot, ctx)
    assert section.staff_list.item(1).text().endswith("(disabled)")
    record.clinic.sign_out()
    section.reload()
    settle(qtbot, ctx)
    assert not section.add_button.isEnabled()
    assert section.note.text() == "Only an administrator can add or disable staff."
