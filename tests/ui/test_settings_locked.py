"""Settings ▸ While locked: the locked-screen choice and "allow recording doses while
locked" are saved through the preferences service and read back by a new page; the note
says whether reminders go on after a restart (no keyring here: they need one unlock)."""

from __future__ import annotations

from healthdesk.ui.pages.settings import SettingsPage
from tests.ui.conftest import settle


def test_choices_are_saved_and_read_back(qtbot, ctx, record) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ctx)
    section = page.locked_section
    assert section.show_combo.currentData() == "count"
    assert not section.record_check.isChecked()
    assert "unlocked one time" in section.note.text()
    section.show_combo.setCurrentIndex(section.show_combo.findData("names"))
    section.show_combo.activated.emit(section.show_combo.currentIndex())
    section.record_check.click()
    settle(qtbot, ctx)
    assert record.preferences.get("lock_screen_reminders") == "names"
    assert record.preferences.get("record_doses_while_locked") is True
    again = SettingsPage(ctx)
    qtbot.addWidget(again)
    settle(qtbot, ctx)
    assert again.locked_section.show_combo.currentData() == "names"
    assert again.locked_section.record_check.isChecked()


def test_a_bad_value_is_named_and_nothing_changes(qtbot, ctx, record) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ctx)
    page.locked_section.save("lock_screen_reminders", "everything")
    settle(qtbot, ctx)
    text = page.locked_section.message.text()
    assert "Reminders while locked show" in text and "count, names, none" in text
    assert record.preferences.get("lock_screen_reminders") == "count"
