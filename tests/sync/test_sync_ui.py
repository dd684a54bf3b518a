"""The sync UI offscreen against the real server: signing in, the status bar in words,
Sync now, background sync after a local change, the conflict inbox, sharing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.sync.conftest import Device, settle

T0 = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def device(new_device, make_account) -> Device:  # type: ignore[no-untyped-def]
    return new_device(make_account())


@pytest.fixture
def window(open_window, device):  # type: ignore[no-untyped-def]
    return open_window(device)


def _sync(window):  # type: ignore[no-untyped-def]
    from healthdesk.ui.sync_menu import install_sync_menu

    return install_sync_menu(window)


def _idle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.ctx.tasks.pending == 0 and not _sync(window).running,
                    timeout=20_000)


def test_sync_now_and_the_status_bar(qtbot, window, device) -> None:  # type: ignore[no-untyped-def]
    ctl = _sync(window)
    assert ctl.sync_action.isEnabled()  # the device fixture signed in already
    device.record.profiles.create(name="Asha Rao")
    ctl.refresh_status()
    _idle(qtbot, window)
    assert "2 changes waiting" in ctl.label.text() and "Never synced" in ctl.label.text()
    ctl.sync_action.trigger()
    _idle(qtbot, window)
    assert ctl.label.text().startswith("Synced just now"), ctl.label.text()
    assert "waiting" not in ctl.label.text()


def test_sign_in_dialog_says_what_is_wrong_then_signs_in(qtbot, window, device) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.ui.dialogs.sign_in import SignInDialog

    ctl = _sync(window)
    ctl.sign_out_action.trigger()
    _idle(qtbot, window)
    assert "not signed in" in ctl.label.text() and not ctl.sync_action.isEnabled()
    ctl.sign_in_action.trigger()
    dialog = window.findChild(SignInDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.server.setText(device.server_url)
    dialog.user.setText(device.account.user)
    dialog.password.setText("wrong password")
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=20_000)
    assert dialog.error.text() == "The server did not accept that user name and password."
    assert dialog.isVisible()
    dialog.password.setText(device.account.password)
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    _idle(qtbot, window)
    assert ctl.label.text().startswith("Synced"), ctl.label.text()


def test_unreachable_server_is_shown_in_words(qtbot, window, device) -> None:  # type: ignore[no-untyped-def]
    ctl = _sync(window)
    device.record.sync._accounts.put(server_url="http://127.0.0.1:9")
    device.record.sync._engine = None
    ctl.sync_action.trigger()
    _idle(qtbot, window)
    assert "Last sync failed: The sync server at http://127.0.0.1:9 could not be reached" \
        in ctl.label.text()


def test_a_local_change_is_sent_soon_by_itself(qtbot, window, device, new_device,
                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctl = _sync(window)
    ctl.soon.setInterval(50)
    other = new_device(device.account)
    ctx = window.ctx
    pid = device.record.profiles.create(name="Asha Rao").id
    # A page's write op: the op runner publishes its changes, the controller hears them.
    ctx.run(lambda: device.record.readings.record(pid, "weight", {"weight": 71}, taken_at=T0))
    qtbot.waitUntil(lambda: ctl.status is not None and ctl.status.pending == 0
                    and ctl.status.last_success is not None, timeout=20_000)
    other.sync()
    assert [p.name for p in other.record.profiles.all()] == ["Asha Rao"]


def test_conflicts_dialog_keep_and_restore(qtbot, window, device, new_device) -> None:  # type: ignore[no-untyped-def]
    other = new_device(device.account)
    pid = device.record.profiles.create(name="Asha Rao").id
    docs = [device.record.documents.import_bytes(pid, f"{i}".encode(), f"d{i}.txt",
                                                 title=f"Doc {i}").id for i in (1, 2)]
    settle(device, other)
    for doc in docs:
        device.record.documents.update(doc, title="Here " + doc[-4:])
        other.record.documents.update(doc, title="There " + doc[-4:])
    settle(device, other)
    ctl = _sync(window)
    ctl.refresh_status()
    _idle(qtbot, window)
    assert "2 conflicts to review" in ctl.label.text()
    ctl.conflicts_action.trigger()
    page = ctl.dialog.page
    qtbot.waitUntil(lambda: page.list.count() == 2, timeout=10_000)
    first = page.ids[0]
    page.list.setCurrentRow(0)
    page.restore_button.click()
    qtbot.waitUntil(lambda: page.list.count() == 1, timeout=10_000)
    assert "Restored" in page.message.text()
    restored = device.record.conflicts.get(first)
    assert device.record.documents.get(restored.row_id).title == restored.losing_value
    page.keep_button.click()
    qtbot.waitUntil(lambda: page.empty.isVisible(), timeout=10_000)
    _idle(qtbot, window)
    assert "conflict" not in ctl.label.text()


def test_sharing_dialog_invites_and_lists_people_and_devices(qtbot, window, device) -> None:  # type: ignore[no-untyped-def]
    pid = device.record.profiles.create(name="Asha Rao").id
    device.sync()
    window.ctx.set_profile(pid)
    ctl = _sync(window)
    ctl.sharing_action.trigger()
    dialog = ctl.dialog
    qtbot.waitUntil(lambda: dialog.members.count() == 1 and dialog.devices.count() == 1,
                    timeout=10_000)
    assert dialog.members.item(0).text() == f"{device.account.user} — owner"
    assert "(this device)" in dialog.devices.item(0).text()
    dialog.role.setCurrentIndex(1)  # viewer
    dialog.invite_button.click()
    qtbot.waitUntil(lambda: dialog.code.text() != "", timeout=10_000)
    assert len(dialog.code.text()) == 14 and "viewer" in dialog.message.text()
    dialog.join_code.setText("NOPE-NOPE-NOPE")
    dialog.join_button.click()
    qtbot.waitUntil(lambda: "unknown" in dialog.message.text(), timeout=10_000)
