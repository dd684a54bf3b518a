"""File ▸ Restore from backup in a real window: what the backup holds is shown before
anything changes; restoring keeps the current store aside and opens the backup's."""

from __future__ import annotations

from pathlib import Path

from healthdesk.interop.transfer import Transfer
from healthdesk.ui.qt import Qt
from tests.conftest import PASSPHRASE

from .conftest import settle


def test_restore_shows_the_backup_then_replaces_keeping_the_old(qtbot, window, ctx, record,  # type: ignore[no-untyped-def]
                                                              profile_id, tmp_path: Path):
    from healthdesk.ui.dialogs.restore import RestoreDialog

    record.readings.record(profile_id, "pulse", {"pulse": 64})
    backup = tmp_path / "before.hdbackup"
    Transfer(record).backup(backup)
    record.profiles.create(name="Added After")
    data_dir = record.data_dir
    file_menu = window.menuBar().actions()[0].menu()
    assert "&Restore from backup…" in [a.text() for a in file_menu.actions()]
    dialog = RestoreDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(backup))
    dialog.passphrase.setText("not the passphrase")
    qtbot.mouseClick(dialog.look_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "passphrase is wrong" in dialog.summary.text()
    assert not dialog.restore_button.isEnabled()
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.look_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    text = dialog.summary.text()
    assert "People: Asha Rao." in text and "1 readings" in text and "Added After" not in text
    assert {p.name for p in ctx.record.profiles.all()} == {"Asha Rao", "Added After"}
    dialog.confirm = lambda _w, _s: False
    dialog.restore_action()
    settle(qtbot, ctx)
    assert len(ctx.record.profiles.all()) == 2  # said no: nothing changed
    dialog.confirm = lambda _w, _s: True
    dialog.restore_action()
    qtbot.waitUntil(lambda: dialog.restored is not None, timeout=20_000)
    settle(qtbot, ctx)
    assert [p.name for p in ctx.record.profiles.all()] == ["Asha Rao"]
    aside = sorted(p.name for p in data_dir.iterdir() if ".replaced-" in p.name)
    assert any(n.startswith("healthdesk.db.replaced-") for n in aside)
    assert any(n.startswith("keys.json.replaced-") for n in aside)
    ctx.record.close()
