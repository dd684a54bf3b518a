"""The person box in the real window (offscreen) on a clinic store with hundreds of
patients: it holds the patient on screen and the recent ones, not everyone; a patient
found in the register joins it; "Find patient…" opens the register; a choice in the box
becomes the most recent patient."""

from __future__ import annotations

import pytest

from healthdesk.demo.clinic import build_clinic
from healthdesk.ui.dialogs.patient_register import PatientRegisterDialog
from healthdesk.ui.person_box import FIND
from tests.ui.conftest import settle

PATIENTS = 300


@pytest.fixture
def clinic_window(qtbot, ctx, record):  # type: ignore[no-untyped-def]
    from healthdesk.ui.main_window import MainWindow

    build_clinic(record, patients=PATIENTS, seed=5)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    settle(qtbot, ctx)
    yield w
    ctx.tasks.wait_idle()


def _ids(window) -> list[str]:  # type: ignore[no-untyped-def]
    box = window.profile_box
    return [box.itemData(i) for i in range(box.count())]


def test_clinic_person_box_holds_recent_patients_and_finds_the_rest(  # type: ignore[no-untyped-def]
        qtbot, clinic_window, ctx) -> None:
    w, record = clinic_window, ctx.record
    ids = _ids(w)
    # Not the 300 patients: the one on screen, the first few by name, then the finder.
    assert ids[-1] == FIND and 2 <= len(ids) <= 17 and ctx.profile_id in ids
    # One the box does not list, found in the register, is put on screen and in the box.
    far = record.patients.search("00250")[0]
    assert far.profile_id not in ids
    w.clinic_bar.show_patient(far.profile_id)
    settle(qtbot, ctx)
    assert ctx.profile_id == far.profile_id
    assert w.profile_box.currentData() == far.profile_id
    assert w.profile_box.currentText() == f"{far.clinic_no}  {far.name}"
    # "Find patient…" is not a person: the patient stays, the register opens.
    w.profile_box.setCurrentIndex(w.profile_box.count() - 1)
    settle(qtbot, ctx)
    assert ctx.profile_id == far.profile_id and w.profile_box.currentData() == far.profile_id
    dialogs = [d for d in w.findChildren(PatientRegisterDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].close()
    # A patient chosen in the box becomes the most recent one on this computer.
    other = next(i for i in _ids(w) if i not in (far.profile_id, FIND))
    w.profile_box.setCurrentIndex(w.profile_box.findData(other))
    settle(qtbot, ctx)
    assert ctx.profile_id == other
    assert record.patients.recent(1)[0].profile_id == other
    # The box follows what was opened: reloaded, it lists the recent patients first.
    w.reload_profiles()
    settle(qtbot, ctx)
    assert _ids(w)[0] == other and w.profile_box.currentData() == other
    assert len(_ids(w)) <= 17


def test_personal_store_box_still_lists_everyone(qtbot, window, ctx, record) -> None:  # type: ignore[no-untyped-def]
    for name in ("Meena Das", "Ravi Das"):
        record.profiles.create(name=name)
    w = window
    w.reload_profiles()
    settle(qtbot, ctx)
    ids = _ids(w)
    assert FIND not in ids and len(ids) == len(record.profiles.all()) == 3
