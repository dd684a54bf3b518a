"""Settings → Assistant: off by default; bad values name the field; the key goes to the
keyring and never into the store."""

from __future__ import annotations

import json

from healthdesk.services.assistant_remote import RemoteSettings
from healthdesk.store import local_state
from healthdesk.store.keyring_store import DeviceKeyring
from healthdesk.ui.qt import Qt
from tests.keyring_memory import MemoryKeyring

from .conftest import settle


def test_assistant_settings_save_and_validate(qtbot, ctx, record):  # type: ignore[no-untyped-def]
    from healthdesk.ui.pages.settings_assistant import AssistantSection

    section = AssistantSection(ctx)
    kr = DeviceKeyring(MemoryKeyring())
    section.keyring = kr
    qtbot.addWidget(section)
    section.show()
    settle(qtbot, ctx)
    assert not section.enabled.isChecked() and section.replace_names.isChecked()
    section.enabled.setChecked(True)
    section.url.setText("not a url")
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "Server address" in section.message.text()
    assert RemoteSettings(record, kr).load().enabled is False  # nothing saved
    section.url.setText("http://127.0.0.1:11434")
    section.model.setText("llama3.2")
    section.key.setText("sk-abc")
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "Remote model on" in section.message.text() and "keyring" in section.message.text()
    cfg = RemoteSettings(record, kr).load()
    assert cfg.enabled and cfg.model == "llama3.2"
    assert RemoteSettings(record, kr).api_key() == "sk-abc" and section.key.text() == ""
    with record.store.read() as s:
        assert "sk-abc" not in json.dumps(local_state.get_prefixed(s, ""))


def test_settings_page_holds_the_assistant_section(qtbot, ctx):  # type: ignore[no-untyped-def]
    from healthdesk.ui.pages.settings import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    settle(qtbot, ctx)
    assert page.assistant_section.title() == "Assistant"
