"""The day's queue and the visit form in the real window (offscreen) on a real clinic
store: check in by keyboard, the queue in order, Tab order, Enter saves, bad input names
the field and saves nothing."""

from __future__ import annotations

import itertools

import pytest

from healthdesk.ui.dialogs.queue import QueueDialog
from healthdesk.ui.dialogs.visit import VisitDialog
from healthdesk.ui.qt import QAction, Qt, QWidget
from tests.ui.conftest import settle
from tests.ui.test_clinic_ui import window  # noqa: F401  (the fixture)


@pytest.fixture
def queue(qtbot, window, ctx):  # type: ignore[no-untyped-def]  # noqa: F811
    window.clinic_bar.dialog.close()
    ctx.record.clinic.sign_in("Dr Meera Iyer", "1111")
    ctx.record.patients.register("Suresh Nair", "1975-11-20")
    ctx.set_profile(ctx.record.patients.search("Kamala")[0].profile_id)
    window.clinic_bar.open_queue()
    dialog = window.clinic_bar.queue_dialog
    qtbot.addWidget(dialog)
    settle(qtbot, ctx)
    return dialog


def test_the_shortcut_and_checking_in_by_keyboard(qtbot, window, queue, ctx) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    shortcuts = {a.shortcut().toString(): a for a in window.findChildren(QAction)}
    assert "Ctrl+Shift+Q" in shortcuts and shortcuts["Ctrl+Shift+Q"].isVisible()
    assert isinstance(queue, QueueDialog) and queue.isVisible()
    assert queue.list.count() == 0
    qtbot.keyClick(queue, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    suresh = ctx.record.patients.search("Suresh")[0].profile_id
    queue.check_in(suresh)
    settle(qtbot, ctx)
    texts = [queue.list.item(i).text() for i in range(queue.list.count())]
    assert texts[0].startswith("1.") and "Kamala Devi" in texts[0] and "waiting" in texts[0]
    assert "Suresh Nair" in texts[1]
    assert queue.heading.text() == "2 checked in today, 2 waiting"
    # Checking the patient on screen in twice says so and adds no one.
    qtbot.keyClick(queue, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    assert "already in today's queue" in queue.error.text() and queue.list.count() == 2
    queue.list.setFocus()
    queue.list.setCurrentRow(0)
    qtbot.keyClick(queue.list, Qt.Key.Key_C)
    settle(qtbot, ctx)
    assert "with the doctor" in queue.list.item(0).text()
    for w in queue.findChildren(QWidget):
        if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus and \
                hasattr(w, "accessibleName") and w.metaObject().className() in (
                    "QPushButton", "QListWidget"):
            assert w.accessibleName(), w


def test_visit_form_tab_order_enter_saves_and_bad_input(qtbot, queue, ctx) -> None:  # type: ignore[no-untyped-def]
    kamala = ctx.profile_id
    queue.check_in_current()
    settle(qtbot, ctx)
    queue.list.setFocus()
    queue.list.setCurrentRow(0)
    qtbot.keyClick(queue.list, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    form = queue.visit_dialog
    assert isinstance(form, VisitDialog) and form.isVisible()
    qtbot.addWidget(form)
    order = [form.bp, form.pulse, form.temperature, form.weight, form.spo2, form.notes,
             form.medicine, form.strength, form.times, form.next_at, form.save_button]
    form.bp.setFocus()
    for a, b in itertools.pairwise(order):
        assert form.focusWidget() is a
        qtbot.keyClick(a, Qt.Key.Key_Tab)  # in the notes too: Tab leaves the box
        assert form.focusWidget() is b, (a.accessibleName(), b.accessibleName())
    assert all(w.accessibleName() for w in order)
    # Out of range: the message names the field and its range; nothing is saved.
    qtbot.keyClicks(form.bp, "400/80")
    qtbot.keyClicks(form.pulse, "72")
    qtbot.keyClick(form.pulse, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert form.isVisible() and "Systolic" in form.error.text() and "300" in form.error.text()
    assert form.focusWidget() is form.bp
    assert ctx.record.readings.for_profile(kamala) == []
    assert ctx.record.encounters.for_profile(kamala) == []
    form.bp.setText("128/82")
    form.notes.setPlainText("Cough for a week")
    form.medicine.setText("Amoxicillin")
    form.strength.setText("500 mg")
    form.times.setText("08:00, 14:00, 20:00")
    form.next_at.setText("2030-04-10 10:00")
    qtbot.keyClick(form.next_at, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert not form.isVisible(), form.error.text()
    [enc] = ctx.record.encounters.for_profile(kamala)
    assert enc.notes == "Cough for a week" and enc.practitioner == "Dr Meera Iyer"
    assert len(ctx.record.readings.for_profile(kamala)) == 2
    assert [m.name for m in ctx.record.medications.for_profile(kamala)] == ["Amoxicillin"]
    settle(qtbot, ctx)
    assert "done" in queue.list.item(0).text()
