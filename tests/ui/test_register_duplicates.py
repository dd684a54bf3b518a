"""The register dialog names patients who may be registered twice (the same name and date
of birth, as after two computers registered one person offline) and lists them."""

from __future__ import annotations

from healthdesk.ui.dialogs.patient_register import PatientRegisterDialog
from healthdesk.ui.qt import Qt
from tests.ui.conftest import settle


def test_register_dialog_names_and_lists_likely_duplicates(qtbot, ctx, record) -> None:  # type: ignore[no-untyped-def]
    record.clinic.set_organisation("Sunrise Clinic")
    record.clinic.add_staff("Dr Meera Iyer", "admin", "1111")
    record.clinic.sign_in("Dr Meera Iyer", "1111")
    first = record.patients.register("Kamala Devi", "1961-05-02")
    second = record.patients.register("KAMALA DEVI", "1961-05-02", allow_duplicate=True)
    record.patients.register("Kamala Devi", "1961-05-03")  # another birthday: someone else
    dialog = PatientRegisterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, ctx)
    qtbot.waitUntil(dialog.duplicates_line.isVisible, timeout=5_000)
    line = dialog.duplicates_line.text()
    assert "Kamala Devi" in line and first.clinic_no in line and second.clinic_no in line
    assert "Clinic numbers" not in line  # no number is held twice
    qtbot.mouseClick(dialog.duplicates_button, Qt.MouseButton.LeftButton)
    assert dialog.results.count() == 2
    assert {dialog.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)} == {
        first.profile_id, second.profile_id}


def test_no_line_when_everyone_is_registered_once(qtbot, ctx, record) -> None:  # type: ignore[no-untyped-def]
    record.clinic.set_organisation("Sunrise Clinic")
    record.clinic.add_staff("Dr Meera Iyer", "admin", "1111")
    record.clinic.sign_in("Dr Meera Iyer", "1111")
    record.patients.register("Kamala Devi", "1961-05-02")
    dialog = PatientRegisterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, ctx)
    settle(qtbot, ctx)
    assert dialog.shown_for == "" and not dialog.duplicates_line.isVisible()
