"""Settings ▸ Erase, Keys and Backups on a real store, in a real window (offscreen)."""

from __future__ import annotations

from pathlib import Path

from healthdesk.interop.backup import verify_backup
from healthdesk.services.record import HealthRecord
from healthdesk.ui.qt import Qt
from tests.conftest import PASSPHRASE

from .conftest import settle


def test_erase_section_explains_asks_and_erases(qtbot, ctx, record, profile_id):  # type: ignore[no-untyped-def]
    from healthdesk.ui.pages.settings_privacy import EraseSection

    other = record.profiles.create(name="Zephyrine Quillfeather").id
    record.readings.record(other, "pulse", {"pulse": 70}, note="quasar")
    section = EraseSection(ctx)
    qtbot.addWidget(section)
    section.show()
    settle(qtbot, ctx)
    assert "hides them" in section.findChildren(type(section.message))[0].text()
    section.person.setCurrentIndex(section.person.findData(other))
    asked: list[str] = []
    section.confirm = lambda _w, name: asked.append(name) or False  # type: ignore[func-returns-value]
    qtbot.mouseClick(section.erase_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert asked == ["Zephyrine Quillfeather"]
    assert {p.id for p in record.profiles.all()} == {profile_id, other}  # said no
    section.confirm = lambda _w, _name: True
    qtbot.mouseClick(section.erase_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "was erased" in section.message.text()
    assert [p.id for p in record.profiles.all()] == [profile_id]
    assert section.person.count() == 1


def test_keys_section_new_recovery_key_and_rotation(qtbot, ctx, record, data_dir: Path):  # type: ignore[no-untyped-def]
    from healthdesk.ui.pages.settings_keys import KeysSection

    section = KeysSection(ctx)
    qtbot.addWidget(section)
    section.show()
    section.passphrase = lambda _w: "wrong passphrase"
    qtbot.mouseClick(section.recovery_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "passphrase is wrong" in section.message.text() and section.shown.isHidden()
    section.passphrase = lambda _w: PASSPHRASE
    qtbot.mouseClick(section.rotate_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "data key was rotated" in section.message.text()
    key = section.shown.text()
    assert len(key) == 44 and section.shown.isVisible()
    with HealthRecord.open(data_dir, recovery_key=key) as again:
        assert again.profiles.all()


def test_backups_section_chooses_a_folder_and_backs_up(qtbot, ctx, tmp_path: Path):  # type: ignore[no-untyped-def]
    from healthdesk.ui.pages.settings_backups import BackupsSection

    section = BackupsSection(ctx)
    qtbot.addWidget(section)
    section.show()
    settle(qtbot, ctx)
    assert not section.now_button.isEnabled()
    section.choose = lambda _w: str(tmp_path / "missing")
    qtbot.mouseClick(section.choose_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "not a folder" in section.status.text()
    (tmp_path / "usb").mkdir()
    section.choose = lambda _w: str(tmp_path / "usb")
    qtbot.mouseClick(section.choose_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "No automatic backup has been written yet" in section.status.text()
    qtbot.mouseClick(section.now_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "Last good backup" in section.status.text()
    [made] = list((tmp_path / "usb").glob("healthdesk-*.hdbackup"))
    verify_backup(made)


def test_settings_page_holds_the_sections(qtbot, ctx):  # type: ignore[no-untyped-def]
    from healthdesk.ui.pages.settings import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    settle(qtbot, ctx)
    assert [page.erase_section.title(), page.keys_section.title(),
            page.backups_section.title()] == ["Erase a person", "Keys", "Backups"]
