"""Settings ▸ Keys after a rotation a crash stopped: the unseen recovery key is said in
red until a new one is made (real store, real window offscreen)."""

from __future__ import annotations

from pathlib import Path

from healthdesk.services.record import HealthRecord
from tests.conftest import PASSPHRASE
from tests.store.test_rekey_unseen import _crash_after_rekey


def test_settings_keys_says_so_until_a_new_key_is_made(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from healthdesk.ui.context import UiContext
    from healthdesk.ui.ops import TaskManager
    from healthdesk.ui.pages.settings_keys import KeysSection
    from healthdesk.ui.qt import Qt

    _crash_after_rekey(data_dir)
    record = HealthRecord.open(data_dir, passphrase=PASSPHRASE)
    tasks = TaskManager()
    ctx = UiContext(record, tasks)
    try:
        section = KeysSection(ctx)
        qtbot.addWidget(section)
        section.show()
        qtbot.waitUntil(lambda: section.unseen.isVisible(), timeout=5000)
        assert "no longer opens this record" in section.unseen.text()
        section.passphrase = lambda _w: PASSPHRASE
        qtbot.mouseClick(section.recovery_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: section.shown.isVisible(), timeout=10000)
        assert not section.unseen.isVisible() and not record.recovery_key_unseen
    finally:
        tasks.wait_idle()
        record.close()
