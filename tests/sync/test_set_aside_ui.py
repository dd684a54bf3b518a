"""Sync ▸ Set-aside changes, offscreen against the real server: a hostile caregiver's
reading that this device cannot hold, and this viewer's own refused edit, each listed
with its reason in words."""

from __future__ import annotations

import uuid

import pytest

from tests.sync.test_set_aside import HUGE, _push, _reading
from tests.sync.test_sharing import forget_role


@pytest.fixture
def shared(new_device):  # type: ignore[no-untyped-def]
    owner, carer, viewer = new_device(), new_device(), new_device()
    pid = owner.record.profiles.create(name="Mother").id
    cond = owner.record.conditions.add(pid, "Asthma").id
    owner.sync()
    carer.record.sharing.accept(owner.record.sharing.invite(pid, "caregiver").code)
    viewer.record.sharing.accept(owner.record.sharing.invite(pid, "viewer").code)
    carer.sync()
    viewer.sync()
    return owner, carer, viewer, pid, cond


@pytest.fixture
def window(open_window, shared):  # type: ignore[no-untyped-def]
    return open_window(shared[2])


def test_the_dialog_lists_both_directions_with_reasons(qtbot, window, shared,
                                                       server_db) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.ui.dialogs.set_aside import SetAsideDialog
    from healthdesk.ui.sync_menu import install_sync_menu

    _owner, carer, viewer, pid, cond = shared
    _push(carer, server_db, pid, [("measurements", str(uuid.uuid4()), "insert",
                                   *_reading(HUGE, carer.record.store.hlc.tick()))])
    forget_role(viewer, pid)  # an edit from before it knew it may only view
    viewer.record.conditions.update(cond, notes="viewer's note")  # refused by the server
    ctl = install_sync_menu(window)
    ctl.sync_action.trigger()
    qtbot.waitUntil(lambda: window.ctx.tasks.pending == 0 and not ctl.running
                    and ctl.status is not None and ctl.status.last_success is not None,
                    timeout=20_000)
    assert "1 change from the server set aside" in ctl.label.text(), ctl.label.text()
    assert ctl.set_aside_action.isEnabled()
    ctl.set_aside_action.trigger()
    dialog = ctl.dialog
    assert isinstance(dialog, SetAsideDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.incoming.count() == 1 and dialog.outgoing.count() >= 1
                    and dialog.retry_button.isEnabled(), timeout=10_000)
    assert dialog.incoming.item(0).text() == (
        "A reading in Mother's record from the server was not applied here: its value is a "
        "number too large to store (310 digits).")
    refused = [dialog.outgoing.item(i).text() for i in range(dialog.outgoing.count())]
    assert ("Your change to a condition in Mother's record was refused by the server: "
            "this account may only read that profile.") in refused
    dialog.retry_button.click()  # queued again and sent: refused again, still listed
    qtbot.waitUntil(lambda: "will be sent" in dialog.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: window.ctx.tasks.pending == 0 and not ctl.running, timeout=20_000)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.outgoing.item(0).text().startswith("Your change"),
                    timeout=10_000)
    dialog.close()
